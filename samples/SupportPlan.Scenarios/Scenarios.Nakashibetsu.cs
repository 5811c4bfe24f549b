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
    /// Nakashibetsu town (seed 004): the board of education asks every school for a per-student non-attendance report
    /// (不登校解消対策個票); for this student academic underachievement was a main factor, and individual study at the
    /// board's education counselling centre led back to school. Non-attendance need; school years 2023–2026 (小4–中1).
    /// The town submission is consented to; a handover to a private school is refused.
    /// </summary>
    /// <returns>The plan.</returns>
    public static StudentSupportPlan Nakashibetsu()
    {
        var elementary = Code(SchoolType.Elementary, 1, "2260213");
        var juniorHigh = Code(SchoolType.JuniorHigh, 1, "2260321");
        var privateSchool = Code(SchoolType.JuniorHigh, 1, "3110846", Establishment.Private);
        const string ElementaryName = "中標津町立みどりが丘小学校";
        const string JuniorHighName = "中標津町立しらかば中学校";
        const string PrivateName = "学校法人北光学園 札幌北光中学校";
        const string Centre = "中標津町教育相談センター";
        const string Board = "中標津町教育委員会";
        const string Ssw = "スクールソーシャルワーカー（中標津町教育委員会）";
        const string ElementaryCoordinator = "教育相談担当 高田 恵子";
        const string Coordinator = "生徒指導主事 三浦 健";
        const string Teacher6 = "6年2組担任 小野寺 聡";
        const string Teacher7 = "1年3組担任 岡本 千尋";
        var father = Person("石川 達也", "いしかわ たつや");
        var mother = Person("石川 美奈", "いしかわ みな");

        var y2025 = Year(2025);
        var y2026 = Year(2026);
        var sixth = Months(
            y2025,
            Elem(6),
            required: [17, 19, 21, 16, 8, 21, 22, 18, 18, 12, 18, 14],
            absent: [6, 9, 11, 8, 3, 7, 6, 5, 4, 3, 3, 2],
            separateRoom: [0, 1, 2, 2, 1, 3, 4, 4, 3, 2, 2, 2],
            late: [2, 3, 2, 2, 0, 2, 1, 1, 1, 0, 1, 0],
            earlyLeave: [1, 1, 1, 1, 0, 1, 0, 1, 0, 0, 0, 0],
            countedAsAttended: [4, 7, 9, 6, 2, 5, 5, 4, 3, 2, 2, 1],
            otherBoard: [4, 7, 9, 6, 2, 5, 5, 4, 3, 2, 2, 1],
            other: [0, 1, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0]);
        var seventh = Months(
            y2026,
            Jh(1),
            required: [16, 18, 22, 16, 8, 20, 21],
            absent: [2, 3, 4, 3, 1, 3, 2],
            separateRoom: [1, 2, 2, 1, 0, 1, 1],
            late: [1, 2, 1, 1, 0, 1, 1],
            earlyLeave: [0, 1, 1, 0, 0, 1, 0],
            countedAsAttended: [1, 2, 3, 2, 1, 2, 1],
            otherBoard: [1, 2, 3, 2, 1, 2, 1]);

        return new StudentSupportPlan
        {
            Id = new Guid("3b0f6c1e-5a2d-4c8e-9f10-000000000003"),
            Header = new PlanHeader
            {
                ClassificationNumber = "中標津-個票-2026-031",
                Schools =
                [
                    new SchoolHistoryEntry { Stage = SchoolStage.Elementary, SchoolName = ElementaryName, SchoolCode = elementary, Status = EnrollmentStatus.Graduated, EnteredOn = D(2020, 4, 1), LeftOn = D(2026, 3, 18) },
                    new SchoolHistoryEntry { Stage = SchoolStage.JuniorHigh, SchoolName = JuniorHighName, SchoolCode = juniorHigh, Status = EnrollmentStatus.Enrolled, EnteredOn = D(2026, 4, 1) },
                ],
            },
            Needs = new SupportNeeds
            {
                NonAttendance = new NonAttendanceNeed
                {
                    SupportStartedOn = D(2024, 11, 11),
                    Background = "小5の2学期から算数の授業についていけないと話し、算数のある日に欠席や遅刻が増えた。学業の不振が主な要因の一つ。生活リズムの乱れ（夜間のゲーム）もみられた。",
                },
            },
            CommonSheet = new CommonSheet
            {
                Authorship = Authored(
                    D(2024, 11, 22),
                    ElementaryCoordinator,
                    (D(2025, 4, 21), Teacher6, "6年進級時の追記"),
                    (D(2026, 3, 10), ElementaryCoordinator, "中学校への引継ぎに向けた追記"),
                    (D(2026, 4, 20), Coordinator, "中学校入学後の追記")),
                Student = new StudentIdentity { Name = Person("石川 悠真", "いしかわ ゆうま"), Sex = Sex.Male, DateOfBirth = D(2013, 11, 22) },
                Guardians =
                [
                    new Guardian { Name = father, Relationship = "父", Contact = new ContactDetails { Phone = Tel("0153-72-6403"), Note = "平日日中は職場（町内の運送会社）。緊急時のみ" } },
                    new Guardian { Name = mother, Relationship = "母", Contact = new ContactDetails { Phone = Tel("0153-72-9857"), Note = "連絡は主に母へ。夜勤明けの日（火・金）の午前は避ける" } },
                ],
                AttendanceByGrade =
                [
                    Column(Year(2023), Elem(4), 204, 5, late: 3),
                    Column(Year(2024), Elem(5), 203, 41, late: 15, earlyLeave: 6, separateRoom: 4),
                    sixth.Column,
                    seventh.Column,
                ],
                BasicInformation = new BasicInformation
                {
                    Strengths = "体を動かすことが好きで、教育相談センターのフットサルでは年下の子に声をかけてまとめ役になる。調べたことを発表するのが得意。漢字の読みは学年相当。",
                    Assessments =
                    [
                        new Assessment { Date = D(2024, 12, 6), Instrument = "標準学力検査（算数）", Assessor = "学級担任", Summary = "小数・分数の計算と単位量あたりの大きさが未定着。小3の割り算の筆算でつまずきがある。" },
                        new Assessment { Date = D(2025, 6, 13), Instrument = "教育相談センターでの学習状況の見取り", Assessor = "教育相談センター 指導主事", Summary = "小4の内容からやり直したところ、1対1では集中して取り組める。できた問題を記録するシートを使うと意欲が続く。" },
                        new Assessment { Date = D(2026, 6, 19), Instrument = "中学校1学期の学習状況", Assessor = "学級担任", Summary = "数学の正負の数は個別の補充で理解できた。英語は単語の書きに時間がかかる。" },
                    ],
                    HomeSituation = "夜遅くまでオンラインゲームをして朝起きられないことがあった。2025年夏から、ゲームは22時までと家族で決め、おおむね守れている。",
                },
                Family = new FamilyRelations
                {
                    DevelopmentalHistory = "特記事項なし。",
                    Circumstances = "父は運送業、母は町内の病院で看護助手として交代勤務。母の夜勤の日は兄（高2）が夕食を用意している。",
                    ChangesSinceCreation =
                    [
                        new DatedNote { Date = D(2025, 8, 1), Text = "家族でゲームの時間を決め、生活リズムが整い始めた。" },
                        new DatedNote { Date = D(2026, 2, 20), Text = "父が札幌の私立中学校への進学・転学を検討していると学校に相談があった。" },
                        new DatedNote { Date = D(2026, 4, 1), Text = "私立中学校への進学は見送り、町内の中学校に入学した。" },
                    ],
                    FamilyComposition = "父、母、兄（高2）、本人",
                },
                Remarks = "年2回（7月・12月）、本シートの出欠と支援の状況を不登校解消対策個票として町教育委員会に提出する（保護者同意済み）。",
            },
            GradeSheets =
            [
                new GradeSheet
                {
                    SchoolYear = y2025,
                    Grade = Elem(6),
                    Enrollment = new Enrollment { SchoolName = ElementaryName, SchoolCode = elementary, ClassName = "6年2組" },
                    HomeroomTeacher = Person("小野寺 聡", "おのでら さとし"),
                    Administrator = "校長 安藤 由美子／教頭 坂本 浩",
                    SheetA = new GradeSheetA
                    {
                        Authorship = Authored(D(2025, 4, 21), Teacher6, (D(2025, 7, 18), Teacher6, "個票提出（7月）に合わせて集計"), (D(2025, 12, 12), Teacher6, "個票提出（12月）に合わせて集計"), (D(2026, 3, 19), Teacher6, "年度末の集計と中学校への引継事項")),
                        SupportAgencies =
                        [
                            Agency(SupportRow.OwnSchool, "算数の少人数指導、放課後の補充学習（週1回）、別室での学習", ElementaryName, "0153-72-2461", "担任 小野寺、教育相談担当 高田"),
                            Agency(SupportRow.Home, "ゲーム時間の約束、朝の声かけ、教育相談センターへの送迎（母）", "家庭", null, "父・母"),
                            Agency(SupportRow.Welfare, "家庭の相談、生活リズムについての助言", Ssw, "0153-73-3115", "SSW 川口"),
                            Agency(SupportRow.Other, "個別の教科学習（算数）、フットサル・栽培などの体験活動、保護者の来所相談", Centre, "0153-73-4208", "指導主事 藤井、相談員 根本"),
                        ],
                        MonthlyAttendance = sixth.Months,
                        AbsenceReasons = "算数の学習への苦手意識から、算数のある日や単元テストの日に欠席・遅刻する傾向があった。夜間のゲームによる生活リズムの乱れも重なった。欠席日の多くは教育相談センターで個別学習を行った。",
                        HandoverNotes = "・数学は小4〜小5の内容に未定着がある。1対1で「できた」ことを記録すると意欲が続く。\n・テストの前日に不安が高まる。範囲と形式を早めに伝えると欠席が減った。\n・フットサルでのまとめ役の経験を生かし、体育や部活動で活躍の場をつくると良い。\n・町教育委員会への個票提出について保護者の同意あり（中学校でも継続を確認すること）。",
                    },
                    SheetB = new GradeSheetB
                    {
                        Authorship = Authored(D(2025, 4, 25), Teacher6, (D(2025, 7, 18), Teacher6, "1学期の評価"), (D(2025, 12, 19), Teacher6, "2学期の評価"), (D(2026, 3, 19), Teacher6, "3学期の評価")),
                        Student = new SituationAndHopes
                        {
                            CurrentSituation = "「算数は全然わからない。センターでやると分かるのに、教室だと聞けない。」",
                            Hopes = "「中学校ではサッカー部に入りたい。トラックの運転手になりたい。」",
                        },
                        Guardian = new SituationAndHopes
                        {
                            CurrentSituation = "（母）「勉強が分からないのがつらいのだと思う。家では教えてあげられない。」",
                            Hopes = "（父）「中学校で勉強についていけるように、今のうちに基礎を固めてほしい。」",
                        },
                        YearGoal = "小4・小5の算数の基礎を身に付け、分からないときに質問できるようになる。生活リズムを整える。",
                        TermPlans =
                        [
                            TermOf(Term.First, "算数の授業に参加し、分からないことを質問カードで伝える。", "少人数指導で小数の計算を復習する。質問カードを机に置いておく。", "質問カードを週に2〜3回使えた。6月は単元テスト前に欠席が続いた。", "教育相談センターで小4の内容をやり直す。", "週2日程度の個別学習。できた問題を記録するシートを使う。", "割り算の筆算が定着し、「できるようになった」と話した。"),
                            TermOf(Term.Second, "単元テストの前に準備をして臨む。", "テスト範囲を1週間前に伝え、放課後の補充学習で練習問題に取り組む。", "10月の単元テストを欠席せずに受けられた。", "体験活動で人と関わり、生活リズムを整える。", "フットサル、栽培活動、保護者の来所相談。", "フットサルでまとめ役になった。母の相談は月1回。"),
                            TermOf(Term.Third, "中学校の学習に見通しをもつ。", "中学校の数学の教員による出前授業に参加する。小学校の内容の復習プリントを用意する。", "出前授業に参加し、「中学の先生は優しかった」と話した。", "中学校入学後も通える場所として相談を継続する。", "中学校と教育相談センターの情報共有の場を設ける。", "3月に中学校・センター・小学校の三者で引継ぎを行った。"),
                        ],
                    },
                },
                new GradeSheet
                {
                    SchoolYear = y2026,
                    Grade = Jh(1),
                    Enrollment = new Enrollment { SchoolName = JuniorHighName, SchoolCode = juniorHigh, ClassName = "1年3組" },
                    HomeroomTeacher = Person("岡本 千尋", "おかもと ちひろ"),
                    Administrator = "校長 西村 浩一",
                    SheetA = new GradeSheetA
                    {
                        Authorship = Authored(D(2026, 4, 20), Teacher7, (D(2026, 7, 17), Teacher7, "個票提出（7月）に合わせて集計"), (D(2026, 11, 6), Teacher7, "10月分までの出欠を記録")),
                        SupportAgencies =
                        [
                            Agency(SupportRow.OwnSchool, "数学の個別補充（週1回放課後）、テスト範囲の早めの提示、相談室の利用", JuniorHighName, "0153-72-2877", "担任 岡本、生徒指導主事 三浦"),
                            Agency(SupportRow.Home, "ゲーム時間の約束、部活動の送迎", "家庭", null, "母"),
                            Agency(SupportRow.Welfare, "家庭の相談（必要時）", Ssw, "0153-73-3115", "SSW 川口"),
                            Agency(SupportRow.Other, "疲れたときの個別学習の場", Centre, "0153-73-4208", "指導主事 藤井"),
                        ],
                        MonthlyAttendance = seventh.Months,
                        AbsenceReasons = "定期テストの前後に欠席が増える。部活動の翌日の疲れによる遅刻がある。",
                    },
                    SheetB = new GradeSheetB
                    {
                        Authorship = Authored(D(2026, 4, 24), Teacher7, (D(2026, 7, 17), Teacher7, "1学期の評価")),
                        Student = new SituationAndHopes
                        {
                            CurrentSituation = "「サッカー部が楽しい。数学の小テストは前よりできる。」",
                            Hopes = "「高校でもサッカーを続けたい。」",
                        },
                        Guardian = new SituationAndHopes
                        {
                            CurrentSituation = "（母）「部活に行くのを楽しみにしている。テストの前は元気がなくなる。」",
                            Hopes = "（母）「困ったときに相談できる先生がいてほしい。」",
                        },
                        YearGoal = "定期テストを全て受ける。数学の基礎を固める。",
                        TermPlans =
                        [
                            TermOf(Term.First, "中学校の生活に慣れ、定期テストを受ける。", "テスト範囲を2週間前に伝え、放課後の補充で練習する。", "1学期の定期テストを2回とも受けた。", "教育相談センターを必要なときに使えるようにする。", "テスト前の週に個別学習の枠を用意する。", "6月に2回利用した。"),
                            TermOf(Term.Second, "部活動と学習を両立する。", "部活動顧問と連携し、疲れが見える日は声をかける。", null, null, "SSWが必要に応じて母と面談する。", null),
                            TermOf(Term.Third, "1年間の学習を振り返り、2年生の目標を立てる。", "三者面談で本人の目標を聞き取る。", null, null, null, null),
                        ],
                    },
                },
            ],
            CaseConferences =
            [
                new CaseConferenceRecord
                {
                    HeldOn = D(2024, 11, 22),
                    Authorship = Authored(D(2024, 11, 22), ElementaryCoordinator),
                    RecorderRole = "教育相談担当",
                    Purpose = "欠席の増加についての情報共有と教育相談センター利用の検討",
                    Grade = Elem(5),
                    ClassName = "5年2組",
                    Participants =
                    [
                        Who(ParticipantRole.Guardian, "石川 美奈", "母"),
                        Who(ParticipantRole.SchoolStaff, "小野寺 聡", "学級担任", ElementaryName),
                        Who(ParticipantRole.SchoolStaff, "高田 恵子", "教育相談担当", ElementaryName),
                        Who(ParticipantRole.Agency, "藤井 正人", "指導主事", Centre),
                        Who(ParticipantRole.Agency, "川口 綾", "スクールソーシャルワーカー", Board),
                    ],
                    GuardianIntentions = "「算数が分からないのが一番の原因だと思う。学校以外でも勉強を見てもらえるならお願いしたい。」",
                    SupportStatus =
                    [
                        Role("学習の遅れを取り戻す", "教育相談センター", "週2日の個別学習を始める", D(2024, 12, 20), "週2日通級できた", D(2024, 12, 20)),
                        Role("生活リズムの改善", "スクールソーシャルワーカー", "家庭でのゲーム時間について母と相談する", D(2025, 1, 31)),
                    ],
                    AgreedItems = "不登校解消対策個票を作成し、町教育委員会に提出することについて保護者の同意を得る。",
                },
                new CaseConferenceRecord
                {
                    HeldOn = D(2025, 7, 11),
                    Authorship = Authored(D(2025, 7, 11), ElementaryCoordinator),
                    RecorderRole = "教育相談担当",
                    Purpose = "1学期の評価（個票提出前の確認）",
                    Grade = Elem(6),
                    ClassName = "6年2組",
                    Participants =
                    [
                        Who(ParticipantRole.Student, "石川 悠真"),
                        Who(ParticipantRole.Guardian, "石川 美奈", "母"),
                        Who(ParticipantRole.SchoolStaff, "小野寺 聡", "学級担任", ElementaryName),
                        Who(ParticipantRole.Agency, "藤井 正人", "指導主事", Centre),
                    ],
                    StudentIntentions = "「センターで割り算ができるようになった。教室でもやってみる。」",
                    GuardianIntentions = "「夏休みにゲームの時間を家族で決めたい。」",
                    AgencyInformation =
                    [
                        new AgencyInformation { Source = Centre, Text = "1対1の学習では45分集中できる。できた問題を記録するシートが有効。" },
                    ],
                    SupportStatus =
                    [
                        Role("学習の定着", "学級担任", "質問カードの活用と放課後補充", D(2025, 10, 31), "10月の単元テストを受けられた", D(2025, 10, 31)),
                    ],
                    AgreedItems = "7月の個票に出欠と支援状況を記載して提出する内容を保護者と確認した。",
                },
                new CaseConferenceRecord
                {
                    HeldOn = D(2026, 2, 27),
                    Authorship = Authored(D(2026, 2, 27), ElementaryCoordinator),
                    RecorderRole = "教育相談担当",
                    Purpose = "進学先の検討と引継ぎについての相談",
                    Grade = Elem(6),
                    ClassName = "6年2組",
                    Participants =
                    [
                        Who(ParticipantRole.Guardian, "石川 達也", "父"),
                        Who(ParticipantRole.Guardian, "石川 美奈", "母"),
                        Who(ParticipantRole.SchoolStaff, "安藤 由美子", "校長", ElementaryName),
                        Who(ParticipantRole.SchoolStaff, "高田 恵子", "教育相談担当", ElementaryName),
                    ],
                    GuardianIntentions = "（父）「札幌の私立中学校で、一から新しい環境でやり直させたい。不登校だったことは伝えたくない。」（母）「本人は地元の中学校でサッカーをしたいと言っている。」",
                    SupportStatus =
                    [
                        Role("進路の決定", "学級担任・教育相談担当", "本人の意向を聞き取る面談", D(2026, 3, 6), "本人は町内の中学校を希望", D(2026, 3, 6)),
                    ],
                    AgreedItems = "私立中学校への情報提供は行わない（父の意向）。町内の中学校に進む場合は、同意を得て引き継ぐ。",
                    SpecialNotes = "私立中学校への引継ぎを保護者が拒否した理由と話し合いの内容を同意の記録に残した。",
                },
                new CaseConferenceRecord
                {
                    HeldOn = D(2026, 3, 13),
                    Authorship = Authored(D(2026, 3, 13), ElementaryCoordinator),
                    RecorderRole = "教育相談担当",
                    Purpose = "中学校への引継ぎ（小学校・中学校・教育相談センター）",
                    Grade = Elem(6),
                    ClassName = "6年2組",
                    Participants =
                    [
                        Who(ParticipantRole.Guardian, "石川 美奈", "母"),
                        Who(ParticipantRole.SchoolStaff, "小野寺 聡", "学級担任", ElementaryName),
                        Who(ParticipantRole.SchoolStaff, "高田 恵子", "教育相談担当", ElementaryName),
                        Who(ParticipantRole.SchoolStaff, "三浦 健", "生徒指導主事", JuniorHighName),
                        Who(ParticipantRole.Agency, "藤井 正人", "指導主事", Centre),
                    ],
                    GuardianIntentions = "「地元の中学校に決めた。サッカー部に入れるのを楽しみにしている。」",
                    SupportStatus =
                    [
                        Role("中学校生活への適応", "中学校生徒指導主事", "入学後2週間の様子を小学校と共有する", D(2026, 4, 24), "遅刻1回、欠席なし", D(2026, 4, 24)),
                    ],
                    AgreedItems = "本シートを中学校に引き継ぐ。不登校解消対策個票の提出は中学校で継続する。",
                },
            ],
            Consents =
            [
                new ConsentRecord
                {
                    Id = "nakashibetsu-2024-001",
                    Decision = ConsentDecision.Granted,
                    Grantor = new ConsentGrantor { Kind = GrantorKind.Guardian, Name = mother.Name, Relationship = "母" },
                    Recipient = new ConsentRecipient { Kind = RecipientKind.Board, Name = Board },
                    Purpose = DisclosurePurpose.MunicipalSubmission,
                    Items = ["needs.non-attendance", "common.attendance-by-grade", "grade.a.monthly-attendance", "grade.a.absence-reasons", "grade.b.term-plans", "conference.support-status"],
                    DecidedOn = D(2024, 11, 22),
                    ValidUntil = D(2029, 3, 31),
                    Method = ConsentMethod.Written,
                    ContentShown = true,
                    PurposeExplained = true,
                    RecordedBy = ElementaryCoordinator,
                    Note = "不登校解消対策個票（年2回）。中学校在籍中も継続（2026年4月20日に中学校で再確認）。",
                },
                new ConsentRecord
                {
                    Id = "nakashibetsu-2026-001",
                    Decision = ConsentDecision.Refused,
                    Grantor = new ConsentGrantor { Kind = GrantorKind.Guardian, Name = father.Name, Relationship = "父" },
                    Recipient = new ConsentRecipient { Kind = RecipientKind.PrivateSchool, Name = PrivateName, SchoolCode = privateSchool },
                    Purpose = DisclosurePurpose.Handover,
                    Items = ["common-sheet", "grade-sheet-a", "grade-sheet-b", "needs.non-attendance"],
                    DecidedOn = D(2026, 2, 27),
                    Method = ConsentMethod.Oral,
                    ContentShown = true,
                    PurposeExplained = true,
                    RecordedBy = ElementaryCoordinator,
                    Refusal = new RefusalDetails
                    {
                        Reasons = "「新しい学校では不登校だったことを知られずに、一からやり直させたい。欠席の記録が伝わると先入観をもたれる」（父）",
                        Discussion = "引き継ぐことで入学後の学習支援が途切れないことを説明し、出欠の記録を除いて、学習の到達状況と有効だった支援方法だけを伝える案も示した。父は現時点では希望せず、進学先が決まった段階で改めて相談することを確認した。",
                    },
                },
            ],
        };
    }
}
