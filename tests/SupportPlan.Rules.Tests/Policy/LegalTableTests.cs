using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Policy;
using SupportPlan.Rules.Recipients;
using SupportPlan.Rules.Tests.Decisions;
using static SupportPlan.Rules.Tests.Decisions.SamplePlans;

// Not SupportPlan.Rules.Tests.Policy: that namespace would shadow SupportPlan.Rules.Policy where existing tests write "Policy.DefaultDisclosurePolicy".
namespace SupportPlan.Rules.Tests.Policies;

/// <summary>
/// The legal table of the domain guide §6.3, row by row: without consent, with a valid exception claim, purpose
/// handover. Expectations are written from the guide, not read from <see cref="DefaultDisclosurePolicy"/>.
/// </summary>
public sealed class LegalTableTests
{
    private static readonly DisclosureEngine Engine = new();

    /// <summary>Every sender establishment × recipient kind, with the article the guide cites (null: no exception path).</summary>
    public static TheoryData<Establishment, RecipientKind, string?> Table => new()
    {
        // public school (APPI ch. 5, Art 69(2))
        { Establishment.Public, RecipientKind.PublicSchool, "appi-69-2-iii" },
        { Establishment.Public, RecipientKind.PublicAgency, "appi-69-2-iii" },
        { Establishment.Public, RecipientKind.Board, "appi-69-2-iii" },
        { Establishment.Public, RecipientKind.NationalSchool, "appi-69-2-iii" },
        { Establishment.Public, RecipientKind.PrivateSchool, "appi-69-2-iv" },
        { Establishment.Public, RecipientKind.PrivateAgency, "appi-69-2-iv" },
        { Establishment.Public, RecipientKind.PrivateFacility, null },
        { Establishment.Public, RecipientKind.Employer, null },

        // national school (national university corporation: private-sector rules, Art 27(1))
        { Establishment.National, RecipientKind.PublicSchool, "appi-27-1-iii" },
        { Establishment.National, RecipientKind.PublicAgency, "appi-27-1-iii" },
        { Establishment.National, RecipientKind.Board, "appi-27-1-iii" },
        { Establishment.National, RecipientKind.NationalSchool, "appi-27-1-iii" },
        { Establishment.National, RecipientKind.PrivateSchool, "appi-27-1-iii" },
        { Establishment.National, RecipientKind.PrivateAgency, "appi-27-1-iii" },
        { Establishment.National, RecipientKind.PrivateFacility, null },
        { Establishment.National, RecipientKind.Employer, null },

        // private school (APPI ch. 4, Art 27(1)(iii))
        { Establishment.Private, RecipientKind.PublicSchool, "appi-27-1-iii" },
        { Establishment.Private, RecipientKind.PublicAgency, "appi-27-1-iii" },
        { Establishment.Private, RecipientKind.Board, "appi-27-1-iii" },
        { Establishment.Private, RecipientKind.NationalSchool, "appi-27-1-iii" },
        { Establishment.Private, RecipientKind.PrivateSchool, "appi-27-1-iii" },
        { Establishment.Private, RecipientKind.PrivateAgency, "appi-27-1-iii" },
        { Establishment.Private, RecipientKind.PrivateFacility, null },
        { Establishment.Private, RecipientKind.Employer, null },
    };

    private static DisclosureResult DecideWithClaim(Establishment sender, RecipientKind kind, ExceptionClaim? claim = null, DisclosurePurpose purpose = DisclosurePurpose.Handover) =>
        Engine.Decide(Request(Plan(), sender, RecipientOf(kind), purpose, claim ?? ValidClaim));

    [Theory]
    [MemberData(nameof(Table))]
    public void Without_consent_items_in_the_indispensable_range_go_under_the_article_of_the_table(Establishment sender, RecipientKind kind, string? article)
    {
        var result = DecideWithClaim(sender, kind);

        foreach (var itemId in InRangeItems)
        {
            var entry = result.Entry(itemId);
            if (article is null)
            {
                Assert.Equal(ItemOutcome.Withheld, entry.Outcome);
                Assert.Equal(WithholdReason.NoConsent, entry.Reason);
                Assert.Null(entry.ArticleId);
            }
            else
            {
                Assert.Equal(ItemOutcome.DisclosedUnderException, entry.Outcome);
                Assert.Equal(article, entry.ArticleId);
                Assert.Equal(ValidClaim.Reason, entry.RecordedReason);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Without_consent_items_outside_the_indispensable_range_are_withheld(Establishment sender, RecipientKind kind, string? article)
    {
        var result = DecideWithClaim(sender, kind);

        foreach (var itemId in OutOfRangeItems)
        {
            var entry = result.Entry(itemId);
            Assert.Equal(ItemOutcome.Withheld, entry.Outcome);
            Assert.Equal(article is null ? WithholdReason.NoConsent : WithholdReason.OutsideIndispensableRange, entry.Reason);
        }
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Without_consent_nothing_outside_the_range_leaves_in_the_disclosed_plan(Establishment sender, RecipientKind kind, string? article)
    {
        var plan = DecideWithClaim(sender, kind).DisclosedPlan;

        Assert.Null(plan.CommonSheet?.BasicInformation?.Disability);
        Assert.All(plan.CommonSheet?.Guardians ?? [], g => Assert.Null(g.Contact));
        Assert.Null(plan.CommonSheet?.Family);
        Assert.True(plan.CaseConferences.IsEmpty);
        Assert.True(plan.Consents.IsEmpty);
        Assert.Equal(article is not null, plan.CommonSheet?.BasicInformation?.Strengths is not null);
    }

    [Fact]
    public void Public_school_to_private_school_without_consent_cites_Art_69_2_iv()
    {
        var entry = DecideWithClaim(Establishment.Public, RecipientKind.PrivateSchool).Entry("needs.disability");

        Assert.Equal(ItemOutcome.DisclosedUnderException, entry.Outcome);
        Assert.Equal("appi-69-2-iv", entry.ArticleId);
        Assert.Equal("個人情報保護法第69条第2項第4号", entry.CitationJa);
        Assert.Equal("public-to-private-sector", entry.RuleId);
    }

    [Fact]
    public void Private_school_to_public_school_without_consent_cites_Art_27_1_iii()
    {
        var entry = DecideWithClaim(Establishment.Private, RecipientKind.PublicSchool).Entry("grade.b.year-goal");

        Assert.Equal("appi-27-1-iii", entry.ArticleId);
        Assert.Equal("APPI Art 27(1)(iii)", entry.CitationEn);
    }

    [Theory]
    [InlineData(Establishment.Public)]
    [InlineData(Establishment.National)]
    [InlineData(Establishment.Private)]
    public void Without_a_claim_nothing_goes(Establishment sender)
    {
        var result = Engine.Decide(Request(Plan(), sender, RecipientOf(RecipientKind.PublicSchool)));

        Assert.True(result.NothingDisclosed);
        Assert.All(result.Content(), e => Assert.Equal(WithholdReason.NoConsent, e.Reason));
    }

    [Theory]
    [InlineData(Establishment.Public)]
    [InlineData(Establishment.Private)]
    public void A_claim_without_a_recorded_effort_to_obtain_consent_gives_nothing(Establishment sender)
    {
        var result = DecideWithClaim(sender, RecipientKind.PublicSchool, ValidClaim with { ConsentEffort = null });

        Assert.True(result.NothingDisclosed);
        Assert.All(result.Content(), e => Assert.Equal(WithholdReason.NoConsent, e.Reason));
    }

    [Fact]
    public void A_claim_without_a_reason_gives_nothing()
    {
        var result = DecideWithClaim(Establishment.Private, RecipientKind.PublicSchool, ValidClaim with { Reason = "  " });

        Assert.True(result.NothingDisclosed);
    }

    [Fact]
    public void A_public_senders_claim_without_harm_assessment_gives_nothing()
    {
        var result = DecideWithClaim(Establishment.Public, RecipientKind.PublicSchool, ValidClaim with { HarmAssessed = false });

        Assert.True(result.NothingDisclosed);
    }

    [Theory]
    [InlineData(Establishment.Private)]
    [InlineData(Establishment.National)]
    public void A_private_sector_senders_claim_needs_no_harm_assessment(Establishment sender)
    {
        var result = DecideWithClaim(sender, RecipientKind.PublicSchool, ValidClaim with { HarmAssessed = false });

        Assert.Equal(ItemOutcome.DisclosedUnderException, result.Entry("common.basic.strengths").Outcome);
    }

    [Fact]
    public void An_unreachable_record_with_attempts_counts_as_the_effort_to_obtain_consent()
    {
        var plan = Plan(Unreachable(RecipientKind.PublicSchool, DisclosurePurpose.Handover, attempts: true));

        var result = Engine.Decide(Request(plan, Establishment.Public, RecipientOf(RecipientKind.PublicSchool), claim: ValidClaim with { ConsentEffort = null }));

        Assert.Equal(ItemOutcome.DisclosedUnderException, result.Entry("grade.a.handover-notes").Outcome);
    }

    [Fact]
    public void An_unreachable_record_without_attempts_is_no_effort()
    {
        var plan = Plan(Unreachable(RecipientKind.PublicSchool, DisclosurePurpose.Handover, attempts: false));

        var result = Engine.Decide(Request(plan, Establishment.Public, RecipientOf(RecipientKind.PublicSchool), claim: ValidClaim with { ConsentEffort = null }));

        Assert.True(result.NothingDisclosed);
    }

    [Fact]
    public void An_unreachable_record_for_another_recipient_is_no_effort_for_this_one()
    {
        var plan = Plan(Unreachable(RecipientKind.PublicAgency, DisclosurePurpose.Handover, attempts: true));

        var result = Engine.Decide(Request(plan, Establishment.Public, RecipientOf(RecipientKind.PublicSchool), claim: ValidClaim with { ConsentEffort = null }));

        Assert.True(result.NothingDisclosed);
    }

    [Fact]
    public void Purpose_work_transition_gives_no_exception()
    {
        var result = DecideWithClaim(Establishment.Public, RecipientKind.PublicSchool, purpose: DisclosurePurpose.WorkTransition);

        Assert.True(result.NothingDisclosed);
        Assert.All(result.Content(), e => Assert.Equal(WithholdReason.NoConsent, e.Reason));
    }

    [Fact]
    public void Municipal_submission_from_a_public_school_to_the_board_may_go_under_Art_69_2_iii()
    {
        var entry = DecideWithClaim(Establishment.Public, RecipientKind.Board, purpose: DisclosurePurpose.MunicipalSubmission).Entry("needs.non-attendance");

        Assert.Equal("appi-69-2-iii", entry.ArticleId);
    }

    [Fact]
    public void Municipal_submission_from_a_private_school_has_no_exception()
    {
        var result = DecideWithClaim(Establishment.Private, RecipientKind.Board, purpose: DisclosurePurpose.MunicipalSubmission);

        Assert.True(result.NothingDisclosed);
    }

    [Fact]
    public void Special_care_items_in_the_range_go_under_the_exception()
    {
        var result = DecideWithClaim(Establishment.Public, RecipientKind.PublicSchool);

        Assert.True(result.Entry("needs.disability").SpecialCare);
        Assert.Equal(ItemOutcome.DisclosedUnderException, result.Entry("needs.disability").Outcome);
        Assert.Equal(ItemOutcome.DisclosedUnderException, result.Entry("accommodations").Outcome);
    }

    [Fact]
    public void Under_an_exception_a_refused_item_outside_the_range_stays_withheld_as_refused()
    {
        var refusal = Grant("refused-diagnosis", "common.basic.diagnosis") with { Decision = ConsentDecision.Refused };

        var entry = Engine.Decide(Request(Plan(refusal), Establishment.Public, RecipientOf(RecipientKind.PublicSchool), claim: ValidClaim)).Entry("common.basic.diagnosis");

        Assert.Equal(ItemOutcome.Withheld, entry.Outcome);
        Assert.Equal(WithholdReason.Refused, entry.Reason);
        Assert.Equal(["refused-diagnosis"], entry.ConsentIds);
    }

    [Fact]
    public void Under_an_exception_a_refused_item_inside_the_range_goes_under_the_article()
    {
        // Documents the engine as it is: §6.3 allows the exception "when the family cannot be reached or refuses", and
        // whether "a lesser disclosure serves" is left to the sender's recorded reason. See the test report.
        var refusal = Grant("refused-strengths", "common.basic.strengths") with { Decision = ConsentDecision.Refused };

        var entry = Engine.Decide(Request(Plan(refusal), Establishment.Public, RecipientOf(RecipientKind.PublicSchool), claim: ValidClaim)).Entry("common.basic.strengths");

        Assert.Equal(ItemOutcome.DisclosedUnderException, entry.Outcome);
        Assert.Equal("appi-69-2-iii", entry.ArticleId);
    }

    [Fact]
    public void Council_switch_blocks_an_exception_to_a_private_school_until_the_consultation_is_recorded()
    {
        var engine = new DisclosureEngine(DefaultDisclosurePolicy.Instance with { CouncilConsultationRequiredFor = [RecipientKind.PrivateSchool] });

        var result = engine.Decide(Request(Plan(), Establishment.Public, RecipientOf(RecipientKind.PrivateSchool), claim: ValidClaim));

        Assert.True(result.IsBlocked);
        Assert.True(result.NothingDisclosed);
        var entry = result.Entry("needs.disability");
        Assert.Equal(ItemOutcome.Blocked, entry.Outcome);
        Assert.Equal(WithholdReason.ProcedureMissing, entry.Reason);
        Assert.Equal("appi-129", entry.ArticleId);
    }

    [Fact]
    public void Council_switch_lets_the_exception_through_once_the_consultation_is_recorded()
    {
        var engine = new DisclosureEngine(DefaultDisclosurePolicy.Instance with { CouncilConsultationRequiredFor = [RecipientKind.PrivateSchool] });
        RecordedProcedure consultation = new() { Kind = ProcedureKind.CouncilConsultation, On = Today.AddDays(-7), Reference = "札幌市個人情報保護審議会 答申第12号" };

        var result = engine.Decide(Request(Plan(), Establishment.Public, RecipientOf(RecipientKind.PrivateSchool), claim: ValidClaim, procedures: [consultation]));

        Assert.False(result.IsBlocked);
        var entry = result.Entry("needs.disability");
        Assert.Equal(ItemOutcome.DisclosedUnderException, entry.Outcome);
        Assert.Equal("appi-69-2-iv", entry.ArticleId);
    }

    [Theory]
    [InlineData(Establishment.National)]
    [InlineData(Establishment.Private)]
    public void Council_switch_is_a_local_government_procedure_and_does_not_block_national_or_private_senders(Establishment sender)
    {
        var engine = new DisclosureEngine(DefaultDisclosurePolicy.Instance with { CouncilConsultationRequiredFor = [RecipientKind.PrivateSchool] });

        var entry = engine.Decide(Request(Plan(), sender, RecipientOf(RecipientKind.PrivateSchool), claim: ValidClaim)).Entry("needs.disability");

        Assert.Equal(ItemOutcome.DisclosedUnderException, entry.Outcome);
        Assert.Equal("appi-27-1-iii", entry.ArticleId);
    }

    [Fact]
    public void Council_switch_for_private_schools_does_not_touch_public_schools()
    {
        var engine = new DisclosureEngine(DefaultDisclosurePolicy.Instance with { CouncilConsultationRequiredFor = [RecipientKind.PrivateSchool] });

        var result = engine.Decide(Request(Plan(), Establishment.Public, RecipientOf(RecipientKind.PublicSchool), claim: ValidClaim));

        Assert.False(result.IsBlocked);
        Assert.Equal(ItemOutcome.DisclosedUnderException, result.Entry("needs.disability").Outcome);
    }

    [Fact]
    public void Council_switch_does_not_block_what_goes_on_consent()
    {
        var engine = new DisclosureEngine(DefaultDisclosurePolicy.Instance with { CouncilConsultationRequiredFor = [RecipientKind.PrivateSchool] });
        var consent = Consent("c-private", RecipientKind.PrivateSchool, DisclosurePurpose.Handover, "common.basic.strengths");

        var result = engine.Decide(Request(Plan(consent), Establishment.Public, RecipientOf(RecipientKind.PrivateSchool)));

        Assert.Equal(ItemOutcome.DisclosedOnConsent, result.Entry("common.basic.strengths").Outcome);
    }

    [Fact]
    public void Private_facility_with_consent_but_unchecked_confidentiality_duty_is_blocked()
    {
        var result = Engine.Decide(FacilityRequest(confidentialityDuty: null));

        Assert.True(result.IsBlocked);
        var entry = result.Entry("common.basic.strengths");
        Assert.Equal(ItemOutcome.Blocked, entry.Outcome);
        Assert.Equal(WithholdReason.ProcedureMissing, entry.Reason);
        Assert.Null(result.DisclosedPlan.CommonSheet?.BasicInformation?.Strengths);
    }

    [Fact]
    public void Private_facility_with_consent_goes_once_its_confidentiality_duty_is_known()
    {
        var result = Engine.Decide(FacilityRequest(confidentialityDuty: true));

        Assert.False(result.IsBlocked);
        Assert.Equal(ItemOutcome.DisclosedOnConsent, result.Entry("common.basic.strengths").Outcome);
    }

    [Fact]
    public void Private_facility_with_consent_goes_once_the_duty_was_explained_to_the_family()
    {
        RecordedProcedure explained = new() { Kind = ProcedureKind.ConfidentialityDutyExplained, On = Today.AddDays(-3) };

        var result = Engine.Decide(FacilityRequest(confidentialityDuty: null) with { Procedures = [explained] });

        Assert.False(result.IsBlocked);
        Assert.Equal(ItemOutcome.DisclosedOnConsent, result.Entry("common.basic.strengths").Outcome);
    }

    [Theory]
    [InlineData(Establishment.Public, "appi-69-2-i")]
    [InlineData(Establishment.National, "appi-27-1-person")]
    [InlineData(Establishment.Private, "appi-27-1-person")]
    public void The_family_gets_everything_under_the_article_for_provision_to_the_person(Establishment sender, string article)
    {
        var result = Engine.Decide(Request(Plan(), sender, new Recipient { Kind = RecipientKind.Family, Name = "北野 さくら" }));

        Assert.All(result.Content(), e =>
        {
            Assert.Equal(ItemOutcome.DisclosedToFamily, e.Outcome);
            Assert.Equal(article, e.ArticleId);
        });
        Assert.Contains(result.Content(), e => e.ItemId == "common.basic.diagnosis");
        Assert.Equal(Plan(), result.DisclosedPlan);
    }

    [Fact]
    public void A_sender_without_a_known_establishment_cannot_give_to_the_family()
    {
        var request = Request(Plan(), Establishment.Public, new Recipient { Kind = RecipientKind.Family }) with { Sender = new Sender { Name = "どこかの保育所" } };

        var result = Engine.Decide(request);

        Assert.All(result.Content(), e => Assert.Equal(WithholdReason.NoLegalBasis, e.Reason));
    }

    private static DisclosureRequest FacilityRequest(bool? confidentialityDuty)
    {
        var consent = Consent("c-facility", RecipientKind.PrivateFacility, DisclosurePurpose.AgencySharing, "common.basic.strengths");
        var facility = new Recipient { Kind = RecipientKind.PrivateFacility, Name = "フリースクール そらいろ", ConfidentialityDuty = confidentialityDuty };
        return Request(Plan(consent), Establishment.Public, facility, DisclosurePurpose.AgencySharing);
    }

    private static ConsentRecord Unreachable(RecipientKind kind, DisclosurePurpose purpose, bool attempts) =>
        Consent("unreachable-1", kind, purpose, "common-sheet") with
        {
            Decision = ConsentDecision.Unreachable,
            Grantor = null,
            ContactAttempts = attempts
                ? [new ContactAttempt { On = LastAutumn.AddDays(-5), Method = ContactMethod.Phone, Outcome = "応答なし" }, new ContactAttempt { On = LastAutumn.AddDays(-2), Method = ContactMethod.HomeVisit, Outcome = "不在" }]
                : [],
        };
}
