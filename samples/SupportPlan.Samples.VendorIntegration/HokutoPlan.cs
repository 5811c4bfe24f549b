using SupportPlan.Model.Attendance;
using SupportPlan.Model.Calendar;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Needs;
using SupportPlan.Model.People;
using SupportPlan.Model.Plans;
using SupportPlan.Model.Sheets;
using SupportPlan.Rules.Recipients;

namespace SupportPlan.Samples.VendorIntegration;

/// <summary>
/// The plan a vendor's school system holds at a private junior high school in Sapporo: a third-year student who has
/// had trouble getting up and attending since the second year (non-attendance need), with a diagnosis from a clinic,
/// moving on to a private correspondence high school. The guardian agreed to hand over the sheets (naming the support
/// agencies, a special-care item a section does not cover) but not the diagnosis, which she will tell the high school
/// herself, nor the family's contact details. Fictional names, schools and numbers.
/// </summary>
internal static class HokutoPlan
{
    public const string SenderName = "学校法人北斗学園 北斗中学校";
    public const string SenderAddress = "北海道札幌市南区真駒内南町4丁目";
    public const string RecipientName = "学校法人札幌みらい学園 みらい高等学校";
    public const string RecipientAddress = "北海道札幌市白石区本通8丁目南";
    public const string ConsentId = "hokuto-2026-001";
    public const string Coordinator = "教育相談担当 森 由紀子";

    public static readonly Guid Id = new("8d6e2f41-3c5b-4a7e-9b21-5a1c0d7e2026");

    /// <summary>The day the student graduated from the junior high school.</summary>
    public static readonly DateOnly Graduated = new(2026, 3, 15);

    public static SchoolCode SenderCode { get; } = Code(SchoolType.JuniorHigh, Establishment.Private, "3020417");

    public static SchoolCode RecipientCode { get; } = Code(SchoolType.HighSchool, Establishment.Private, "3040566");

    public static Sender Sender { get; } = Sender.FromSchoolCode(SenderCode, SenderName) with { Address = SenderAddress };

    public static Recipient Recipient { get; } = new()
    {
        Kind = RecipientKind.PrivateSchool,
        Name = RecipientName,
        SchoolCode = RecipientCode,
        Address = RecipientAddress,
    };

    public static StudentSupportPlan Build()
    {
        var elementary = Code(SchoolType.Elementary, Establishment.Public, "2120478");
        var student = new PersonName { Name = "北村 葵", Reading = NameReading.Parse("きたむら あおい").Value };
        var mother = new PersonName { Name = "北村 理恵", Reading = NameReading.Parse("きたむら りえ").Value };

        return new StudentSupportPlan
        {
            Id = Id,
            Header = new PlanHeader
            {
                Schools =
                [
                    new SchoolHistoryEntry { Stage = SchoolStage.Elementary, SchoolName = "札幌市立もいわ小学校", SchoolCode = elementary, Status = EnrollmentStatus.Graduated, EnteredOn = D(2017, 4, 1), LeftOn = D(2023, 3, 17) },
                    new SchoolHistoryEntry { Stage = SchoolStage.JuniorHigh, SchoolName = SenderName, SchoolCode = SenderCode, Status = EnrollmentStatus.Graduated, EnteredOn = D(2023, 4, 1), LeftOn = Graduated },
                ],
            },
            Needs = new SupportNeeds
            {
                NonAttendance = new NonAttendanceNeed
                {
                    SupportStartedOn = D(2024, 5, 27),
                    Background = "中学2年の5月、学級替えの後から朝の体調不良で起きられない日が増え、欠席と遅刻が続いた。午後からの登校と相談室の利用で学習を続けた。",
                },
            },
            CommonSheet = new CommonSheet
            {
                Authorship = new Authorship
                {
                    CreatedOn = D(2024, 6, 7),
                    CreatedBy = Coordinator,
                    Appends = [new AppendRecord { On = D(2025, 4, 18), By = Coordinator, Note = "3年進級に伴い、午後登校の状況と進路希望を追記" }],
                },
                Student = new StudentIdentity { Name = student, Sex = Sex.Female, DateOfBirth = D(2010, 9, 2) },
                Guardians =
                [
                    new Guardian
                    {
                        Name = mother,
                        Relationship = "母",
                        Contact = new ContactDetails { Phone = PhoneNumber.Parse("011-582-7716").Value, Note = "平日は18時以降の連絡を希望" },
                    },
                ],
                AttendanceByGrade =
                [
                    Column(2023, Grade.JuniorHigh(1), required: 200, absent: 4, late: 3),
                    Column(2024, Grade.JuniorHigh(2), required: 201, absent: 68, late: 41),
                    Column(2025, Grade.JuniorHigh(3), required: 199, absent: 31, late: 57),
                ],
                BasicInformation = new BasicInformation
                {
                    Strengths = "文章を書くことが得意で、校内の作文コンクールで入賞した。興味のあることは自分で調べて深める。午後は集中して学習できる。",
                    Assessments =
                    [
                        new Assessment { Date = D(2024, 6, 14), Instrument = "スクールカウンセラー面談", Assessor = "スクールカウンセラー", Summary = "朝の不調への不安と、遅れて教室に入ることへの抵抗感が強い。学習意欲は保たれている。" },
                        new Assessment { Date = D(2025, 11, 7), Instrument = "スクールカウンセラー面談", Assessor = "スクールカウンセラー", Summary = "自分の体調に合わせた学び方を選べる高校を希望し、見学にも自分で申し込んだ。" },
                    ],
                    HomeSituation = "母と2人暮らし。朝は母の出勤前に声をかけてもらい、起きられた日は自分で登校している。",
                    Disability = new DisabilityInformation
                    {
                        Diagnoses = [new Diagnosis { Name = "起立性調節障害", DiagnosedOn = D(2024, 7, 12), DiagnosedBy = "まこまない こどもクリニック" }],
                    },
                },
                Remarks = "取扱注意。進学先への引継ぎは保護者の同意の範囲で行う（2026年2月20日 同意書受領）。",
            },
            GradeSheets =
            [
                new GradeSheet
                {
                    SchoolYear = new SchoolYear(2024),
                    Grade = Grade.JuniorHigh(2),
                    Enrollment = new Enrollment { SchoolName = SenderName, SchoolCode = SenderCode, ClassName = "2年B組" },
                    HomeroomTeacher = new PersonName { Name = "佐藤 健太" },
                    SheetA = new GradeSheetA
                    {
                        Authorship = new Authorship { CreatedOn = D(2024, 6, 7), CreatedBy = "2年B組担任 佐藤 健太" },
                        SupportAgencies =
                        [
                            new SupportAgencyEntry { Row = SupportRow.OwnSchool, MainSupport = "午後登校の受け入れ、相談室での学習支援、スクールカウンセラー面談（月2回）", AgencyName = SenderName, PersonInCharge = "担任 佐藤、教育相談担当 森" },
                            new SupportAgencyEntry { Row = SupportRow.Home, MainSupport = "朝の声かけ、生活リズムの記録", AgencyName = "家庭", PersonInCharge = "母" },
                        ],
                        AbsenceReasons = "朝の体調不良で起きられず、欠席と遅刻が増えた。登校できた日は午後の授業に参加している。",
                        HandoverNotes = "・午後からの登校を認め、遅れて入室するときは後方の扉から席に着けるようにしている。\n・課題は提出日に幅をもたせると出せる。",
                    },
                    SheetB = new GradeSheetB
                    {
                        Authorship = new Authorship { CreatedOn = D(2024, 6, 14), CreatedBy = "2年B組担任 佐藤 健太" },
                        Student = new SituationAndHopes { CurrentSituation = "「朝がつらい。でも勉強は続けたい。」", Hopes = "「午後だけでも学校に来たい。」" },
                        Guardian = new SituationAndHopes { Hopes = "「体調に合わせて無理なく通えるようにしてほしい。」" },
                        YearGoal = "体調に合わせた登校の形を見つけ、学習を続ける。",
                    },
                },
                new GradeSheet
                {
                    SchoolYear = new SchoolYear(2025),
                    Grade = Grade.JuniorHigh(3),
                    Enrollment = new Enrollment { SchoolName = SenderName, SchoolCode = SenderCode, ClassName = "3年A組" },
                    HomeroomTeacher = new PersonName { Name = "高橋 美咲" },
                    SheetA = new GradeSheetA
                    {
                        Authorship = new Authorship { CreatedOn = D(2025, 4, 18), CreatedBy = "3年A組担任 高橋 美咲" },
                        SupportAgencies =
                        [
                            new SupportAgencyEntry { Row = SupportRow.OwnSchool, MainSupport = "午後登校と相談室での学習支援、進路面談", AgencyName = SenderName, PersonInCharge = "担任 高橋、教育相談担当 森" },
                        ],
                        AbsenceReasons = "朝の体調不良は続いているが、2学期以降は午後の登校がほぼ毎日できている。",
                        HandoverNotes = "・午後の授業から参加する日が多い。朝の遅刻を責めず、来られたことを認める声かけが有効だった。\n・レポートや作文で力を発揮する。発表は事前に予告すると取り組める。\n・本人は登校時間を選べる通信制の課程を自分で選んだ。",
                    },
                    SheetB = new GradeSheetB
                    {
                        Authorship = new Authorship { CreatedOn = D(2025, 4, 25), CreatedBy = "3年A組担任 高橋 美咲" },
                        Student = new SituationAndHopes { CurrentSituation = "「午後なら集中できる。」", Hopes = "「自分のペースで通える高校で、文章を書く勉強を続けたい。」" },
                        Guardian = new SituationAndHopes { Hopes = "「本人が選んだ進路を応援したい。」" },
                        YearGoal = "自分に合った進路を選び、卒業まで午後の登校を続ける。",
                        TermPlans =
                        [
                            new TermPlan { Term = Term.First, School = new GoalSupportEvaluation { Goal = "進路について情報を集める。", Support = "通信制・単位制の高校の資料を用意し、面談で一緒に比べる。", Evaluation = "3校の資料を読み比べ、2校の見学を決めた。" } },
                            new TermPlan { Term = Term.Second, School = new GoalSupportEvaluation { Goal = "見学と出願の準備を自分で進める。", Support = "見学の日程調整を手伝い、出願書類の作成を支援する。", Evaluation = "見学に自分で申し込み、出願先を決めた。" } },
                            new TermPlan { Term = Term.Third, School = new GoalSupportEvaluation { Goal = "卒業と進学に向けて生活リズムを整える。", Support = "進学先との引継ぎを保護者の同意の範囲で行う。", Evaluation = "合格。卒業式に出席できた。" } },
                        ],
                    },
                },
            ],
            Consents =
            [
                new ConsentRecord
                {
                    Id = ConsentId,
                    Decision = ConsentDecision.Granted,
                    Grantor = new ConsentGrantor { Kind = GrantorKind.Guardian, Name = mother.Name, Relationship = "母" },
                    Recipient = new ConsentRecipient { Kind = RecipientKind.PrivateSchool, Name = RecipientName, SchoolCode = RecipientCode },
                    Purpose = DisclosurePurpose.Handover,
                    Items = ["header.schools", "needs.non-attendance", "common.student.identity", "common.attendance-by-grade", "common.basic.strengths", "common.basic.assessments", "grade-sheet", "grade-sheet-a", "grade-sheet-b", "grade.a.support-agencies"],
                    DecidedOn = D(2026, 2, 20),
                    ValidUntil = D(2026, 6, 30),
                    Method = ConsentMethod.Written,
                    ContentShown = true,
                    PurposeExplained = true,
                    RecordedBy = Coordinator,
                    Note = "診断名は入学前の面談で保護者から高校に直接伝える。",
                },
            ],
        };
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static SchoolCode Code(SchoolType type, Establishment establishment, string number) =>
        SchoolCode.Create(type, Prefecture.FromNumber(1).Value, establishment, number);

    private static GradeAttendance Column(int year, Grade grade, int required, int absent, int late) => new()
    {
        SchoolYear = new SchoolYear(year),
        Grade = grade,
        RequiredDays = required,
        AttendedDays = required - absent,
        AbsentDays = absent,
        LateCount = late,
    };
}
