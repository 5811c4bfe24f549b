using SupportPlan.Model.Attendance;
using SupportPlan.Model.Conferences;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Needs;
using SupportPlan.Model.People;
using SupportPlan.Model.Plans;
using SupportPlan.Model.Sheets;
using static SupportPlan.Scenarios.Parts;

namespace SupportPlan.Scenarios;

public static partial class Scenarios
{
    /// <summary>
    /// Nemuro city (seed 004): a junior-high student who fell out with friends over social media soon after entering
    /// junior high and stopped attending; the school, the family, the education support centre (with online two-way
    /// lessons on tablets), the welfare office counselling room and the public health centre shared information and the
    /// student returned to school. Non-attendance need; school years 2023–2026 (小5–中2).
    /// </summary>
    /// <returns>The plan.</returns>
    public static StudentSupportPlan Nemuro()
    {
        var elementary = Code(SchoolType.Elementary, 1, "2230415");
        var juniorHigh = Code(SchoolType.JuniorHigh, 1, "2230518");
        const string ElementaryName = "根室市立岬町小学校";
        const string JuniorHighName = "根室市立はまなす中学校";
        const string Centre = "根室市教育支援センター「あおぞら」";
        const string Welfare = "根室市福祉課 家庭児童相談室";
        const string HealthCentre = "北海道根室保健所";
        const string Coordinator = "生徒指導主事 工藤 誠";
        const string Teacher1 = "1年2組担任 佐々木 亮";
        const string Teacher2 = "2年1組担任 松本 里香";

        var y2025 = Year(2025);
        var y2026 = Year(2026);

        // 中1 (2025): absences begin in mid-June; the education support centre from September; a separate room from January.
        var june = "PPPPPPPPLPLPAAAAAAAAA";
        var first = Months(
            y2025,
            Jh(1),
            required: [17, 19, 21, 16, 8, 21, 22, 18, 18, 12, 18, 15],
            absent: [0, 1, 9, 16, 8, 21, 20, 17, 16, 10, 8, 5],
            separateRoom: [0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 6, 5],
            late: [0, 1, 2, 0, 0, 0, 0, 0, 1, 1, 2, 1],
            earlyLeave: [0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 3, 2],
            countedAsAttended: [0, 0, 0, 0, 0, 9, 16, 16, 15, 9, 6, 3],
            supportCentre: [0, 0, 0, 0, 0, 6, 10, 11, 9, 6, 4, 2],
            welfare: [0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 1, 0],
            health: [0, 0, 0, 1, 0, 1, 0, 1, 0, 0, 0, 0],
            ict: [0, 0, 0, 0, 0, 3, 6, 5, 6, 3, 2, 1]);

        // 中2 (2026): months to October (the plan is kept up to date each month).
        var second = Months(
            y2026,
            Jh(2),
            required: [16, 18, 22, 16, 8, 20, 21],
            absent: [3, 2, 1, 2, 0, 1, 2],
            separateRoom: [6, 4, 2, 1, 0, 0, 0],
            late: [2, 1, 1, 0, 0, 1, 0],
            earlyLeave: [1, 1, 0, 0, 0, 0, 1],
            countedAsAttended: [2, 1, 0, 1, 0, 0, 1],
            supportCentre: [1, 1, 0, 0, 0, 0, 0],
            ict: [1, 0, 0, 1, 0, 0, 1]);

        var student = Person("浜田 陽菜", "はまだ ひな");
        var mother = Person("浜田 真由美", "はまだ まゆみ");

        return new StudentSupportPlan
        {
            Id = new Guid("3b0f6c1e-5a2d-4c8e-9f10-000000000001"),
            Header = new PlanHeader
            {
                ClassificationNumber = "根室-中-2025-014",
                Schools =
                [
                    new SchoolHistoryEntry { Stage = SchoolStage.Elementary, SchoolName = ElementaryName, SchoolCode = elementary, Status = EnrollmentStatus.Graduated, EnteredOn = D(2019, 4, 1), LeftOn = D(2025, 3, 19) },
                    new SchoolHistoryEntry { Stage = SchoolStage.JuniorHigh, SchoolName = JuniorHighName, SchoolCode = juniorHigh, Status = EnrollmentStatus.Enrolled, EnteredOn = D(2025, 4, 1) },
                ],
            },
            Needs = new SupportNeeds
            {
                NonAttendance = new NonAttendanceNeed
                {
                    SupportStartedOn = D(2025, 6, 20),
                    Background = "中学校進学後の2025年6月、無料通信アプリのグループでのやり取りをきっかけに、同じ小学校出身の友人との関係がこじれた。6月18日から欠席が続き、7月以降はほぼ登校できない状態となった。",
                },
            },
            CommonSheet = new CommonSheet
            {
                Authorship = Authored(
                    D(2025, 7, 4),
                    Coordinator,
                    (D(2025, 9, 12), Coordinator, "教育支援センター通室開始とオンライン学習の状況を追記"),
                    (D(2026, 1, 23), Coordinator, "別室登校の開始を追記"),
                    (D(2026, 4, 15), "2年1組担任 松本 里香", "進級に伴い学級編成の配慮と引継ぎ事項を追記")),
                Student = new StudentIdentity { Name = student, Sex = Sex.Female, DateOfBirth = D(2012, 8, 17) },
                Guardians =
                [
                    new Guardian
                    {
                        Name = mother,
                        Relationship = "母",
                        Contact = new ContactDetails { Phone = Tel("0153-24-6618"), Address = "根室市岬町3丁目（詳細は学籍簿による）", Note = "平日は17時以降、携帯電話への連絡を希望" },
                    },
                    new Guardian
                    {
                        Name = Person("浜田 健一", "はまだ けんいち"),
                        Relationship = "父",
                        Contact = new ContactDetails { Note = "漁船に乗り組み、出漁期（4月〜11月）は不在が多い。連絡は母を通じて" },
                    },
                ],
                AttendanceByGrade =
                [
                    Column(Year(2023), Elem(5), 203, 3, late: 1),
                    Column(Year(2024), Elem(6), 202, 7, late: 4, earlyLeave: 1),
                    first.Column,
                    second.Column,
                ],
                BasicInformation = new BasicInformation
                {
                    Strengths = "絵を描くことが得意で、教育支援センターのイベントでポスターを担当した。タブレットの操作に慣れており、調べ学習をまとめる力がある。年下の子に優しく接することができる。",
                    Assessments =
                    [
                        new Assessment { Date = D(2025, 7, 10), Instrument = "スクールカウンセラー面談", Assessor = "スクールカウンセラー", Summary = "友人関係の不安が強く、学校を思い浮かべると腹痛が出る。睡眠は午前2時頃に入眠し昼前に起床。家では落ち着いて過ごせている。" },
                        new Assessment { Date = D(2025, 11, 14), Instrument = "学校生活に関するアンケート（Q-U）", Assessor = "学級担任", Summary = "学級生活満足群には入らないが、被侵害得点は7月より低下。教育支援センターでの交流を肯定的に捉えている。" },
                        new Assessment { Date = D(2026, 6, 5), Instrument = "スクールカウンセラー面談", Assessor = "スクールカウンセラー", Summary = "新しい学級で話せる友人が2人できた。疲れると朝起きにくくなるが、自分で相談室に行くと決められている。" },
                    ],
                    HomeSituation = "母と弟の3人で過ごすことが多い。父は出漁期に不在。欠席中も夕食の手伝いや弟の世話をしていた。SNSは夜21時以降は母に預けるルールを家族で決めた（2025年8月）。",
                    Notes = "いじめの疑いとして学校いじめ対策組織で事実確認を行い、関係生徒への指導と双方の保護者への説明を2025年7月に終えている。詳細は生徒指導記録による。",
                },
                Family = new FamilyRelations
                {
                    DevelopmentalHistory = "乳幼児健診で指摘事項なし。小学校では欠席が少なく、小6の2学期に友人関係で悩んで数日休んだことがある。",
                    Circumstances = "父は漁業に従事し、4月から11月は不在が多い。母はパートタイムで水産加工場に勤務（朝が早い）。祖母が市内に住み、母の勤務日は祖母が様子を見に来る。",
                    ChangesSinceCreation =
                    [
                        new DatedNote { Date = D(2025, 8, 20), Text = "母が勤務時間を午前中のみに変更し、朝の送迎ができるようになった。" },
                        new DatedNote { Date = D(2026, 2, 2), Text = "祖母が体調を崩し入院。母の負担が増えたため、福祉課相談室が面談の頻度を月2回に増やした。" },
                        new DatedNote { Date = D(2026, 5, 8), Text = "祖母が退院し、自宅で生活している。" },
                    ],
                    FamilyComposition = "父、母、本人、弟（小3）",
                },
                Remarks = "取扱注意。本シートは本人を評価するためのものではないこと、進学先への引継ぎは保護者の同意を得て行うことを保護者に説明済み（2025年7月18日）。",
            },
            GradeSheets =
            [
                new GradeSheet
                {
                    SchoolYear = y2025,
                    Grade = Jh(1),
                    Enrollment = new Enrollment { SchoolName = JuniorHighName, SchoolCode = juniorHigh, ClassName = "1年2組" },
                    HomeroomTeacher = Person("佐々木 亮", "ささき りょう"),
                    Administrator = "校長 大野 正樹／教頭 北村 浩二",
                    SheetA = new GradeSheetA
                    {
                        Authorship = Authored(
                            D(2025, 7, 4),
                            Teacher1,
                            (D(2025, 10, 1), Teacher1, "教育支援センター・ICT等の活用日数を9月分から記録"),
                            (D(2026, 3, 24), Teacher1, "年度末の集計と次年度への引継事項")),
                        SupportAgencies =
                        [
                            new SupportAgencyEntry { Row = SupportRow.OwnSchool, MainSupport = "担任による毎日の連絡と週1回の家庭訪問、スクールカウンセラー面談（隔週）、相談室での別室登校の受け入れ、オンライン授業の配信", AgencyName = JuniorHighName, Phone = Tel("0153-23-4471"), PersonInCharge = "担任 佐々木、生徒指導主事 工藤" },
                            new SupportAgencyEntry { Row = SupportRow.Home, MainSupport = "朝の声かけと送迎、生活リズムの見守り、SNS利用のルールづくり", AgencyName = "家庭", PersonInCharge = "母" },
                            new SupportAgencyEntry { Row = SupportRow.Welfare, MainSupport = "母への相談支援（月1〜2回の面談）、家庭の状況の把握", AgencyName = Welfare, Phone = Tel("0153-23-6180"), PersonInCharge = "家庭児童相談員 吉岡" },
                            new SupportAgencyEntry { Row = SupportRow.Medical, MainSupport = "睡眠と心身の健康についての保健師相談", AgencyName = HealthCentre, Phone = Tel("0153-23-5167"), PersonInCharge = "保健師 新田" },
                            new SupportAgencyEntry { Row = SupportRow.Other, MainSupport = "通室での学習・交流活動、タブレットによる同時双方向のオンライン学習と教育相談", AgencyName = Centre, Phone = Tel("0153-24-0832"), PersonInCharge = "指導員 谷口" },
                        ],
                        MonthlyAttendance = first.Months,
                        DailyAttendance = Daily(2025, 6, june),
                        AbsenceReasons = "6月中旬、SNSのグループでのやり取りをきっかけに友人との関係がこじれ、「教室に入るのが怖い」と話して欠席が始まった。朝の腹痛、入眠の遅れもみられた。関係生徒への指導後も不安が続き、夏休み明けも登校できなかった。9月からは教育支援センターへの通室とオンライン学習を続けた（指導要録上の出席扱い）。",
                        HandoverNotes = "・1月から相談室への別室登校を始め、2月以降は週3日程度。母の送迎で8時40分に相談室に入る流れが定着している。\n・教室に入るときは、事前に座席と班のメンバーを伝えておくと安心できる。\n・トラブルの相手の生徒とは2年次に別の学級とする（学年会で確認済み）。\n・オンラインでの授業参加は、本人が選べるようにしておく。\n・美術の時間と図書室は安心して過ごせる場所。",
                    },
                    SheetB = new GradeSheetB
                    {
                        Authorship = Authored(
                            D(2025, 7, 18),
                            Teacher1,
                            (D(2025, 12, 19), Teacher1, "2学期の評価"),
                            (D(2026, 3, 24), Teacher1, "3学期の評価")),
                        Student = new SituationAndHopes
                        {
                            CurrentSituation = "「学校のことを考えるとお腹が痛くなる。でも勉強が遅れるのは嫌だ。」",
                            Hopes = "「絵を描く仕事がしたい。高校には行きたい。」",
                        },
                        Guardian = new SituationAndHopes
                        {
                            CurrentSituation = "「朝声をかけても布団から出てこない日が続いている。無理に行かせていいのか分からない。」",
                            Hopes = "「まずは家の外に安心して行ける場所があってほしい。いずれは学校に戻れたら。」",
                        },
                        YearGoal = "安心して過ごせる居場所を確保し、自分のペースで学習を続ける。人と関わる自信を少しずつ取り戻す。",
                        TermPlans =
                        [
                            TermOf(Term.First,
                                "本人と家庭の思いを丁寧に聞き取り、安心感をもてるようにする。",
                                "担任が毎日電話で連絡し、週1回家庭訪問をする。SC面談を設定する。関係生徒への指導と保護者への説明を行う。",
                                "7月はほぼ欠席。家庭訪問では担任と話ができ、夏休み中の教育支援センター見学に同意した。",
                                "家庭の状況を把握し、母の不安を軽減する。",
                                "福祉課相談室が母と面談（7月・8月）。保健所保健師が睡眠について助言。",
                                "母から「話を聞いてもらえて気持ちが楽になった」との声。入眠時刻は23時台に改善。"),
                            TermOf(Term.Second,
                                "教育支援センターに通い、学習と交流の機会をもつ。",
                                "授業をタブレットで同時双方向配信し、課題をオンラインで提出できるようにする。担任が月2回センターを訪問する。",
                                "センターに週2〜3日通室。数学と英語のオンライン授業に参加できた。12月にセンターのクリスマス会でポスターを担当した。",
                                "センターで人と関わる楽しさを感じられるようにする。",
                                "指導員がイベントの企画に誘い、他の生徒との共同作業の場面を設定する。衝立で区切った個室を用意する。",
                                "他の生徒と一緒に企画に取り組めた。疲れたときは自分から個室で休めた。"),
                            TermOf(Term.Third,
                                "相談室への別室登校から始め、学校で過ごす時間を増やす。",
                                "相談室に学習スペースを用意し、空き時間の教員が学習を支援する。美術の授業は教室で受けることを本人と相談する。",
                                "1月下旬から別室登校を開始し、2月は週3日。3月には美術の授業に2回参加できた。",
                                "登校とセンター通室を組み合わせ、無理のない生活リズムを保つ。",
                                "センターと学校で出欠と様子を毎日共有する。福祉課相談室が母の相談を継続する。",
                                "学校・センター・家庭で情報を共有し、本人のペースに合わせた登校が続いた。"),
                        ],
                    },
                },
                new GradeSheet
                {
                    SchoolYear = y2026,
                    Grade = Jh(2),
                    Enrollment = new Enrollment { SchoolName = JuniorHighName, SchoolCode = juniorHigh, ClassName = "2年1組" },
                    HomeroomTeacher = Person("松本 里香", "まつもと りか"),
                    Administrator = "校長 大野 正樹／教頭 北村 浩二",
                    SheetA = new GradeSheetA
                    {
                        Authorship = Authored(
                            D(2026, 4, 15),
                            Teacher2,
                            (D(2026, 7, 24), Teacher2, "1学期の出欠を集計"),
                            (D(2026, 11, 6), Teacher2, "10月分までの出欠を記録")),
                        SupportAgencies =
                        [
                            new SupportAgencyEntry { Row = SupportRow.OwnSchool, MainSupport = "学級での座席・班編成の配慮、相談室の利用、SC面談（月1回）", AgencyName = JuniorHighName, Phone = Tel("0153-23-4471"), PersonInCharge = "担任 松本、生徒指導主事 工藤" },
                            new SupportAgencyEntry { Row = SupportRow.Home, MainSupport = "生活リズムの見守り、体調がすぐれない日の学校への連絡", AgencyName = "家庭", PersonInCharge = "母" },
                            new SupportAgencyEntry { Row = SupportRow.Welfare, MainSupport = "母への相談支援（月1回）", AgencyName = Welfare, Phone = Tel("0153-23-6180"), PersonInCharge = "家庭児童相談員 吉岡" },
                            new SupportAgencyEntry { Row = SupportRow.Other, MainSupport = "疲れたときの通室、オンラインでの教育相談", AgencyName = Centre, Phone = Tel("0153-24-0832"), PersonInCharge = "指導員 谷口" },
                        ],
                        MonthlyAttendance = second.Months,
                        AbsenceReasons = "4月は新しい学級への不安から欠席と別室登校があった。5月以降は体調不良による欠席が主で、教室で過ごせる日がほとんどになった。",
                        HandoverNotes = "・行事の前（宿泊研修・学校祭）は見通しを事前に伝えると参加しやすい。\n・疲れが続くと朝起きにくくなる。欠席が2日続いたら担任から連絡する。",
                    },
                    SheetB = new GradeSheetB
                    {
                        Authorship = Authored(
                            D(2026, 4, 24),
                            Teacher2,
                            (D(2026, 7, 24), Teacher2, "1学期の評価")),
                        Student = new SituationAndHopes
                        {
                            CurrentSituation = "「教室にいられる日が増えた。美術部に入りたいけど、まだ迷っている。」",
                            Hopes = "「デザインの勉強ができる高校に行きたい。」",
                        },
                        Guardian = new SituationAndHopes
                        {
                            CurrentSituation = "「朝は自分で起きて支度ができるようになった。疲れた日は無理をさせないようにしている。」",
                            Hopes = "「本人が行きたい高校を自分で選べるように、勉強の遅れを取り戻してほしい。」",
                        },
                        YearGoal = "教室で過ごす時間を保ち、自分に合った休み方を身に付ける。進路について考え始める。",
                        TermPlans =
                        [
                            TermOf(Term.First,
                                "新しい学級で安心して過ごせるようにする。",
                                "座席と班編成を配慮する。宿泊研修の行程を事前に写真で示す。1年次の未習単元を放課後に補充する。",
                                "宿泊研修に参加できた。数学の補充学習に週1回取り組んだ。欠席は月2〜3日まで減った。",
                                "学校外でも相談できる場を確保する。",
                                "教育支援センターでのオンライン教育相談を月1回継続する。",
                                "相談は6月以降「今は大丈夫」と本人が辞退することが増えた。"),
                            TermOf(Term.Second,
                                "学校祭の活動に自分の得意なことで参加する。",
                                "学校祭のポスター制作を担当できるよう美術科教員と調整する。",
                                null,
                                null,
                                "必要に応じて福祉課相談室が母の相談に応じる。",
                                null),
                            TermOf(Term.Third,
                                "進路について情報を集め、自分の希望を言葉にする。",
                                "高校の学校説明会の情報を提供し、三者面談で本人の希望を聞き取る。",
                                null,
                                null,
                                null,
                                null),
                        ],
                    },
                },
            ],
            CaseConferences =
            [
                new CaseConferenceRecord
                {
                    HeldOn = D(2025, 6, 27),
                    Authorship = Authored(D(2025, 6, 27), Coordinator),
                    RecorderRole = "生徒指導主事",
                    Purpose = "欠席が7日を超えたため、校内で情報を整理し支援の方針を決める（校内ケース会議）",
                    Grade = Jh(1),
                    ClassName = "1年2組",
                    Participants =
                    [
                        new ConferenceParticipant { Role = ParticipantRole.SchoolStaff, Name = "佐々木 亮", Title = "学級担任", Organization = JuniorHighName },
                        new ConferenceParticipant { Role = ParticipantRole.SchoolStaff, Name = "工藤 誠", Title = "生徒指導主事", Organization = JuniorHighName },
                        new ConferenceParticipant { Role = ParticipantRole.SchoolStaff, Name = "村上 さおり", Title = "養護教諭", Organization = JuniorHighName },
                        new ConferenceParticipant { Role = ParticipantRole.SchoolStaff, Name = "石井 健太", Title = "学年主任", Organization = JuniorHighName },
                        new ConferenceParticipant { Role = ParticipantRole.Agency, Name = "原田 恵", Title = "スクールカウンセラー", Organization = "北海道教育委員会（派遣）" },
                    ],
                    GuardianIntentions = "（電話で聞き取り）「本人は友達とのことで学校が怖いと言っている。しばらくは無理に行かせたくない。」",
                    SupportStatus =
                    [
                        new RoleAssignment { Goal = "本人の安心感の回復", AgencyOrDuty = "学級担任", ShortTermGoal = "毎日の電話連絡と週1回の家庭訪問", ShortTermGoalDate = D(2025, 7, 18), Evaluation = "家庭訪問では担任と話ができた", EvaluationDate = D(2025, 7, 18) },
                        new RoleAssignment { Goal = "事実の確認と関係生徒への指導", AgencyOrDuty = "生徒指導部（学校いじめ対策組織）", ShortTermGoal = "聞き取りと指導、双方の保護者への説明", ShortTermGoalDate = D(2025, 7, 11), Evaluation = "7月9日までに完了し、保護者に報告", EvaluationDate = D(2025, 7, 11) },
                        new RoleAssignment { Goal = "心身の状態の把握", AgencyOrDuty = "養護教諭・SC", ShortTermGoal = "SC面談の設定", ShortTermGoalDate = D(2025, 7, 10), Evaluation = "7月10日に実施", EvaluationDate = D(2025, 7, 10) },
                    ],
                    AgreedItems = "児童生徒理解・支援シートを作成する。関係機関との情報共有について保護者の意向を確認する。",
                    SpecialNotes = "3日連続の欠席となった6月20日に学年で情報共有を開始した。",
                },
                new CaseConferenceRecord
                {
                    HeldOn = D(2025, 7, 18),
                    Authorship = Authored(D(2025, 7, 18), Coordinator),
                    RecorderRole = "生徒指導主事",
                    Purpose = "関係機関と情報を共有し、夏休み以降の支援を確認する",
                    Grade = Jh(1),
                    ClassName = "1年2組",
                    Participants =
                    [
                        new ConferenceParticipant { Role = ParticipantRole.Guardian, Name = "浜田 真由美", Title = "母" },
                        new ConferenceParticipant { Role = ParticipantRole.SchoolStaff, Name = "佐々木 亮", Title = "学級担任", Organization = JuniorHighName },
                        new ConferenceParticipant { Role = ParticipantRole.SchoolStaff, Name = "工藤 誠", Title = "生徒指導主事", Organization = JuniorHighName },
                        new ConferenceParticipant { Role = ParticipantRole.Agency, Name = "谷口 直子", Title = "指導員", Organization = Centre },
                        new ConferenceParticipant { Role = ParticipantRole.Agency, Name = "吉岡 典子", Title = "家庭児童相談員", Organization = Welfare },
                        new ConferenceParticipant { Role = ParticipantRole.Agency, Name = "新田 由紀", Title = "保健師", Organization = HealthCentre },
                    ],
                    StudentIntentions = "（母を通じて）「学校は今は無理。でも家にずっといるのもつらい。」",
                    GuardianIntentions = "「学校以外でも、勉強したり人と話したりできる場所があれば行かせてみたい。」",
                    AgencyInformation =
                    [
                        new AgencyInformation { Source = HealthCentre, Text = "母から睡眠リズムについて相談を受けている。現時点で医療機関の受診が必要な状態とはみていないが、腹痛が続く場合はかかりつけ医の受診を勧める。", MedicalOrigin = true },
                        new AgencyInformation { Source = Welfare, Text = "母は勤務で朝が早く、一人で悩みを抱えていた。面談を月1回から継続する。" },
                    ],
                    SupportStatus =
                    [
                        new RoleAssignment { Goal = "居場所の確保", AgencyOrDuty = "教育支援センター", ShortTermGoal = "夏休み中に見学し、9月から通室する", ShortTermGoalDate = D(2025, 9, 1), Evaluation = "8月27日に見学、9月16日から通室", EvaluationDate = D(2025, 9, 30) },
                        new RoleAssignment { Goal = "学習機会の確保", AgencyOrDuty = "学級担任・教科担任", ShortTermGoal = "タブレットによるオンライン授業の試行", ShortTermGoalDate = D(2025, 9, 8), Evaluation = "数学・英語で参加できた", EvaluationDate = D(2025, 9, 30) },
                        new RoleAssignment { Goal = "保護者支援", AgencyOrDuty = "福祉課相談室", ShortTermGoal = "母との面談を月1回行う", ShortTermGoalDate = D(2025, 8, 31), Evaluation = "7月・8月に実施", EvaluationDate = D(2025, 8, 29) },
                    ],
                    AgreedItems = "学校・教育支援センター・福祉課相談室・保健所で本人の様子と家庭との連絡状況を日常的に共有する。共有の範囲について保護者の同意を得る。",
                },
                new CaseConferenceRecord
                {
                    HeldOn = D(2025, 9, 5),
                    Authorship = Authored(D(2025, 9, 5), Coordinator),
                    RecorderRole = "生徒指導主事",
                    Purpose = "教育支援センター通室の開始に向けた確認",
                    Grade = Jh(1),
                    ClassName = "1年2組",
                    Participants =
                    [
                        new ConferenceParticipant { Role = ParticipantRole.Student, Name = "浜田 陽菜" },
                        new ConferenceParticipant { Role = ParticipantRole.Guardian, Name = "浜田 真由美", Title = "母" },
                        new ConferenceParticipant { Role = ParticipantRole.SchoolStaff, Name = "佐々木 亮", Title = "学級担任", Organization = JuniorHighName },
                        new ConferenceParticipant { Role = ParticipantRole.Agency, Name = "谷口 直子", Title = "指導員", Organization = Centre },
                    ],
                    StudentIntentions = "「センターなら行ってみたい。タブレットで授業が見られるなら見たい。最初は午前中だけにしたい。」",
                    GuardianIntentions = "「送り迎えはできるので、本人のペースで通わせたい。」",
                    SupportStatus =
                    [
                        new RoleAssignment { Goal = "センターでの生活に慣れる", AgencyOrDuty = "教育支援センター", ShortTermGoal = "週2日、午前中の通室", ShortTermGoalDate = D(2025, 10, 31), Evaluation = "10月は週2〜3日通室できた", EvaluationDate = D(2025, 10, 31) },
                        new RoleAssignment { Goal = "学習の継続", AgencyOrDuty = "学級担任", ShortTermGoal = "オンライン授業の時間割を毎週金曜日に送る", ShortTermGoalDate = D(2025, 9, 12), Evaluation = "毎週送付し、本人が参加する授業を選んだ", EvaluationDate = D(2025, 10, 31) },
                    ],
                    AgreedItems = "センター通室日とオンライン学習の日は指導要録上の出席扱いとする（校長判断）。センターと学校の連絡は毎日の出欠連絡票とする。",
                },
                new CaseConferenceRecord
                {
                    HeldOn = D(2025, 12, 12),
                    Authorship = Authored(D(2025, 12, 12), Coordinator),
                    RecorderRole = "生徒指導主事",
                    Purpose = "2学期の振り返りと3学期の登校に向けた支援の検討",
                    Grade = Jh(1),
                    ClassName = "1年2組",
                    Participants =
                    [
                        new ConferenceParticipant { Role = ParticipantRole.Student, Name = "浜田 陽菜" },
                        new ConferenceParticipant { Role = ParticipantRole.Guardian, Name = "浜田 真由美", Title = "母" },
                        new ConferenceParticipant { Role = ParticipantRole.SchoolStaff, Name = "佐々木 亮", Title = "学級担任", Organization = JuniorHighName },
                        new ConferenceParticipant { Role = ParticipantRole.SchoolStaff, Name = "工藤 誠", Title = "生徒指導主事", Organization = JuniorHighName },
                        new ConferenceParticipant { Role = ParticipantRole.Agency, Name = "谷口 直子", Title = "指導員", Organization = Centre },
                        new ConferenceParticipant { Role = ParticipantRole.Agency, Name = "吉岡 典子", Title = "家庭児童相談員", Organization = Welfare },
                    ],
                    StudentIntentions = "「教室はまだ怖いけど、相談室なら行けるかもしれない。美術の授業には出たい。」",
                    GuardianIntentions = "「本人が自分から学校の話をするようになった。焦らずに続けたい。」",
                    AgencyInformation =
                    [
                        new AgencyInformation { Source = Centre, Text = "他の生徒とイベントを企画し、ポスターを描いた。疲れると個室で休み、自分で戻ってこられる。" },
                    ],
                    SupportStatus =
                    [
                        new RoleAssignment { Goal = "学校で過ごす時間をつくる", AgencyOrDuty = "生徒指導部・学年", ShortTermGoal = "1月下旬から相談室への別室登校（週1日から）", ShortTermGoalDate = D(2026, 1, 30), Evaluation = "1月26日から開始し、2月は週3日", EvaluationDate = D(2026, 2, 27) },
                        new RoleAssignment { Goal = "居場所の継続", AgencyOrDuty = "教育支援センター", ShortTermGoal = "登校しない日は通室またはオンライン学習", ShortTermGoalDate = D(2026, 3, 19), Evaluation = "登校とセンターを組み合わせて生活リズムを保てた", EvaluationDate = D(2026, 3, 19) },
                    ],
                    AgreedItems = "別室登校の時間帯は本人が決める。教室へ入る時期は本人の申し出を待つ。",
                },
                new CaseConferenceRecord
                {
                    HeldOn = D(2026, 3, 13),
                    Authorship = Authored(D(2026, 3, 13), Coordinator),
                    RecorderRole = "生徒指導主事",
                    Purpose = "1年間の評価と2年次への引継ぎ（学級編成への配慮）",
                    Grade = Jh(1),
                    ClassName = "1年2組",
                    Participants =
                    [
                        new ConferenceParticipant { Role = ParticipantRole.Guardian, Name = "浜田 真由美", Title = "母" },
                        new ConferenceParticipant { Role = ParticipantRole.SchoolStaff, Name = "佐々木 亮", Title = "学級担任", Organization = JuniorHighName },
                        new ConferenceParticipant { Role = ParticipantRole.SchoolStaff, Name = "工藤 誠", Title = "生徒指導主事", Organization = JuniorHighName },
                        new ConferenceParticipant { Role = ParticipantRole.SchoolStaff, Name = "石井 健太", Title = "学年主任", Organization = JuniorHighName },
                        new ConferenceParticipant { Role = ParticipantRole.Agency, Name = "谷口 直子", Title = "指導員", Organization = Centre },
                    ],
                    GuardianIntentions = "「2年生では教室に戻りたいと本人が言っている。クラスのことだけは配慮してほしい。」",
                    SupportStatus =
                    [
                        new RoleAssignment { Goal = "教室復帰", AgencyOrDuty = "学年", ShortTermGoal = "学級編成の配慮と、始業式前の新担任との顔合わせ", ShortTermGoalDate = D(2026, 4, 3), Evaluation = "4月3日に新担任と顔合わせを行った", EvaluationDate = D(2026, 4, 3) },
                    ],
                    AgreedItems = "進級時に本シートを新担任に引き継ぐ。教育支援センターとの連携は2年次も継続する。",
                },
                new CaseConferenceRecord
                {
                    HeldOn = D(2026, 6, 19),
                    Authorship = Authored(D(2026, 6, 19), Coordinator),
                    RecorderRole = "生徒指導主事",
                    Purpose = "教室復帰後の経過確認と、今後の引継ぎに関する同意の確認",
                    Grade = Jh(2),
                    ClassName = "2年1組",
                    Participants =
                    [
                        new ConferenceParticipant { Role = ParticipantRole.Student, Name = "浜田 陽菜" },
                        new ConferenceParticipant { Role = ParticipantRole.Guardian, Name = "浜田 真由美", Title = "母" },
                        new ConferenceParticipant { Role = ParticipantRole.SchoolStaff, Name = "松本 里香", Title = "学級担任", Organization = JuniorHighName },
                        new ConferenceParticipant { Role = ParticipantRole.SchoolStaff, Name = "工藤 誠", Title = "生徒指導主事", Organization = JuniorHighName },
                    ],
                    StudentIntentions = "「今のクラスは大丈夫。高校でも、困ったときに分かってもらえるようにしてほしい。」",
                    GuardianIntentions = "「高校に進むときには、これまでの経過を伝えてもらえると安心。送る前に中身を見せてほしい。」",
                    SupportStatus =
                    [
                        new RoleAssignment { Goal = "登校の継続", AgencyOrDuty = "学級担任", ShortTermGoal = "欠席が2日続いた場合の連絡と声かけ", ShortTermGoalDate = D(2026, 7, 24), Evaluation = "1学期は2日連続の欠席なし", EvaluationDate = D(2026, 7, 24) },
                    ],
                    AgreedItems = "進学・転学の際に共通シート・学年別シート・協議シートを引き継ぐことに保護者が同意（送付時に内容を再確認する）。",
                },
            ],
            Consents =
            [
                new ConsentRecord
                {
                    Id = "nemuro-2025-001",
                    Decision = ConsentDecision.Granted,
                    Grantor = new ConsentGrantor { Kind = GrantorKind.Guardian, Name = mother.Name, Relationship = "母" },
                    Recipient = new ConsentRecipient { Kind = RecipientKind.PublicAgency, Name = Centre },
                    Purpose = DisclosurePurpose.AgencySharing,
                    Items = ["needs.non-attendance", "common.attendance-by-grade", "grade.a.monthly-attendance", "grade.a.absence-reasons", "grade.b.term-plans"],
                    DecidedOn = D(2025, 9, 5),
                    ValidUntil = D(2028, 3, 31),
                    Method = ConsentMethod.Written,
                    ContentShown = true,
                    PurposeExplained = true,
                    RecordedBy = Coordinator,
                    Note = "通室中の支援のため、出欠と学習計画をセンターと共有する。",
                },
                new ConsentRecord
                {
                    Id = "nemuro-2026-001",
                    Decision = ConsentDecision.Granted,
                    Grantor = new ConsentGrantor { Kind = GrantorKind.Guardian, Name = mother.Name, Relationship = "母" },
                    Recipient = new ConsentRecipient { Kind = RecipientKind.PublicSchool },
                    Purpose = DisclosurePurpose.Handover,
                    Items = ["common-sheet", "grade-sheet", "grade-sheet-a", "grade-sheet-b", "case-conference", "needs.non-attendance"],
                    DecidedOn = D(2026, 6, 19),
                    ValidUntil = D(2028, 3, 31),
                    Method = ConsentMethod.Written,
                    ContentShown = true,
                    PurposeExplained = true,
                    RecordedBy = Coordinator,
                    Note = "公立高等学校への進学時、または公立中学校への転学時の引継ぎ。送付の際に改めて内容を確認する。",
                },
            ],
        };
    }
}
