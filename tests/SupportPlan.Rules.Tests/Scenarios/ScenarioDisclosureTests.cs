using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Plans;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Recipients;
using SupportPlan.Rules.Tests.Decisions;
using ScenarioPlans = SupportPlan.Scenarios.Scenarios;

namespace SupportPlan.Rules.Tests.Scenarios;

/// <summary>
/// The sample scenarios of the domain guide §8 handed to the recipients their consent records speak of. Every
/// expectation is written from the scenario's consent records (ids, recipients, items, periods), not read from the
/// engine; dates fall inside the consents' periods. No exception claim is made, so only consent can disclose.
/// </summary>
public sealed class ScenarioDisclosureTests
{
    private static readonly DisclosureEngine Engine = new();

    private static SchoolCode Code(SchoolType type, int prefecture, string number, Establishment establishment = Establishment.Public) =>
        SchoolCode.Create(type, Prefecture.FromNumber(prefecture).Value, establishment, number);

    private static DisclosureResult Decide(StudentSupportPlan plan, Sender sender, Recipient recipient, DisclosurePurpose purpose, DateOnly date) =>
        Engine.Decide(new DisclosureRequest { Plan = plan, Sender = sender, Recipient = recipient, Purpose = purpose, Date = date });

    private static void AssertOnConsent(DisclosureResult result, string itemId, string consentId)
    {
        var entry = result.Entry(itemId);
        Assert.True(entry.Outcome == ItemOutcome.DisclosedOnConsent, $"{itemId}: {entry.Outcome} ({entry.Reason})");
        Assert.Equal([consentId], entry.ConsentIds);
    }

    private static void AssertWithheld(DisclosureResult result, string itemId, WithholdReason reason)
    {
        var entry = result.Entry(itemId);
        Assert.True(entry.Outcome == ItemOutcome.Withheld && entry.Reason == reason, $"{itemId}: {entry.Outcome} ({entry.Reason}), expected Withheld ({reason})");
    }

    private static HashSet<string> DisclosedContent(DisclosureResult result) =>
        [.. result.Content().Where(e => e.IsDisclosed()).Select(e => e.ItemId)];

    [Fact]
    public void Every_scenario_to_every_school_kind_without_consent_or_claim_discloses_no_content()
    {
        // Plan-wide: only a consent for the recipient kind and purpose (and the named school) can disclose anything.
        var date = new DateOnly(2026, 12, 1);
        foreach (var scenario in ScenarioPlans.All)
        {
            var plan = scenario.Build();
            foreach (var kind in new[] { RecipientKind.PublicSchool, RecipientKind.NationalSchool, RecipientKind.PrivateSchool })
            {
                var recipient = new Recipient { Kind = kind, Name = "どの同意にも名前のない学校" };
                var consented = plan.Consents.Any(c => c.Decision == ConsentDecision.Granted && c.Purpose == DisclosurePurpose.Handover && c.Recipient.Kind == kind && c.Recipient.IsClass() && c.AppliesOn(date));
                var result = Decide(plan, new Sender { DeclaredEstablishment = Establishment.Public, Name = "送付元" }, recipient, DisclosurePurpose.Handover, date);
                Assert.True(consented != result.NothingDisclosed, $"{scenario.Name} → {kind}: consented {consented}, disclosed {string.Join(", ", DisclosedContent(result))}");
            }
        }
    }

    // ── autism-transition (Gifu): kindergarten (public) → private elementary school, and → public school ──

    private static readonly Sender GifuKindergarten = Sender.FromSchoolCode(Code(SchoolType.Kindergarten, 21, "6120047"), "岐阜市立ひかり幼稚園");

    private static readonly Recipient SeiryuPrivate = new()
    {
        Kind = RecipientKind.PrivateSchool,
        Name = "学校法人清流学園 清流学園小学校",
        SchoolCode = Code(SchoolType.Elementary, 21, "3010029", Establishment.Private),
    };

    // autism-2025-001 (granted 2025-10-02, until 2026-03-31) and autism-2025-002 (refused, same day)
    private static DisclosureResult AutismToPrivateSchool() =>
        Decide(ScenarioPlans.AutismTransition(), GifuKindergarten, SeiryuPrivate, DisclosurePurpose.Handover, new DateOnly(2025, 10, 20));

    [Theory]
    [InlineData("accommodations")]
    [InlineData("needs.disability")]
    [InlineData("common.basic.disability-type")]
    [InlineData("common.basic.strengths")]
    [InlineData("gifu.support-chain")]
    [InlineData("grade.b.year-goal")]
    public void Autism_transition_to_the_named_private_school_discloses_on_consent(string itemId) =>
        AssertOnConsent(AutismToPrivateSchool(), itemId, "autism-2025-001");

    [Theory]
    [InlineData("common.basic.diagnosis")]
    [InlineData("common.basic.certificate")]
    public void Autism_transition_to_the_named_private_school_withholds_diagnosis_and_certificate_as_refused(string itemId)
    {
        var result = AutismToPrivateSchool();

        AssertWithheld(result, itemId, WithholdReason.Refused);
        Assert.Equal(["autism-2025-002"], result.Entry(itemId).ConsentIds);
    }

    [Theory]
    [InlineData("common.basic.assessments")]
    [InlineData("common.family.developmental-history")]
    [InlineData("gifu.agencies")]
    [InlineData("gifu.profile.consultation-history")]
    public void Autism_transition_to_the_private_school_withholds_special_care_items_the_section_grant_did_not_name(string itemId) =>
        AssertWithheld(AutismToPrivateSchool(), itemId, WithholdReason.SpecialCareNotExplicit);

    [Theory]
    [InlineData("grade.a.handover-notes")]
    [InlineData("grade.enrollment")]
    [InlineData("conference.agreed-items")]
    [InlineData("header.schools")]
    public void Autism_transition_to_the_private_school_withholds_sections_outside_the_consent(string itemId) =>
        AssertWithheld(AutismToPrivateSchool(), itemId, WithholdReason.NoConsent);

    [Fact]
    public void Autism_transition_to_the_private_school_leaves_no_diagnosis_in_the_disclosed_plan()
    {
        var result = AutismToPrivateSchool();

        var disability = result.DisclosedPlan.CommonSheet?.BasicInformation?.Disability;
        Assert.NotNull(disability);
        Assert.Empty(disability.Diagnoses);
        Assert.Empty(disability.Certificates);
        Assert.NotEmpty(disability.Categories);
        Assert.True(result.DisclosedPlan.CaseConferences.IsEmpty);
        Assert.Null(result.ProvisionRecord); // public sender: Art 69, no Art 29 record
    }

    [Fact]
    public void Autism_transition_to_another_private_school_discloses_nothing()
    {
        var other = SeiryuPrivate with { Name = "学校法人長良学園 長良小学校", SchoolCode = Code(SchoolType.Elementary, 21, "3010037", Establishment.Private) };

        var result = Decide(ScenarioPlans.AutismTransition(), GifuKindergarten, other, DisclosurePurpose.Handover, new DateOnly(2025, 10, 20));

        Assert.True(result.NothingDisclosed);
    }

    [Fact]
    public void Autism_transition_to_the_private_school_after_its_consent_ended_is_expired()
    {
        var result = Decide(ScenarioPlans.AutismTransition(), GifuKindergarten, SeiryuPrivate, DisclosurePurpose.Handover, new DateOnly(2026, 4, 1));

        AssertWithheld(result, "accommodations", WithholdReason.Expired);
        AssertWithheld(result, "common.basic.diagnosis", WithholdReason.Refused);
    }

    // autism-2026-001 (granted 2026-01-23 until 2032-03-31, any public school, special-care items named one by one)
    private static DisclosureResult AutismToPublicSchool() =>
        Decide(ScenarioPlans.AutismTransition(), GifuKindergarten, new Recipient { Kind = RecipientKind.PublicSchool, Name = "岐阜市立かがやき小学校", SchoolCode = Code(SchoolType.Elementary, 21, "2010386") }, DisclosurePurpose.Handover, new DateOnly(2026, 3, 19));

    [Theory]
    [InlineData("common.basic.diagnosis")]
    [InlineData("common.basic.certificate")]
    [InlineData("common.basic.assessments")]
    [InlineData("common.family.developmental-history")]
    [InlineData("grade.a.support-agencies")]
    [InlineData("conference.agency-information")]
    [InlineData("gifu.profile.consultation-history")]
    [InlineData("gifu.agencies")]
    [InlineData("accommodations")]
    [InlineData("needs.disability")]
    public void Autism_transition_to_a_public_school_discloses_the_explicitly_named_special_care_items(string itemId) =>
        AssertOnConsent(AutismToPublicSchool(), itemId, "autism-2026-001");

    [Fact]
    public void Autism_transition_to_a_public_school_withholds_only_the_header_and_the_consent_records()
    {
        var withheld = AutismToPublicSchool().Content().Where(e => !e.IsDisclosed()).Select(e => e.ItemId).Order(StringComparer.Ordinal);

        Assert.Equal(["consents", "header.classification-number", "header.schools"], withheld);
    }

    // ── foreign-student (Kushiro): elementary (public) → the named public junior high ──

    private static readonly Sender KushiroElementary = Sender.FromSchoolCode(Code(SchoolType.Elementary, 1, "2060734"), "釧路市立みなと小学校");

    // foreign-2026-002 (granted 2026-10-16 until 2027-06-30) and foreign-2026-003 (nationality refused, same day)
    private static DisclosureResult ForeignToJuniorHigh() =>
        Decide(ScenarioPlans.ForeignStudent(), KushiroElementary, new Recipient { Kind = RecipientKind.PublicSchool, Name = "釧路市立湖畔中学校", SchoolCode = Code(SchoolType.JuniorHigh, 1, "2060815") }, DisclosurePurpose.Handover, new DateOnly(2027, 3, 19));

    [Fact]
    public void Foreign_student_to_the_junior_high_withholds_nationality_as_refused_although_the_common_sheet_was_granted()
    {
        var result = ForeignToJuniorHigh();

        AssertWithheld(result, "common.student.nationality", WithholdReason.Refused);
        Assert.Equal(["foreign-2026-003"], result.Entry("common.student.nationality").ConsentIds);
        Assert.Null(result.DisclosedPlan.CommonSheet?.Student?.Nationality);
        Assert.Null(result.DisclosedPlan.CommonSheet?.Student?.Birthplace);
    }

    [Theory]
    [InlineData("common.basic.japanese-proficiency")]
    [InlineData("common.basic.learning-history")]
    [InlineData("common.family.home-language")]
    [InlineData("needs.japanese-language")]
    [InlineData("needs.non-attendance")]
    [InlineData("common.student.identity")]
    [InlineData("grade.a.handover-notes")]
    [InlineData("conference.agreed-items")]
    public void Foreign_student_to_the_junior_high_discloses_on_consent(string itemId) =>
        AssertOnConsent(ForeignToJuniorHigh(), itemId, "foreign-2026-002");

    [Fact]
    public void Foreign_student_to_the_junior_high_withholds_agency_information_not_named()
    {
        // conference.agency-information is special-care; "case-conference" alone does not cover it
        AssertWithheld(ForeignToJuniorHigh(), "conference.agency-information", WithholdReason.SpecialCareNotExplicit);
    }

    [Fact]
    public void Foreign_student_to_another_public_junior_high_discloses_nothing()
    {
        var other = new Recipient { Kind = RecipientKind.PublicSchool, Name = "釧路市立青葉中学校", SchoolCode = Code(SchoolType.JuniorHigh, 1, "2060823") };

        Assert.True(Decide(ScenarioPlans.ForeignStudent(), KushiroElementary, other, DisclosurePurpose.Handover, new DateOnly(2027, 3, 19)).NothingDisclosed);
    }

    [Theory]
    [InlineData("needs.japanese-language")]
    [InlineData("common.basic.japanese-proficiency")]
    [InlineData("common.basic.learning-history")]
    [InlineData("grade.b.term-plans")]
    public void Foreign_student_to_the_npo_after_the_withdrawal_is_withheld_as_withdrawn(string itemId)
    {
        // foreign-2025-001 granted 2025-06-06 (until 2027-03-31), withdrawn by foreign-2026-001 on 2026-02-13
        var npo = new Recipient { Kind = RecipientKind.PrivateAgency, Name = "NPO法人くしろ多文化ネット（日本語学習支援教室）" };

        var result = Decide(ScenarioPlans.ForeignStudent(), KushiroElementary, npo, DisclosurePurpose.AgencySharing, new DateOnly(2026, 3, 2));

        AssertWithheld(result, itemId, WithholdReason.Withdrawn);
        Assert.Equal(["foreign-2026-001"], result.Entry(itemId).ConsentIds);
        Assert.True(result.NothingDisclosed);
    }

    // ── nakashibetsu: elementary (public) → the named private junior high (refused), and → the town's board ──

    private static readonly Sender NakashibetsuElementary = Sender.FromSchoolCode(Code(SchoolType.Elementary, 1, "2260213"), "中標津町立みどりが丘小学校");

    // nakashibetsu-2026-001: refused 2026-02-27 by the father
    private static DisclosureResult NakashibetsuToPrivateSchool() =>
        Decide(ScenarioPlans.Nakashibetsu(), NakashibetsuElementary, new Recipient { Kind = RecipientKind.PrivateSchool, Name = "学校法人北光学園 札幌北光中学校", SchoolCode = Code(SchoolType.JuniorHigh, 1, "3110846", Establishment.Private) }, DisclosurePurpose.Handover, new DateOnly(2026, 3, 10));

    [Theory]
    [InlineData("needs.non-attendance")]
    [InlineData("common.basic.strengths")]
    [InlineData("common.attendance-by-grade")]
    [InlineData("grade.a.monthly-attendance")]
    [InlineData("grade.a.handover-notes")]
    [InlineData("grade.b.term-plans")]
    public void Nakashibetsu_to_the_private_school_is_withheld_as_refused(string itemId)
    {
        var result = NakashibetsuToPrivateSchool();

        AssertWithheld(result, itemId, WithholdReason.Refused);
        Assert.Equal(["nakashibetsu-2026-001"], result.Entry(itemId).ConsentIds);
    }

    [Fact]
    public void Nakashibetsu_to_the_private_school_discloses_no_content()
    {
        var result = NakashibetsuToPrivateSchool();

        Assert.True(result.NothingDisclosed);
        AssertWithheld(result, "conference.support-status", WithholdReason.NoConsent);
        AssertWithheld(result, "common.authorship", WithholdReason.NothingElseDisclosed);
    }

    // nakashibetsu-2024-001: granted 2024-11-22 until 2029-03-31 to the town's board, municipal submission
    private static DisclosureResult NakashibetsuToBoard() =>
        Decide(ScenarioPlans.Nakashibetsu(), Sender.FromSchoolCode(Code(SchoolType.JuniorHigh, 1, "2260321"), "中標津町立しらかば中学校"), new Recipient { Kind = RecipientKind.Board, Name = "中標津町教育委員会" }, DisclosurePurpose.MunicipalSubmission, new DateOnly(2026, 7, 10));

    [Fact]
    public void Nakashibetsu_submission_to_the_board_discloses_exactly_the_six_consented_items()
    {
        var disclosed = DisclosedContent(NakashibetsuToBoard());

        Assert.Equal(
            new HashSet<string> { "needs.non-attendance", "common.attendance-by-grade", "grade.a.monthly-attendance", "grade.a.absence-reasons", "grade.b.term-plans", "conference.support-status" },
            disclosed);
    }

    [Fact]
    public void Nakashibetsu_submission_to_the_board_withholds_the_handover_notes()
    {
        var result = NakashibetsuToBoard();

        AssertOnConsent(result, "grade.a.absence-reasons", "nakashibetsu-2024-001");
        AssertWithheld(result, "grade.a.handover-notes", WithholdReason.NoConsent);
    }

    // ── betsukai: elementary (public) → any public junior high; the handover consent is deferred ──

    // betsukai-2026-001: deferred 2026-10-30 (revisit 2027-04-23)
    private static DisclosureResult BetsukaiHandover() =>
        Decide(ScenarioPlans.Betsukai(), Sender.FromSchoolCode(Code(SchoolType.Elementary, 1, "2250107"), "別海町立みどり野小学校"), new Recipient { Kind = RecipientKind.PublicSchool, Name = "別海町立別海中央中学校" }, DisclosurePurpose.Handover, new DateOnly(2027, 3, 20));

    [Theory]
    [InlineData("common.basic.strengths")]
    [InlineData("common.student.identity")]
    [InlineData("grade.enrollment")]
    [InlineData("grade.a.handover-notes")]
    [InlineData("grade.b.term-plans")]
    public void Betsukai_handover_is_deferred(string itemId)
    {
        var result = BetsukaiHandover();

        AssertWithheld(result, itemId, WithholdReason.Deferred);
        Assert.Equal(["betsukai-2026-001"], result.Entry(itemId).ConsentIds);
    }

    [Fact]
    public void Betsukai_handover_discloses_no_content()
    {
        var result = BetsukaiHandover();

        Assert.True(result.NothingDisclosed);
        AssertWithheld(result, "needs.non-attendance", WithholdReason.NoConsent);
    }

    [Fact]
    public void Betsukai_sharing_with_the_named_education_support_centre_discloses_its_five_items()
    {
        // betsukai-2024-001: granted 2024-10-25 until 2028-03-31
        var centre = new Recipient { Kind = RecipientKind.PublicAgency, Name = "別海町教育支援センター「ひだまりるーむ」" };

        var result = Decide(ScenarioPlans.Betsukai(), Sender.FromSchoolCode(Code(SchoolType.Elementary, 1, "2250107")), centre, DisclosurePurpose.AgencySharing, new DateOnly(2026, 5, 1));

        Assert.Equal(
            new HashSet<string> { "needs.non-attendance", "common.basic.strengths", "grade.a.monthly-attendance", "grade.b.student-situation", "grade.b.term-plans" },
            DisclosedContent(result));
    }

    // ── nemuro: junior high (public) → any public high school, and → a private facility ──

    private static readonly Sender NemuroJuniorHigh = Sender.FromSchoolCode(Code(SchoolType.JuniorHigh, 1, "2230518"), "根室市立はまなす中学校");

    // nemuro-2026-001: granted 2026-06-19 until 2028-03-31, any public school
    private static DisclosureResult NemuroToPublicHighSchool() =>
        Decide(ScenarioPlans.Nemuro(), NemuroJuniorHigh, new Recipient { Kind = RecipientKind.PublicSchool, Name = "北海道根室高等学校" }, DisclosurePurpose.Handover, new DateOnly(2028, 3, 15));

    [Theory]
    [InlineData("needs.non-attendance")]
    [InlineData("common.basic.strengths")]
    [InlineData("grade.a.monthly-attendance")]
    [InlineData("grade.a.handover-notes")]
    [InlineData("conference.support-status")]
    public void Nemuro_to_a_public_high_school_discloses_on_consent(string itemId) =>
        AssertOnConsent(NemuroToPublicHighSchool(), itemId, "nemuro-2026-001");

    [Theory]
    [InlineData("grade.a.support-agencies")]
    [InlineData("conference.agency-information")]
    public void Nemuro_to_a_public_high_school_withholds_special_care_items_the_sections_did_not_name(string itemId) =>
        AssertWithheld(NemuroToPublicHighSchool(), itemId, WithholdReason.SpecialCareNotExplicit);

    [Fact]
    public void Nemuro_to_a_public_high_school_keeps_no_provision_record_as_the_sender_is_public()
    {
        var result = NemuroToPublicHighSchool();

        Assert.False(result.NothingDisclosed);
        Assert.Null(result.ProvisionRecord);
        Assert.Equal("appi-69-2-i", result.Entry("needs.non-attendance").ArticleId);
    }

    [Fact]
    public void Nemuro_to_a_public_high_school_after_the_consent_ended_is_expired()
    {
        var result = Decide(ScenarioPlans.Nemuro(), NemuroJuniorHigh, new Recipient { Kind = RecipientKind.PublicSchool, Name = "北海道根室高等学校" }, DisclosurePurpose.Handover, new DateOnly(2028, 4, 1));

        AssertWithheld(result, "needs.non-attendance", WithholdReason.Expired);
        Assert.True(result.NothingDisclosed);
    }

    [Fact]
    public void Nemuro_to_a_private_facility_has_no_consent_and_discloses_nothing()
    {
        var facility = new Recipient { Kind = RecipientKind.PrivateFacility, Name = "フリースクール ねむろの森", ConfidentialityDuty = false };

        var result = Decide(ScenarioPlans.Nemuro(), NemuroJuniorHigh, facility, DisclosurePurpose.AgencySharing, new DateOnly(2026, 9, 1));

        Assert.True(result.NothingDisclosed);
        Assert.All(result.Content(), e => Assert.Equal(WithholdReason.NoConsent, e.Reason));
    }

    [Fact]
    public void Nemuro_to_a_private_facility_is_not_saved_by_an_exception_claim()
    {
        var facility = new Recipient { Kind = RecipientKind.PrivateFacility, Name = "フリースクール ねむろの森", ConfidentialityDuty = true };
        var request = new DisclosureRequest { Plan = ScenarioPlans.Nemuro(), Sender = NemuroJuniorHigh, Recipient = facility, Purpose = DisclosurePurpose.AgencySharing, Date = new DateOnly(2026, 9, 1), Exception = SamplePlans.ValidClaim };

        Assert.True(Engine.Decide(request).NothingDisclosed);
    }

    // ── lifelong: high school (public) → the employer, transition to work ──

    private static readonly Sender KushiroHighSchool = Sender.FromSchoolCode(Code(SchoolType.HighSchool, 1, "1060233"), "北海道釧路あけぼの高等学校");

    private static readonly Recipient LogitechEmployer = new() { Kind = RecipientKind.Employer, Name = "株式会社ひがし北海道ロジテック 釧路物流センター" };

    // lifelong-2026-001: granted by the student 2026-01-23, valid from 2026-03-02 until 2027-03-31
    private static DisclosureResult LifelongToEmployer(DateOnly date) =>
        Decide(ScenarioPlans.Lifelong(), KushiroHighSchool, LogitechEmployer, DisclosurePurpose.WorkTransition, date);

    [Fact]
    public void Lifelong_to_the_employer_discloses_exactly_the_four_items_the_student_chose()
    {
        var disclosed = DisclosedContent(LifelongToEmployer(new DateOnly(2026, 3, 9)));

        Assert.Equal(new HashSet<string> { "common.basic.strengths", "accommodations", "grade.a.handover-notes", "grade.b.student-situation" }, disclosed);
    }

    [Fact]
    public void Lifelong_to_the_employer_discloses_accommodations_on_the_students_consent()
    {
        var result = LifelongToEmployer(new DateOnly(2026, 3, 9));

        AssertOnConsent(result, "accommodations", "lifelong-2026-001");
        AssertOnConsent(result, "grade.a.handover-notes", "lifelong-2026-001");
    }

    [Theory]
    [InlineData("common.basic.diagnosis")]
    [InlineData("common.family.circumstances")]
    [InlineData("common.guardians.contact")]
    public void Lifelong_to_the_employer_withholds_what_the_student_did_not_choose(string itemId) =>
        AssertWithheld(LifelongToEmployer(new DateOnly(2026, 3, 9)), itemId, WithholdReason.NoConsent);

    [Fact]
    public void Lifelong_to_the_employer_before_the_consent_applies_discloses_nothing()
    {
        var result = LifelongToEmployer(new DateOnly(2026, 2, 20));

        Assert.True(result.NothingDisclosed);
        AssertWithheld(result, "accommodations", WithholdReason.NoConsent);
    }

    [Fact]
    public void Lifelong_to_the_employer_keeps_no_provision_record_as_the_sender_is_public() =>
        Assert.Null(LifelongToEmployer(new DateOnly(2026, 3, 9)).ProvisionRecord);

    [Fact]
    public void Lifelong_to_another_employer_discloses_nothing()
    {
        var other = LogitechEmployer with { Name = "株式会社くしろ水産" };

        Assert.True(Decide(ScenarioPlans.Lifelong(), KushiroHighSchool, other, DisclosurePurpose.WorkTransition, new DateOnly(2026, 3, 9)).NothingDisclosed);
    }

    // ── memuro: kindergarten (public) → the town, yearly submission ──

    // memuro-2026-001: granted 2026-10-22 until 2027-03-31 to 芽室町（子育て支援課・教育推進課）
    private static DisclosureResult MemuroToTown() =>
        Decide(ScenarioPlans.Memuro(), Sender.FromSchoolCode(Code(SchoolType.Kindergarten, 1, "6410052")), new Recipient { Kind = RecipientKind.Board, Name = "芽室町（子育て支援課・教育推進課）" }, DisclosurePurpose.MunicipalSubmission, new DateOnly(2026, 11, 30));

    [Theory]
    [InlineData("needs.disability")]
    [InlineData("common.basic.assessments")]
    [InlineData("common.basic.strengths")]
    [InlineData("conference.agreed-items")]
    [InlineData("extensions")]
    public void Memuro_submission_to_the_town_discloses_on_consent(string itemId) =>
        AssertOnConsent(MemuroToTown(), itemId, "memuro-2026-001");

    [Fact]
    public void Memuro_submission_to_the_town_carries_the_regional_extension()
    {
        var plan = MemuroToTown().DisclosedPlan;

        Assert.Equal("jp.hokkaido.memuro", Assert.Single(plan.Extensions).Namespace);
    }

    [Theory]
    [InlineData("grade.a.handover-notes", WithholdReason.NoConsent)]
    [InlineData("grade.enrollment", WithholdReason.NoConsent)]
    [InlineData("conference.agency-information", WithholdReason.SpecialCareNotExplicit)]
    public void Memuro_submission_to_the_town_withholds_what_the_consent_does_not_cover(string itemId, WithholdReason reason) =>
        AssertWithheld(MemuroToTown(), itemId, reason);

    [Fact]
    public void Memuro_submission_to_another_board_discloses_nothing()
    {
        var result = Decide(ScenarioPlans.Memuro(), Sender.FromSchoolCode(Code(SchoolType.Kindergarten, 1, "6410052")), new Recipient { Kind = RecipientKind.Board, Name = "帯広市教育委員会" }, DisclosurePurpose.MunicipalSubmission, new DateOnly(2026, 11, 30));

        Assert.True(result.NothingDisclosed);
    }
}
