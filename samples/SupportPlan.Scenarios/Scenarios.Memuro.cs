using System.Text.Json;
using SupportPlan.Model.Accommodations;
using SupportPlan.Model.Classification;
using SupportPlan.Model.Collections;
using SupportPlan.Model.Conferences;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Extensions;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Needs;
using SupportPlan.Model.People;
using SupportPlan.Model.Plans;
using SupportPlan.Model.Sheets;
using static SupportPlan.Scenarios.Parts;

namespace SupportPlan.Scenarios;

public static partial class Scenarios
{
    private const string MemuroSubmission = """
        {
          "submissionYear": 2026,
          "form": "芽室町個別の教育支援計画（幼児版）",
          "submittedTo": "芽室町子育て支援課・教育推進課",
          "dueDate": "2027-02-26",
          "evaluationIncluded": true,
          "teachingPlanEvaluations": ["前期", "後期"],
          "bridgeConference": { "name": "保育と教育の架け橋を創るカンファレンス", "months": [10, 2] },
          "regionalCoordinator": "子育て支援課 地域コーディネーター",
          "caseConferences": { "purpose": "個別の教育支援計画作成", "count": 4 },
          "supportFile": "相談支援ファイル（すくすくファイル）あり",
          "services": ["児童発達支援（週2回）", "保育所等訪問支援（月1回）"]
        }
        """;

    /// <summary>
    /// Memuro town (seed 001): a four-year-old (年中) at a kindergarten; four case conferences with the guardian, the class
    /// teacher, the additional teacher, the consultation support specialist, therapy staff and the regional coordinator make
    /// the individualized education support plan, which the town collects once a year with its evaluation. Disability need
    /// (preschool, judged by the kindergarten's committee without a diagnosis); a regional extension holds the town's
    /// submission items. School years 2025–2026 (年少–年中).
    /// </summary>
    /// <returns>The plan.</returns>
    public static StudentSupportPlan Memuro()
    {
        var kindergarten = Code(SchoolType.Kindergarten, 1, "6410052");
        const string KindergartenName = "芽室町立みどりの幼稚園";
        const string Coordinator = "特別支援教育コーディネーター 岩田 紗希";
        const string ClassTeacher = "ひまわり組担任 木下 遥";
        const string Therapy = "芽室町発達支援センター";
        const string Consultation = "相談支援事業所 こもれび";
        const string Town = "芽室町子育て支援課";
        var mother = Person("高橋 沙織", "たかはし さおり");

        var y2025 = Year(2025);
        var y2026 = Year(2026);
        var nensho = Months(
            y2025,
            Pre(1),
            required: [14, 18, 21, 15, 6, 20, 21, 18, 16, 10, 18, 13],
            absent: [1, 2, 3, 1, 0, 2, 1, 4, 2, 3, 2, 1],
            late: [2, 1, 1, 0, 0, 1, 0, 1, 0, 1, 0, 0],
            earlyLeave: [3, 2, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0]);
        var nenchu = Months(
            y2026,
            Pre(2),
            required: [15, 18, 22, 15, 6, 19, 21],
            absent: [1, 1, 2, 1, 0, 1, 2],
            late: [1, 0, 1, 0, 0, 0, 1],
            earlyLeave: [2, 2, 2, 2, 1, 2, 2]);

        Participant[] members =
        [
            new(ParticipantRole.Guardian, "高橋 沙織", "母", null),
            new(ParticipantRole.SchoolStaff, "木下 遥", "クラス担任", KindergartenName),
            new(ParticipantRole.SchoolStaff, "長尾 美咲", "障がい児加配担任", KindergartenName),
            new(ParticipantRole.Agency, "松井 隆", "相談支援専門員", Consultation),
            new(ParticipantRole.Agency, "平野 さやか", "児童発達療育担当（言語聴覚士）", Therapy),
            new(ParticipantRole.Agency, "西田 修一", "地域コーディネーター", Town),
        ];
        var participants = members.Select(m => Who(m.Role, m.Name, m.Title, m.Organization)).ToValueList();

        return new StudentSupportPlan
        {
            Id = new Guid("3b0f6c1e-5a2d-4c8e-9f10-000000000004"),
            Header = new PlanHeader
            {
                ClassificationNumber = "芽室-幼-2026-012",
                Schools =
                [
                    new SchoolHistoryEntry { Stage = SchoolStage.Preschool, SchoolName = KindergartenName, SchoolCode = kindergarten, Status = EnrollmentStatus.Enrolled, EnteredOn = D(2025, 4, 1) },
                ],
            },
            Needs = new SupportNeeds
            {
                Disability = new DisabilityNeed { Placement = EducationPlacement.Preschool, Basis = DisabilityBasis.SchoolCommitteeJudgement },
            },
            CommonSheet = new CommonSheet
            {
                Authorship = Authored(
                    D(2026, 5, 14),
                    Coordinator,
                    (D(2026, 6, 25), Coordinator, "第2回ケース会議の内容を追記"),
                    (D(2026, 8, 27), Coordinator, "発達検査の結果を追記"),
                    (D(2026, 10, 22), Coordinator, "第4回ケース会議で計画を確定")),
                Student = new StudentIdentity { Name = Person("高橋 湊", "たかはし みなと"), Sex = Sex.Male, DateOfBirth = D(2021, 7, 9) },
                Guardians =
                [
                    new Guardian { Name = mother, Relationship = "母", Contact = new ContactDetails { Phone = Tel("0155-62-7719"), Note = "平日14時以降" } },
                    new Guardian { Name = Person("高橋 翔太", "たかはし しょうた"), Relationship = "父", Contact = new ContactDetails { Phone = Tel("0155-62-7719") } },
                ],
                BasicInformation = new BasicInformation
                {
                    Strengths = "電車や車が大好きで、名前をたくさん覚えている。ブロック遊びに長い時間集中できる。大人とのやり取りでは、好きな話題ならうれしそうに話す。",
                    Assessments =
                    [
                        new Assessment { Date = D(2024, 10, 17), Instrument = "3歳児健康診査", Assessor = "芽室町保健師", Summary = "二語文が少なく、言葉の遅れの疑いで経過観察。発達支援センターを紹介。" },
                        new Assessment { Date = D(2025, 11, 20), Instrument = "新版K式発達検査2020", Assessor = "発達心理相談員", Summary = "全領域DQ 84（姿勢・運動 92、認知・適応 90、言語・社会 75）。言葉の理解に比べて表出が少ない。" },
                        new Assessment { Date = D(2026, 8, 20), Instrument = "新版K式発達検査2020", Assessor = "発達心理相談員", Summary = "全領域DQ 87（言語・社会 80）。三語文が出てきた。集団での一斉指示の理解は個別の声かけがあると向上する。" },
                    ],
                    HomeSituation = "家では妹とよく遊ぶ。思いどおりにならないと泣いて床に寝転ぶことがあるが、タイマーで見通しを示すと切り替えられることが増えた。",
                    Disability = new DisabilityInformation
                    {
                        Categories = [DisabilityCategory.SpeechLanguage],
                        Degree = "診断なし。園内委員会で、言葉の発達と集団参加に支援が必要と判断（2026年5月）。",
                    },
                    Notes = "児童発達支援（週2回、発達支援センター）、保育所等訪問支援（月1回）を利用。",
                },
                Family = new FamilyRelations
                {
                    DevelopmentalHistory = "在胎38週、2,980gで出生。始歩1歳2か月。初語1歳8か月。1歳6か月児健診では指摘なし。3歳児健診で言葉の遅れの疑い。",
                    Circumstances = "父は町内の農業法人に勤務、母は育児休業後に短時間勤務。近くに住む祖母が送迎を手伝う。",
                    ChangesSinceCreation =
                    [
                        new DatedNote { Date = D(2026, 7, 1), Text = "母が短時間勤務で職場に復帰した。降園後は祖母が見ている日がある。" },
                    ],
                    FamilyComposition = "父、母、本人、妹（1歳）",
                },
                Remarks = "芽室町の様式に基づき、年1回、評価を入れて町に提出する。個別の指導計画（前期・後期）は別に作成している。",
            },
            GradeSheets =
            [
                new GradeSheet
                {
                    SchoolYear = y2025,
                    Grade = Pre(1),
                    Enrollment = new Enrollment { SchoolName = KindergartenName, SchoolCode = kindergarten, ClassName = "年少 たんぽぽ組" },
                    HomeroomTeacher = Person("佐野 明日香", "さの あすか"),
                    Administrator = "園長 武田 康子",
                    SheetA = new GradeSheetA
                    {
                        Authorship = Authored(D(2025, 10, 3), "たんぽぽ組担任 佐野 明日香", (D(2026, 3, 19), "たんぽぽ組担任 佐野 明日香", "年度末の集計")),
                        SupportAgencies =
                        [
                            Agency(SupportRow.OwnSchool, "担任による個別の声かけ、絵カードでの見通し", KindergartenName, "0155-62-4051", "担任 佐野"),
                            Agency(SupportRow.Home, "家庭での絵本の読み聞かせ、タイマーの活用", "家庭", null, "母"),
                            Agency(SupportRow.Welfare, "児童発達支援の利用相談", Town, "0155-62-9733", "地域コーディネーター 西田"),
                            Agency(SupportRow.Medical, "言葉の発達についての相談", Therapy, "0155-62-3159", "言語聴覚士 平野"),
                        ],
                        MonthlyAttendance = nensho.Months,
                        AbsenceReasons = "欠席は発熱や感冒による。入園当初は疲れて早退する日があった。",
                        HandoverNotes = "・朝の支度は絵カードの手順表があると一人でできる。\n・集まりでは担任の近くに座ると話を聞ける。\n・大きな音（運動会のピストル等）が苦手。事前に伝えておく。",
                    },
                    SheetB = new GradeSheetB
                    {
                        Authorship = Authored(D(2025, 10, 3), "たんぽぽ組担任 佐野 明日香", (D(2026, 3, 19), "たんぽぽ組担任 佐野 明日香", "後期の評価")),
                        TermSystem = TermSystem.TwoTerms,
                        Guardian = new SituationAndHopes
                        {
                            CurrentSituation = "「言葉が出るのがゆっくりで、伝わらないと泣いてしまう。」",
                            Hopes = "「友達と一緒に遊べるようになってほしい。」",
                        },
                        YearGoal = "園の生活の流れに慣れ、自分の気持ちを身振りや言葉で伝える。",
                        TermPlans =
                        [
                            TermOf(Term.FirstHalf, "園の生活の流れに慣れる。", "絵カードで一日の流れを示す。", "6月頃から朝の支度を一人でできるようになった。", null, null, null),
                            TermOf(Term.SecondHalf, "「かして」「いれて」を身振りや言葉で伝える。", "担任が場面に合った言葉を短く添えて示す。", "「かして」を言葉で伝えられる場面が増えた。", "言葉の発達を促す。", "発達支援センターでの個別の言語療育（週1回）。", "二語文が増えた。"),
                        ],
                    },
                },
                new GradeSheet
                {
                    SchoolYear = y2026,
                    Grade = Pre(2),
                    Enrollment = new Enrollment { SchoolName = KindergartenName, SchoolCode = kindergarten, ClassName = "年中 ひまわり組" },
                    HomeroomTeacher = Person("木下 遥", "きのした はるか"),
                    Administrator = "園長 武田 康子",
                    SheetA = new GradeSheetA
                    {
                        Authorship = Authored(D(2026, 5, 14), ClassTeacher, (D(2026, 11, 5), ClassTeacher, "10月分までの出欠を記録")),
                        SupportAgencies =
                        [
                            Agency(SupportRow.OwnSchool, "クラス担任と障がい児加配担任による個別の支援、視覚的な手がかりの活用", KindergartenName, "0155-62-4051", "担任 木下、加配担任 長尾"),
                            Agency(SupportRow.Home, "家庭でのタイマーと絵カードの活用、療育への送迎", "家庭", null, "母・祖母"),
                            Agency(SupportRow.Welfare, "障害児支援利用計画の作成、サービス調整", Consultation, "0155-61-2240", "相談支援専門員 松井"),
                            Agency(SupportRow.Medical, "児童発達支援（週2回）、保育所等訪問支援（月1回）", Therapy, "0155-62-3159", "言語聴覚士 平野"),
                            Agency(SupportRow.Other, "ケース会議の調整、就学に向けた相談", Town, "0155-62-9733", "地域コーディネーター 西田"),
                        ],
                        MonthlyAttendance = nenchu.Months,
                        AbsenceReasons = "欠席は体調不良による。早退は耳鼻科への通院による。児童発達支援は降園後に利用している。",
                        HandoverNotes = "・加配担任が一斉指示の後に短い言葉で個別に伝えると行動できる。\n・活動の終わりはタイマーで示すと切り替えられる。",
                    },
                    SheetB = new GradeSheetB
                    {
                        Authorship = Authored(D(2026, 5, 14), Coordinator, (D(2026, 10, 22), Coordinator, "前期の評価と後期の計画")),
                        TermSystem = TermSystem.TwoTerms,
                        Student = new SituationAndHopes
                        {
                            CurrentSituation = "（担任が聞き取り）「でんしゃ すき。ブロック する。」",
                            Hopes = "（担任が聞き取り）「はやく ねんちょうさん なりたい。」",
                        },
                        Guardian = new SituationAndHopes
                        {
                            CurrentSituation = "「家では言葉が増えてきた。園で友達とどう過ごしているか知りたい。」",
                            Hopes = "「小学校に上がるまでに、困ったときに『助けて』と言えるようになってほしい。」",
                        },
                        YearGoal = "友達と一緒に遊ぶ楽しさを感じ、困ったときに大人に伝える。",
                        TermPlans =
                        [
                            TermOf(Term.FirstHalf, "好きな遊びを通して友達と関わる。", "加配担任が電車遊びに友達を誘い、やり取りの言葉を添える。", "友達2人と電車ごっこを続けて遊べる日が増えた。", "言葉で要求を伝える。", "発達支援センターで言語療育（週2回）。保育所等訪問支援で園での関わり方を助言。", "「かして」「まって」を自分から言えるようになった。"),
                            TermOf(Term.SecondHalf, "困ったときに「助けて」「やって」と伝える。", "困っている場面で言葉のモデルを示し、伝えられたらすぐに応じる。", null, "就学に向けた見通しをもつ。", "地域コーディネーターが就学相談の流れを保護者に説明する。", null),
                        ],
                    },
                },
            ],
            CaseConferences =
            [
                MemuroConference(1, D(2026, 5, 14), participants, Coordinator,
                    "個別の教育支援計画作成（第1回）：本人の様子と保護者の願いの共有",
                    null,
                    "「言葉がゆっくりなのが心配。園でどんな支援をしてもらえるのか知りたい。」",
                    [new AgencyInformation { Source = Therapy, Text = "個別の言語療育では二語文で要求を伝えられる。集団場面では発語が減る。", MedicalOrigin = true }],
                    [Role("実態の把握", "クラス担任・加配担任", "園での行動観察を記録する", D(2026, 6, 19), "記録を第2回で共有", D(2026, 6, 25))],
                    "園内委員会の判断を保護者に説明し、個別の教育支援計画を作成することに同意を得た。"),
                MemuroConference(2, D(2026, 6, 25), participants, Coordinator,
                    "個別の教育支援計画作成（第2回）：目標と支援内容の検討",
                    null,
                    "「家でもタイマーを使ってみたら、泣く時間が短くなった。」",
                    [new AgencyInformation { Source = Consultation, Text = "保育所等訪問支援を月1回に増やすよう障害児支援利用計画を変更する。" }],
                    [
                        Role("友達との関わり", "加配担任", "電車遊びに友達を誘う", D(2026, 9, 30), "友達2人と遊べる日が増えた", D(2026, 10, 22)),
                        Role("言葉での要求", "発達支援センター", "言語療育と訪問支援で関わり方を助言", D(2026, 9, 30), "「かして」「まって」を使えた", D(2026, 10, 22)),
                    ],
                    "前期の目標と支援内容を確定した。家庭・園・療育で同じ絵カードを使う。"),
                MemuroConference(3, D(2026, 8, 27), participants, Coordinator,
                    "個別の教育支援計画作成（第3回）：発達検査の結果の共有",
                    null,
                    "「検査の結果を聞いて少し安心した。小学校のことも少しずつ知りたい。」",
                    [new AgencyInformation { Source = "芽室町 発達心理相談員", Text = "新版K式発達検査（8月20日）の結果、言語・社会領域が伸びている。", MedicalOrigin = true }],
                    [Role("就学への見通し", "地域コーディネーター", "就学相談の流れと「架け橋カンファレンス」（10月）の説明", D(2026, 10, 9), "母に説明し、10月の参加を確認", D(2026, 9, 10))],
                    "検査結果を共通シートのアセスメントに記録することに保護者が同意した。"),
                MemuroConference(4, D(2026, 10, 22), participants, Coordinator,
                    "個別の教育支援計画作成（第4回）：前期の評価と計画の確定、町への提出の確認",
                    "（担任が事前に聞き取り）「ひまわりぐみ たのしい。」",
                    "「園と療育で同じやり方をしてもらえて、家でもやりやすい。町に出すことも了解した。」",
                    [],
                    [Role("困ったときに伝える", "クラス担任・加配担任", "「助けて」「やって」を言葉で伝える", D(2027, 3, 19))],
                    "前期の評価を記入し計画を確定した。評価を入れた計画を年度内に町へ提出することに保護者が同意した。次回は年長進級前の2月に開催する。"),
            ],
            Consents =
            [
                new ConsentRecord
                {
                    Id = "memuro-2026-001",
                    Decision = ConsentDecision.Granted,
                    Grantor = new ConsentGrantor { Kind = GrantorKind.Guardian, Name = mother.Name, Relationship = "母" },
                    Recipient = new ConsentRecipient { Kind = RecipientKind.Board, Name = "芽室町（子育て支援課・教育推進課）" },
                    Purpose = DisclosurePurpose.MunicipalSubmission,
                    Items = ["common-sheet", "grade-sheet-b", "case-conference", "needs.disability", "common.basic.disability-type", "common.basic.assessments", "extensions"],
                    DecidedOn = D(2026, 10, 22),
                    ValidUntil = D(2027, 3, 31),
                    Method = ConsentMethod.Written,
                    ContentShown = true,
                    PurposeExplained = true,
                    RecordedBy = Coordinator,
                    Note = "芽室町の要綱に基づく年1回の提出（評価を含む）。",
                },
            ],
            Extensions =
            [
                new RegionalExtension
                {
                    Namespace = "jp.hokkaido.memuro",
                    Version = "2025",
                    Label = "芽室町 年次提出項目",
                    DataClass = DataClass.SupportContent,
                    Data = JsonDocument.Parse(MemuroSubmission).RootElement.Clone(),
                },
            ],
        };
    }

    private static CaseConferenceRecord MemuroConference(
        int number,
        DateOnly heldOn,
        ValueList<ConferenceParticipant> participants,
        string recorder,
        string purpose,
        string? studentIntentions,
        string guardianIntentions,
        AgencyInformation[] agencyInformation,
        RoleAssignment[] support,
        string agreed) =>
        new()
        {
            HeldOn = heldOn,
            Authorship = Authored(heldOn, recorder),
            RecorderRole = "特別支援教育コーディネーター",
            Purpose = purpose,
            Grade = Pre(2),
            ClassName = "年中 ひまわり組",
            Participants = participants,
            StudentIntentions = studentIntentions,
            GuardianIntentions = guardianIntentions,
            AgencyInformation = [.. agencyInformation],
            SupportStatus = [.. support],
            AgreedItems = agreed,
            SpecialNotes = $"開催回数 {number}/4（メンバー：保護者、クラス担任、障がい児加配担任、相談支援専門員、児童発達療育担当、地域CO）",
        };

    private sealed record Participant(ParticipantRole Role, string Name, string Title, string? Organization);
}
