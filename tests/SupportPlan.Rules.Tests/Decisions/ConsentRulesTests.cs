using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Recipients;
using static SupportPlan.Rules.Tests.Decisions.SamplePlans;

namespace SupportPlan.Rules.Tests.Decisions;

/// <summary>
/// Consent first (domain guide §6.1, §6.2): per item, per recipient or class, per purpose, within its period; the latest
/// decisive record wins; special-care items must be named. Public sender to a public school unless said otherwise; no
/// exception claim, so only consent can disclose.
/// </summary>
public sealed class ConsentRulesTests
{
    private static readonly DisclosureEngine Engine = new();

    private static readonly Recipient PublicSchool = RecipientOf(RecipientKind.PublicSchool);

    private static DisclosureResult Decide(params ConsentRecord[] consents) =>
        Engine.Decide(Request(Plan(consents), Establishment.Public, PublicSchool));

    private static DisclosureResult DecideFor(Recipient recipient, params ConsentRecord[] consents) =>
        Engine.Decide(Request(Plan(consents), Establishment.Public, recipient));

    [Fact]
    public void Consent_for_an_item_discloses_that_item_and_names_the_record()
    {
        var entry = Decide(Grant("c1", "common.basic.strengths")).Entry("common.basic.strengths");

        Assert.Equal(ItemOutcome.DisclosedOnConsent, entry.Outcome);
        Assert.Equal(["c1"], entry.ConsentIds);
        Assert.Equal("appi-69-2-i", entry.ArticleId);
    }

    [Fact]
    public void Consent_for_an_item_leaves_other_items_withheld_for_no_consent()
    {
        var entry = Decide(Grant("c1", "common.basic.strengths")).Entry("common.guardians.contact");

        Assert.Equal(ItemOutcome.Withheld, entry.Outcome);
        Assert.Equal(WithholdReason.NoConsent, entry.Reason);
    }

    [Fact]
    public void Consent_by_a_private_school_sender_cites_Art_27_1()
    {
        var result = Engine.Decide(Request(Plan(Grant("c1", "common.basic.strengths")), Establishment.Private, PublicSchool));

        Assert.Equal("appi-27-1", result.Entry("common.basic.strengths").ArticleId);
    }

    [Theory]
    [InlineData("common.basic.strengths")]
    [InlineData("common.guardians.contact")]
    [InlineData("common.guardians.identity")]
    [InlineData("common.student.identity")]
    public void A_section_id_covers_the_sections_items_that_are_not_special_care(string itemId)
    {
        var entry = Decide(Grant("c1", "common-sheet")).Entry(itemId);

        Assert.Equal(ItemOutcome.DisclosedOnConsent, entry.Outcome);
        Assert.Equal(["c1"], entry.ConsentIds);
    }

    [Theory]
    [InlineData("common.basic.diagnosis")]
    [InlineData("common.basic.certificate")]
    [InlineData("common.basic.disability-type")]
    [InlineData("common.family.developmental-history")]
    public void A_section_id_does_not_cover_a_special_care_item(string itemId)
    {
        var entry = Decide(Grant("c1", "common-sheet")).Entry(itemId);

        Assert.True(entry.SpecialCare);
        Assert.Equal(ItemOutcome.Withheld, entry.Outcome);
        Assert.Equal(WithholdReason.SpecialCareNotExplicit, entry.Reason);
    }

    [Fact]
    public void A_special_care_item_named_in_the_consent_is_disclosed()
    {
        var result = Decide(Grant("c1", "common-sheet", "common.basic.diagnosis"));

        Assert.Equal(ItemOutcome.DisclosedOnConsent, result.Entry("common.basic.diagnosis").Outcome);
        Assert.Equal(WithholdReason.SpecialCareNotExplicit, result.Entry("common.basic.certificate").Reason);
    }

    [Fact]
    public void A_special_care_item_of_another_section_is_withheld_for_no_consent_not_for_naming()
    {
        var entry = Decide(Grant("c1", "common-sheet")).Entry("conference.agency-information");

        Assert.Equal(WithholdReason.NoConsent, entry.Reason);
    }

    [Fact]
    public void A_later_refusal_beats_an_older_grant()
    {
        var grant = Grant("grant", "common-sheet") with { DecidedOn = new DateOnly(2025, 6, 1) };
        var refusal = Grant("refusal", "common.basic.strengths") with { Decision = ConsentDecision.Refused, DecidedOn = new DateOnly(2025, 9, 1) };

        var entry = Decide(grant, refusal).Entry("common.basic.strengths");

        Assert.Equal(ItemOutcome.Withheld, entry.Outcome);
        Assert.Equal(WithholdReason.Refused, entry.Reason);
        Assert.Equal(["refusal"], entry.ConsentIds);
    }

    [Fact]
    public void A_later_refusal_of_one_item_leaves_the_rest_of_the_grant()
    {
        var grant = Grant("grant", "common-sheet") with { DecidedOn = new DateOnly(2025, 6, 1) };
        var refusal = Grant("refusal", "common.basic.strengths") with { Decision = ConsentDecision.Refused, DecidedOn = new DateOnly(2025, 9, 1) };

        Assert.Equal(ItemOutcome.DisclosedOnConsent, Decide(grant, refusal).Entry("common.guardians.identity").Outcome);
    }

    [Fact]
    public void A_later_grant_beats_an_older_refusal()
    {
        var refusal = Grant("refusal", "common.basic.strengths") with { Decision = ConsentDecision.Refused, DecidedOn = new DateOnly(2025, 6, 1) };
        var grant = Grant("grant", "common.basic.strengths") with { DecidedOn = new DateOnly(2025, 9, 1) };

        var entry = Decide(refusal, grant).Entry("common.basic.strengths");

        Assert.Equal(ItemOutcome.DisclosedOnConsent, entry.Outcome);
        Assert.Equal(["grant"], entry.ConsentIds);
    }

    [Fact]
    public void The_order_of_the_records_in_the_plan_does_not_matter_only_their_dates()
    {
        var refusal = Grant("refusal", "common.basic.strengths") with { Decision = ConsentDecision.Refused, DecidedOn = new DateOnly(2025, 9, 1) };
        var grant = Grant("grant", "common.basic.strengths") with { DecidedOn = new DateOnly(2025, 6, 1) };

        Assert.Equal(WithholdReason.Refused, Decide(refusal, grant).Entry("common.basic.strengths").Reason);
    }

    [Fact]
    public void A_refusal_of_a_section_covers_its_special_care_items_too()
    {
        var grant = Grant("grant", "common.basic.diagnosis") with { DecidedOn = new DateOnly(2025, 6, 1) };
        var refusal = Grant("refusal", "common-sheet") with { Decision = ConsentDecision.Refused, DecidedOn = new DateOnly(2025, 9, 1) };

        Assert.Equal(WithholdReason.Refused, Decide(grant, refusal).Entry("common.basic.diagnosis").Reason);
    }

    [Fact]
    public void A_withdrawal_of_a_grant_withholds_its_items_and_names_the_withdrawal()
    {
        var grant = Grant("grant", "common.basic.strengths", "common.guardians.contact") with { DecidedOn = new DateOnly(2025, 6, 1) };
        var withdrawal = Withdrawal("withdrawal", "grant");

        var result = Decide(grant, withdrawal);

        foreach (var itemId in new[] { "common.basic.strengths", "common.guardians.contact" })
        {
            var entry = result.Entry(itemId);
            Assert.Equal(ItemOutcome.Withheld, entry.Outcome);
            Assert.Equal(WithholdReason.Withdrawn, entry.Reason);
            Assert.Equal(["withdrawal"], entry.ConsentIds);
        }
    }

    [Fact]
    public void A_withdrawal_limited_to_some_items_leaves_the_others_disclosed()
    {
        var grant = Grant("grant", "common.basic.strengths", "common.guardians.contact") with { DecidedOn = new DateOnly(2025, 6, 1) };
        var withdrawal = Withdrawal("withdrawal", "grant", "common.guardians.contact");

        var result = Decide(grant, withdrawal);

        Assert.Equal(WithholdReason.Withdrawn, result.Entry("common.guardians.contact").Reason);
        Assert.Equal(ItemOutcome.DisclosedOnConsent, result.Entry("common.basic.strengths").Outcome);
    }

    [Fact]
    public void A_withdrawal_of_one_grant_leaves_another_grant_of_the_same_item()
    {
        var first = Grant("first", "common.basic.strengths") with { DecidedOn = new DateOnly(2025, 6, 1) };
        var second = Grant("second", "common.basic.strengths") with { DecidedOn = new DateOnly(2025, 7, 1) };

        var entry = Decide(first, second, Withdrawal("withdrawal", "first")).Entry("common.basic.strengths");

        Assert.Equal(ItemOutcome.DisclosedOnConsent, entry.Outcome);
        Assert.Equal(["second"], entry.ConsentIds);
    }

    [Fact]
    public void Each_item_names_the_grants_that_cover_it_when_items_next_to_each_other_rest_on_different_grants()
    {
        // Items in catalogue order: strengths on one grant, the guardians' contact on another, the student's identity
        // on both, then the guardians' identity on the first again. An item's ids are never those of the item before.
        var first = Grant("first", "common.basic.strengths", "common.student.identity", "common.guardians.identity");
        var second = Grant("second", "common.guardians.contact", "common.student.identity") with { DecidedOn = first.DecidedOn.AddDays(1) };

        var result = Decide(first, second);

        Assert.Equal(["first"], result.Entry("common.basic.strengths").ConsentIds);
        Assert.Equal(["second"], result.Entry("common.guardians.contact").ConsentIds);
        Assert.Equal(["first", "second"], result.Entry("common.student.identity").ConsentIds);
        Assert.Equal(["first"], result.Entry("common.guardians.identity").ConsentIds);
        Assert.All(result.Report.Entries.Where(e => e.Outcome == ItemOutcome.Withheld), e => Assert.Empty(e.ConsentIds));
    }

    [Fact]
    public void A_grant_after_a_withdrawal_discloses_again()
    {
        var first = Grant("first", "common.basic.strengths") with { DecidedOn = new DateOnly(2025, 6, 1) };
        var again = Grant("again", "common.basic.strengths") with { DecidedOn = new DateOnly(2025, 10, 1) };

        var entry = Decide(first, Withdrawal("withdrawal", "first"), again).Entry("common.basic.strengths");

        Assert.Equal(ItemOutcome.DisclosedOnConsent, entry.Outcome);
        Assert.Equal(["again"], entry.ConsentIds);
    }

    [Fact]
    public void A_deferral_discloses_nothing()
    {
        var deferral = Grant("deferral", "common-sheet", "grade-sheet-b") with { Decision = ConsentDecision.Deferred, RevisitOn = new DateOnly(2026, 4, 20) };

        var result = Decide(deferral);

        Assert.True(result.NothingDisclosed);
        Assert.Equal(WithholdReason.Deferred, result.Entry("common.basic.strengths").Reason);
        Assert.Equal(WithholdReason.Deferred, result.Entry("grade.b.year-goal").Reason);
        Assert.Equal(["deferral"], result.Entry("grade.b.year-goal").ConsentIds);
    }

    [Fact]
    public void A_deferral_overrides_an_older_grant()
    {
        var grant = Grant("grant", "common.basic.strengths") with { DecidedOn = new DateOnly(2025, 6, 1) };
        var deferral = Grant("deferral", "common-sheet") with { Decision = ConsentDecision.Deferred };

        Assert.Equal(WithholdReason.Deferred, Decide(grant, deferral).Entry("common.basic.strengths").Reason);
    }

    [Fact]
    public void A_grant_after_a_deferral_discloses()
    {
        var deferral = Grant("deferral", "common-sheet") with { Decision = ConsentDecision.Deferred, DecidedOn = new DateOnly(2025, 6, 1) };
        var grant = Grant("grant", "common-sheet") with { DecidedOn = new DateOnly(2025, 11, 1) };

        var entry = Decide(deferral, grant).Entry("common.basic.strengths");

        Assert.Equal(ItemOutcome.DisclosedOnConsent, entry.Outcome);
        Assert.Equal(["grant"], entry.ConsentIds);
    }

    [Fact]
    public void Consent_whose_period_has_ended_is_expired()
    {
        var grant = Grant("old", "common.basic.strengths") with { DecidedOn = new DateOnly(2022, 2, 1), ValidUntil = new DateOnly(2025, 3, 31) };

        var entry = Decide(grant).Entry("common.basic.strengths");

        Assert.Equal(ItemOutcome.Withheld, entry.Outcome);
        Assert.Equal(WithholdReason.Expired, entry.Reason);
        Assert.Equal(["old"], entry.ConsentIds);
    }

    [Fact]
    public void Consent_is_valid_on_its_last_day()
    {
        var grant = Grant("c1", "common.basic.strengths") with { ValidUntil = Today };

        Assert.Equal(ItemOutcome.DisclosedOnConsent, Decide(grant).Entry("common.basic.strengths").Outcome);
    }

    [Fact]
    public void Consent_valid_from_a_later_date_is_no_consent_yet()
    {
        var grant = Grant("c1", "common.basic.strengths") with { ValidFrom = Today.AddDays(1) };

        var entry = Decide(grant).Entry("common.basic.strengths");

        Assert.Equal(WithholdReason.NoConsent, entry.Reason);
    }

    [Fact]
    public void Consent_for_another_purpose_does_not_apply()
    {
        var grant = Consent("c1", RecipientKind.PublicSchool, DisclosurePurpose.AgencySharing, "common.basic.strengths");

        Assert.Equal(WithholdReason.NoConsent, Decide(grant).Entry("common.basic.strengths").Reason);
    }

    [Fact]
    public void Consent_for_another_recipient_kind_does_not_apply()
    {
        var grant = Consent("c1", RecipientKind.PrivateSchool, DisclosurePurpose.Handover, "common.basic.strengths");

        Assert.Equal(WithholdReason.NoConsent, Decide(grant).Entry("common.basic.strengths").Reason);
    }

    [Fact]
    public void A_refusal_for_another_recipient_does_not_apply()
    {
        var grant = Grant("grant", "common.basic.strengths") with { DecidedOn = new DateOnly(2025, 6, 1) };
        var refusal = Consent("refusal", RecipientKind.PrivateSchool, DisclosurePurpose.Handover, "common.basic.strengths") with { Decision = ConsentDecision.Refused };

        Assert.Equal(ItemOutcome.DisclosedOnConsent, Decide(grant, refusal).Entry("common.basic.strengths").Outcome);
    }

    [Fact]
    public void Consent_naming_a_school_by_code_applies_to_that_school()
    {
        var named = NamedSchoolConsent(code: PublicSchool.SchoolCode, name: null);

        Assert.Equal(ItemOutcome.DisclosedOnConsent, DecideFor(PublicSchool, named).Entry("common.basic.strengths").Outcome);
    }

    [Fact]
    public void Consent_naming_a_school_by_code_does_not_apply_to_another_school_of_the_same_kind()
    {
        var named = NamedSchoolConsent(code: PublicSchool.SchoolCode, name: null);
        var other = PublicSchool with { SchoolCode = Code(Establishment.Public, "2999999") };

        Assert.Equal(WithholdReason.NoConsent, DecideFor(other, named).Entry("common.basic.strengths").Reason);
    }

    [Fact]
    public void Consent_naming_a_school_by_name_applies_to_that_school()
    {
        var named = NamedSchoolConsent(code: null, name: PublicSchool.Name);

        Assert.Equal(ItemOutcome.DisclosedOnConsent, DecideFor(PublicSchool, named).Entry("common.basic.strengths").Outcome);
    }

    [Fact]
    public void Consent_naming_a_school_by_name_matches_full_width_and_spaced_spellings()
    {
        var named = NamedSchoolConsent(code: null, name: "札幌市立　ひがし中学校");
        var recipient = new Recipient { Kind = RecipientKind.PublicSchool, Name = "札幌市立ひがし中学校" };

        Assert.Equal(ItemOutcome.DisclosedOnConsent, DecideFor(recipient, named).Entry("common.basic.strengths").Outcome);
    }

    [Fact]
    public void Consent_naming_a_school_by_name_does_not_apply_to_another_school_of_the_same_kind()
    {
        var named = NamedSchoolConsent(code: null, name: PublicSchool.Name);
        var other = new Recipient { Kind = RecipientKind.PublicSchool, Name = "札幌市立にし中学校" };

        Assert.Equal(WithholdReason.NoConsent, DecideFor(other, named).Entry("common.basic.strengths").Reason);
    }

    [Fact]
    public void Consent_naming_a_school_does_not_apply_to_a_recipient_without_name_or_code()
    {
        var named = NamedSchoolConsent(code: null, name: PublicSchool.Name);

        Assert.Equal(WithholdReason.NoConsent, DecideFor(new Recipient { Kind = RecipientKind.PublicSchool }, named).Entry("common.basic.strengths").Reason);
    }

    [Theory]
    [InlineData("2000002", "札幌市立ひがし中学校")]
    [InlineData("2999999", "札幌市立にし中学校")]
    public void Consent_for_a_recipient_class_applies_to_any_school_of_that_kind(string schoolNumber, string name)
    {
        var school = new Recipient { Kind = RecipientKind.PublicSchool, Name = name, SchoolCode = Code(Establishment.Public, schoolNumber) };

        Assert.Equal(ItemOutcome.DisclosedOnConsent, DecideFor(school, Grant("class", "common.basic.strengths")).Entry("common.basic.strengths").Outcome);
    }

    [Fact]
    public void Common_sheet_structure_goes_when_some_common_sheet_content_goes()
    {
        var entry = Decide(Grant("c1", "common.basic.strengths")).Entry("common.authorship");

        Assert.Equal(ItemOutcome.DisclosedAsStructure, entry.Outcome);
        Assert.Null(entry.Reason);
    }

    [Fact]
    public void Common_sheet_structure_is_withheld_when_no_common_sheet_content_goes()
    {
        var entry = Decide(Grant("c1", "needs.disability", "grade.b.year-goal")).Entry("common.authorship");

        Assert.Equal(ItemOutcome.Withheld, entry.Outcome);
        Assert.Equal(WithholdReason.NothingElseDisclosed, entry.Reason);
    }

    [Fact]
    public void Sheet_structure_follows_its_own_sheet_only()
    {
        var result = Decide(Grant("c1", "grade.b.year-goal"));

        Assert.Equal(ItemOutcome.DisclosedAsStructure, result.Entry("grade.b.authorship").Outcome);
        Assert.Equal(ItemOutcome.DisclosedAsStructure, result.Entry("grade.year").Outcome);
        Assert.Equal(WithholdReason.NothingElseDisclosed, result.Entry("grade.a.authorship").Reason);
        Assert.Equal(WithholdReason.NothingElseDisclosed, result.Entry("conference.record").Reason);
    }

    [Fact]
    public void The_disclosed_plan_drops_sheets_left_with_structure_only()
    {
        var plan = Decide(Grant("c1", "needs.disability", "grade.b.year-goal")).DisclosedPlan;

        Assert.Null(plan.CommonSheet);
        Assert.True(plan.CaseConferences.IsEmpty);
        var sheet = Assert.Single(plan.GradeSheets);
        Assert.Null(sheet.SheetA);
        Assert.Null(sheet.Enrollment);
        Assert.Equal("週3日以上登校する。", sheet.SheetB?.YearGoal);
        Assert.NotNull(plan.Needs.Disability);
    }

    [Fact]
    public void The_disclosed_plan_keeps_only_the_consented_content_of_a_sheet()
    {
        var common = Decide(Grant("c1", "common-sheet")).DisclosedPlan.CommonSheet;

        Assert.NotNull(common);
        Assert.Equal("絵を描くことが得意で、手順が分かれば最後までやり遂げる。", common.BasicInformation?.Strengths);
        Assert.Null(common.BasicInformation?.Disability);
        Assert.Null(common.Family);
    }

    [Fact]
    public void With_no_consent_at_all_nothing_but_the_plan_id_goes()
    {
        var result = Decide();

        Assert.True(result.NothingDisclosed);
        Assert.Null(result.DisclosedPlan.CommonSheet);
        Assert.True(result.DisclosedPlan.GradeSheets.IsEmpty);
        Assert.Equal(ItemOutcome.DisclosedAsStructure, Assert.Single(result.Report.Entries, e => e.IsDisclosed()).Outcome);
    }

    [Fact]
    public void The_consent_records_themselves_do_not_go_to_a_school()
    {
        var result = Decide(Grant("c1", "common-sheet"));

        Assert.Equal(WithholdReason.NoConsent, result.Entry("consents").Reason);
        Assert.True(result.DisclosedPlan.Consents.IsEmpty);
    }

    [Fact]
    public void The_family_preview_lists_a_sent_item_with_its_consent()
    {
        var text = PreviewText();

        Assert.Contains("・本人の強み（ご同意による: grant）", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_family_preview_lists_a_refused_item_with_the_japanese_reason()
    {
        var text = PreviewText();

        Assert.Contains("・診断名（ご同意いただけなかったため）", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_family_preview_explains_that_special_care_items_need_their_own_consent()
    {
        var text = PreviewText();

        Assert.Contains("・障害者手帳の種類・交付年月日（配慮を要する情報のため、個別のご同意が必要です）", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_family_preview_dates_the_provision_in_the_japanese_era()
    {
        var result = Engine.Decide(PreviewRequest());

        Assert.Equal("令和8年1月15日", result.Preview.Date);
        Assert.Contains("提供予定日: 令和8年1月15日", result.Preview.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_family_preview_names_the_recipient_and_the_purpose_in_japanese()
    {
        var text = PreviewText();

        Assert.Contains("提供先: 札幌市立ひがし中学校（公立学校）", text, StringComparison.Ordinal);
        Assert.Contains("目的: 進学・転学に伴う引継ぎ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_family_preview_does_not_list_structure()
    {
        var preview = Engine.Decide(PreviewRequest()).Preview;

        Assert.DoesNotContain(preview.Sent, l => l.Label == "作成日・作成者・追記者（共通シート）");
    }

    [Fact]
    public void The_family_preview_lists_a_withheld_item_with_the_no_consent_reason()
    {
        var text = PreviewText();

        Assert.Contains("・本学年の目標（ご同意いただいていないため）", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_family_preview_does_not_tell_the_family_that_withheld_structure_lacked_their_consent()
    {
        var preview = Engine.Decide(Request(Plan(Grant("c1", "needs.disability")), Establishment.Public, PublicSchool)).Preview;
        var structureLabels = Model.Classification.PlanItemCatalog.All.Where(i => i.Structural).Select(i => i.LabelJa).ToHashSet();

        Assert.DoesNotContain(preview.NotSent, l => structureLabels.Contains(l.Label) && l.Detail == "ご同意いただいていないため");
    }

    private static DisclosureRequest PreviewRequest()
    {
        var grant = Grant("grant", "common-sheet") with { DecidedOn = new DateOnly(2025, 6, 1) };
        var refusal = Grant("refusal", "common.basic.diagnosis") with { Decision = ConsentDecision.Refused, DecidedOn = new DateOnly(2025, 9, 1) };
        return Request(Plan(grant, refusal), Establishment.Public, PublicSchool);
    }

    private static string PreviewText() => Engine.Decide(PreviewRequest()).Preview.ToText();

    private static ConsentRecord Withdrawal(string id, string withdraws, params string[] items) =>
        Grant(id, items) with { Decision = ConsentDecision.Withdrawn, Withdraws = withdraws, DecidedOn = new DateOnly(2025, 11, 1) };

    private static ConsentRecord NamedSchoolConsent(SchoolCode? code, string? name) =>
        Grant("named", "common.basic.strengths") with { Recipient = new ConsentRecipient { Kind = RecipientKind.PublicSchool, SchoolCode = code, Name = name } };

    [Fact]
    public void On_the_same_day_a_refusal_wins_over_a_grant_whatever_their_order_in_the_plan()
    {
        var grant = Grant("same-day-grant", "common-sheet") with { DecidedOn = LastAutumn };
        var refusal = Grant("same-day-refusal", "common.basic.strengths") with { Decision = ConsentDecision.Refused, DecidedOn = LastAutumn };

        foreach (var plan in new[] { Plan(grant, refusal), Plan(refusal, grant) })
        {
            var entry = Engine.Decide(Request(plan, Establishment.Public, RecipientOf(RecipientKind.PublicSchool))).Entry("common.basic.strengths");
            Assert.Equal(WithholdReason.Refused, entry.Reason);
        }
    }
}
