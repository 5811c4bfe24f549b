using SupportPlan.Model.Accommodations;
using SupportPlan.Model.Calendar;
using SupportPlan.Model.Collections;
using SupportPlan.Model.Conferences;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Needs;
using SupportPlan.Model.People;
using SupportPlan.Model.Plans;
using SupportPlan.Model.Sheets;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Recipients;

namespace SupportPlan.Rules.Tests.Decisions;

/// <summary>
/// A small hand-built plan (one of each kind of sheet) and helpers to build consent records and requests, shared by the
/// policy, decision and record tests.
/// </summary>
internal static class SamplePlans
{
    /// <summary>The date of provision used unless a test says otherwise (令和8年1月15日).</summary>
    public static readonly DateOnly Today = new(2026, 1, 15);

    /// <summary>A day before <see cref="Today"/> on which consents are decided.</summary>
    public static readonly DateOnly LastAutumn = new(2025, 10, 1);

    /// <summary>Items of the plan inside the default indispensable range.</summary>
    public static readonly string[] InRangeItems =
    [
        "header.schools", "needs.disability", "needs.non-attendance", "common.student.identity", "common.basic.strengths",
        "grade.enrollment", "grade.a.handover-notes", "grade.b.year-goal", "accommodations",
    ];

    /// <summary>Items of the plan outside the default indispensable range.</summary>
    public static readonly string[] OutOfRangeItems =
    [
        "common.basic.diagnosis", "common.basic.certificate", "common.guardians.contact", "common.family.developmental-history",
        "conference.agency-information", "common.basic.disability-type", "grade.staff",
    ];

    /// <summary>A junior-high school code of Hokkaido with the given establishment.</summary>
    public static SchoolCode Code(Establishment establishment, string schoolNumber = "1234567") =>
        SchoolCode.Create(SchoolType.JuniorHigh, Prefecture.FromNumber(1).Value, establishment, schoolNumber);

    /// <summary>A sending school of the given establishment.</summary>
    public static Sender SenderOf(Establishment establishment) =>
        Sender.FromSchoolCode(Code(establishment, "1000001"), establishment switch
        {
            Establishment.National => "国立大学法人北海道教育大学附属札幌中学校",
            Establishment.Private => "学校法人北星学園 北星中学校",
            _ => "札幌市立みなみ中学校",
        });

    /// <summary>A recipient of a kind, with a name (and a school code for schools).</summary>
    public static Recipient RecipientOf(RecipientKind kind) => kind switch
    {
        RecipientKind.PublicSchool => new Recipient { Kind = kind, Name = "札幌市立ひがし中学校", SchoolCode = Code(Establishment.Public, "2000002") },
        RecipientKind.NationalSchool => new Recipient { Kind = kind, Name = "国立大学法人附属中学校", SchoolCode = Code(Establishment.National, "2000003") },
        RecipientKind.PrivateSchool => new Recipient { Kind = kind, Name = "学校法人光陽学園 光陽中学校", SchoolCode = Code(Establishment.Private, "2000004"), Address = "北海道札幌市中央区北1条西1丁目" },
        RecipientKind.PrivateFacility => new Recipient { Kind = kind, Name = "フリースクール そらいろ", ConfidentialityDuty = true },
        _ => new Recipient { Kind = kind, Name = kind + " の提供先" },
    };

    /// <summary>A valid exception claim: reason, effort and harm assessment recorded.</summary>
    public static ExceptionClaim ValidClaim { get; } = new()
    {
        Reason = "転学後の支援を途切れさせないため、支援の継続に必要不可欠な範囲で提供する。",
        ConsentEffort = "電話3回、家庭訪問2回、文書1回で連絡を試みたが保護者と連絡が取れなかった。",
        HarmAssessed = true,
        RecordedBy = "教頭 山田 一郎",
    };

    /// <summary>
    /// A plan with a header, the three needs, a common sheet (identity, guardian with contact, strengths, disability type,
    /// diagnosis, certificate, developmental history), one grade sheet (enrolment, staff, sheet A handover notes, sheet B
    /// goal), one case conference (agency information, agreed items) and one accommodation.
    /// </summary>
    public static StudentSupportPlan Plan(params ConsentRecord[] consents) => new()
    {
        Id = new Guid("7d1c2a9e-0000-4000-8000-000000000001"),
        Header = new PlanHeader
        {
            Schools = [new SchoolHistoryEntry { Stage = SchoolStage.JuniorHigh, SchoolName = "札幌市立みなみ中学校", SchoolCode = Code(Establishment.Public, "1000001") }],
        },
        Needs = new SupportNeeds
        {
            Disability = new DisabilityNeed { Placement = EducationPlacement.ResourceRoom },
            NonAttendance = new NonAttendanceNeed { Background = "友人関係のトラブル後、欠席が続いた。" },
        },
        CommonSheet = new CommonSheet
        {
            Authorship = new Authorship { CreatedOn = new DateOnly(2025, 5, 1), CreatedBy = "特別支援教育コーディネーター 佐藤" },
            Student = new StudentIdentity { Name = new PersonName { Name = "北野 はると" }, Sex = Sex.Male, DateOfBirth = new DateOnly(2012, 6, 3) },
            Guardians =
            [
                new Guardian
                {
                    Name = new PersonName { Name = "北野 さくら" },
                    Relationship = "母",
                    Contact = new ContactDetails { Address = "北海道札幌市南区1-2-3", Email = "kitano@example.jp" },
                },
            ],
            BasicInformation = new BasicInformation
            {
                Strengths = "絵を描くことが得意で、手順が分かれば最後までやり遂げる。",
                Disability = new DisabilityInformation
                {
                    Categories = [DisabilityCategory.AutismEmotional],
                    Degree = "軽度",
                    Diagnoses = [new Diagnosis { Name = "自閉スペクトラム症", DiagnosedOn = new DateOnly(2019, 4, 10) }],
                    Certificates = [new DisabilityCertificate { Type = CertificateType.Ryoiku, Level = "B2" }],
                },
            },
            Family = new FamilyRelations { DevelopmentalHistory = "3歳児健診で言葉の遅れを指摘された。" },
        },
        GradeSheets =
        [
            new GradeSheet
            {
                SchoolYear = new SchoolYear(2025),
                Grade = Grade.JuniorHigh(2),
                Enrollment = new Enrollment { SchoolName = "札幌市立みなみ中学校", ClassName = "2年1組" },
                HomeroomTeacher = new PersonName { Name = "鈴木 次郎" },
                SheetA = new GradeSheetA
                {
                    Authorship = new Authorship { CreatedOn = new DateOnly(2025, 5, 1), CreatedBy = "2年1組担任 鈴木" },
                    HandoverNotes = "朝の声かけで登校しやすくなる。",
                },
                SheetB = new GradeSheetB
                {
                    Authorship = new Authorship { CreatedOn = new DateOnly(2025, 5, 1), CreatedBy = "2年1組担任 鈴木" },
                    YearGoal = "週3日以上登校する。",
                },
            },
        ],
        CaseConferences =
        [
            new CaseConferenceRecord
            {
                HeldOn = new DateOnly(2025, 9, 10),
                Authorship = new Authorship { CreatedOn = new DateOnly(2025, 9, 10), CreatedBy = "教育相談担当 高橋" },
                AgencyInformation = [new AgencyInformation { Source = "さっぽろ発達クリニック", Text = "服薬を開始した。", MedicalOrigin = true }],
                AgreedItems = "別室登校を続ける。",
            },
        ],
        Accommodations =
        [
            new ReasonableAccommodation
            {
                Viewpoint = AccommodationViewpoint.InformationCommunicationMaterials,
                Provision = "一日の予定を視覚的に示す。",
                AgreedOn = new DateOnly(2025, 6, 1),
            },
        ],
        Consents = [.. consents],
    };

    /// <summary>A consent record (granted unless said otherwise) for a recipient class and purpose.</summary>
    public static ConsentRecord Consent(string id, RecipientKind kind, DisclosurePurpose purpose, params string[] items) => new()
    {
        Id = id,
        Decision = ConsentDecision.Granted,
        Grantor = new ConsentGrantor { Kind = GrantorKind.Guardian, Name = "北野 さくら", Relationship = "母" },
        Recipient = new ConsentRecipient { Kind = kind },
        Purpose = purpose,
        Items = [.. items],
        DecidedOn = LastAutumn,
        Method = ConsentMethod.Written,
        ContentShown = true,
        PurposeExplained = true,
    };

    /// <summary>A granted handover consent for any public school.</summary>
    public static ConsentRecord Grant(string id, params string[] items) => Consent(id, RecipientKind.PublicSchool, DisclosurePurpose.Handover, items);

    /// <summary>A request from a sender of <paramref name="establishment"/>.</summary>
    public static DisclosureRequest Request(
        StudentSupportPlan plan,
        Establishment establishment,
        Recipient recipient,
        DisclosurePurpose purpose = DisclosurePurpose.Handover,
        ExceptionClaim? claim = null,
        DateOnly? date = null,
        ValueList<RecordedProcedure>? procedures = null) => new()
        {
            Plan = plan,
            Sender = SenderOf(establishment),
            Recipient = recipient,
            Purpose = purpose,
            Date = date ?? Today,
            Exception = claim,
            Procedures = procedures ?? [],
        };

    /// <summary>The report entry of an item (exactly one).</summary>
    public static ItemDecision Entry(this DisclosureResult result, string itemId) =>
        Assert.Single(result.Report.Entries, e => e.ItemId == itemId);

    /// <summary>The content entries (not structure) of the report.</summary>
    public static IEnumerable<ItemDecision> Content(this DisclosureResult result) =>
        result.Report.Entries.Where(e => e.Outcome != ItemOutcome.DisclosedAsStructure && !IsStructural(e.ItemId));

    private static bool IsStructural(string itemId) => Model.Classification.PlanItemCatalog.Find(itemId)?.Structural == true;
}
