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
    /// A pupil from the Philippines who needs Japanese-language instruction (seed 002): nationality, birthplace, home
    /// language, learning history abroad and DLA-based proficiency; a special curriculum in the Japanese-language room;
    /// some absences in the second year. Japanese-language and non-attendance needs; school years 2024–2026 (小4–小6,
    /// admitted in September 2024). Consents: handover to the public junior high school with nationality refused, and an
    /// agency-sharing consent granted and later withdrawn.
    /// </summary>
    /// <returns>The plan.</returns>
    public static StudentSupportPlan ForeignStudent()
    {
        var school = Code(SchoolType.Elementary, 1, "2060734");
        var juniorHigh = Code(SchoolType.JuniorHigh, 1, "2060815");
        const string SchoolName = "釧路市立みなと小学校";
        const string JuniorHighName = "釧路市立湖畔中学校";
        const string Npo = "NPO法人くしろ多文化ネット（日本語学習支援教室）";
        const string JslTeacher = "日本語指導担当 堀 由紀子";
        const string Teacher4 = "4年2組担任 工藤 大樹";
        const string Teacher5 = "5年1組担任 吉川 彩";
        const string Teacher6 = "6年1組担任 吉川 彩";
        var mother = Person("サントス ジョイ", "さんとす じょい");
        var stepfather = Person("山本 隆", "やまもと たかし");

        var y2024 = Year(2024);
        var y2025 = Year(2025);
        var y2026 = Year(2026);
        var fourth = Months(
            y2024,
            Elem(4),
            required: [19, 22, 19, 18, 12, 18, 15],
            absent: [0, 1, 2, 1, 2, 1, 0],
            late: [1, 0, 0, 1, 1, 0, 0],
            fromMonth: 9);
        var fifth = Months(
            y2025,
            Elem(5),
            required: [17, 19, 21, 16, 8, 21, 22, 18, 18, 12, 18, 15],
            absent: [1, 1, 2, 1, 0, 2, 6, 9, 7, 4, 5, 3],
            separateRoom: [0, 0, 0, 0, 0, 0, 1, 2, 3, 2, 1, 1],
            late: [0, 1, 0, 0, 0, 1, 3, 2, 2, 1, 1, 0],
            earlyLeave: [0, 0, 1, 0, 0, 0, 1, 2, 1, 0, 1, 0]);
        var sixth = Months(
            y2026,
            Elem(6),
            required: [16, 18, 22, 16, 8, 20, 21],
            absent: [2, 3, 2, 2, 0, 1, 2],
            separateRoom: [1, 1, 0, 0, 0, 0, 0],
            late: [1, 1, 0, 1, 0, 0, 1],
            earlyLeave: [0, 1, 0, 0, 0, 0, 0]);

        return new StudentSupportPlan
        {
            Id = new Guid("3b0f6c1e-5a2d-4c8e-9f10-000000000005"),
            Header = new PlanHeader
            {
                ClassificationNumber = "釧路-日-2024-003",
                Schools =
                [
                    new SchoolHistoryEntry { Stage = SchoolStage.Elementary, SchoolName = SchoolName, SchoolCode = school, Status = EnrollmentStatus.Enrolled, EnteredOn = D(2024, 9, 2) },
                ],
            },
            Needs = new SupportNeeds
            {
                JapaneseLanguage = new JapaneseLanguageNeed { SpecialCurriculum = true, InstructionStartedOn = D(2024, 9, 9), WeeklyHours = 4 },
                NonAttendance = new NonAttendanceNeed
                {
                    SupportStartedOn = D(2025, 11, 17),
                    Background = "小5の10月、音読の発音を同級生にまねされたことを担任に相談した後、朝の腹痛を訴えて欠席が増えた。母の勤務が早朝になり、弟（3歳）の世話で登校が遅れる日もあった。",
                },
            },
            CommonSheet = new CommonSheet
            {
                Authorship = Authored(
                    D(2024, 9, 13),
                    JslTeacher,
                    (D(2025, 7, 25), JslTeacher, "DLAの結果を追記"),
                    (D(2025, 11, 21), "生徒指導担当 武田 潤", "欠席状況と支援を追記"),
                    (D(2026, 7, 24), JslTeacher, "DLAの結果と中学校への引継ぎに向けた追記")),
                Student = new StudentIdentity
                {
                    Name = Person("サントス マリア クララ", "さんとす まりあ くらら"),
                    Sex = Sex.Female,
                    DateOfBirth = D(2014, 9, 12),
                    Nationality = "フィリピン",
                    Birthplace = "フィリピン共和国 マニラ首都圏 ケソン市",
                },
                Guardians =
                [
                    new Guardian
                    {
                        Name = mother,
                        Relationship = "母",
                        SchoolAdmissionDate = D(2024, 9, 2),
                        Contact = new ContactDetails { Phone = Tel("0154-41-8826"), Note = "連絡は英語またはやさしい日本語で。文書は英語訳を添える。平日は16時以降" },
                    },
                    new Guardian
                    {
                        Name = stepfather,
                        Relationship = "母の配偶者（継父）",
                        SchoolAdmissionDate = D(2024, 9, 2),
                        Contact = new ContactDetails { Phone = Tel("0154-41-8826"), Note = "日本語での連絡可。平日は18時以降" },
                    },
                ],
                AttendanceByGrade = [fourth.Column, fifth.Column, sixth.Column],
                BasicInformation = new BasicInformation
                {
                    Strengths = "英語で読み書きができ、外国語活動では学級の手本になっている。算数の計算が速く正確。歌とダンスが好きで、学習発表会ではフィリピンの踊りを紹介した。",
                    Assessments =
                    [
                        new Assessment { Date = D(2024, 10, 11), Instrument = "DLA〈はじめの一歩〉", Assessor = JslTeacher, Summary = "語彙カードで基本語彙の理解は約30語。あいさつと簡単な指示が分かる。" },
                        new Assessment { Date = D(2025, 7, 18), Instrument = "DLA〈話す〉〈読む〉〈書く〉", Assessor = JslTeacher, Summary = "〈話す〉ステージ3、〈読む〉ステージ2、〈書く〉ステージ2。日常会話は支援があれば可能。教科の語彙は未習が多い。" },
                        new Assessment { Date = D(2026, 7, 17), Instrument = "DLA〈話す〉〈読む〉〈書く〉〈聴く〉", Assessor = JslTeacher, Summary = "〈話す〉ステージ4、〈読む〉ステージ3、〈書く〉ステージ3、〈聴く〉ステージ4。学年相当の教科書は、語彙の支援があれば内容をつかめる。" },
                    ],
                    HomeSituation = "家庭では母とタガログ語、継父とは日本語と英語で話す。弟の世話をよくしている。宿題は継父が見ることが多い。",
                    LearningHistory = "フィリピンの公立小学校にGrade 1からGrade 4の1学期まで在籍（授業言語は英語とフィリピノ語）。算数は分数のたし算・ひき算まで学習済み。来日前の日本語学習経験なし。来日後は学校の日本語指導（取り出し、週4時間）と地域の日本語教室（2025年6月〜2026年1月）で学習。",
                    JapaneseProficiency = "DLA（2026年7月）：〈話す〉4、〈読む〉3、〈書く〉3、〈聴く〉4。日常会話は問題なくできる。教科学習では抽象的な語彙（「割合」「要因」等）の説明と、ふりがなの付いた資料が必要。ひらがな・カタカナの読み書きは定着、漢字は小3配当漢字までおおむね読める。",
                },
                Family = new FamilyRelations
                {
                    DevelopmentalHistory = "フィリピンで出生。就学前教育（Kindergarten）を1年受けた。",
                    Circumstances = "母は2023年に日本人男性と再婚し、2024年8月に本人と来日。母は市内の水産加工場で勤務。継父は運送業。",
                    ChangesSinceCreation =
                    [
                        new DatedNote { Date = D(2025, 10, 1), Text = "母の勤務が早朝シフト（5時〜14時）に変わった。" },
                        new DatedNote { Date = D(2026, 1, 30), Text = "地域の日本語教室の利用をやめた（送迎が難しくなったため）。" },
                        new DatedNote { Date = D(2026, 4, 1), Text = "母の勤務が日勤に戻り、朝の登校が安定した。" },
                    ],
                    FamilyComposition = "母、継父、本人、弟（3歳）",
                    HomeLanguage = "タガログ語・英語（継父とは日本語・英語）",
                },
                Remarks = "日本語指導は特別の教育課程（取り出し指導、週4時間）として実施し、指導計画と学習評価を教育委員会に報告している。",
            },
            GradeSheets =
            [
                new GradeSheet
                {
                    SchoolYear = y2024,
                    Grade = Elem(4),
                    Enrollment = new Enrollment { SchoolName = SchoolName, SchoolCode = school, ClassName = "4年2組（日本語教室）" },
                    HomeroomTeacher = Person("工藤 大樹", "くどう だいき"),
                    Administrator = "校長 佐伯 弘",
                    SheetA = new GradeSheetA
                    {
                        Authorship = Authored(D(2024, 9, 13), Teacher4, (D(2025, 3, 21), Teacher4, "年度末の集計")),
                        SupportAgencies =
                        [
                            Agency(SupportRow.OwnSchool, "日本語指導（取り出し週4時間）、在籍学級での入り込み支援（週2時間）、翻訳アプリを使った連絡", SchoolName, "0154-41-2207", "日本語指導担当 堀、担任 工藤"),
                            Agency(SupportRow.Home, "持ち物の準備と連絡帳の確認", "家庭", null, "母・継父"),
                            Agency(SupportRow.Other, "通訳・翻訳の支援（面談時）", "釧路市教育委員会 外国人児童生徒支援員", "0154-31-4582", "支援員 レイエス"),
                        ],
                        MonthlyAttendance = fourth.Months,
                        AbsenceReasons = "欠席は体調不良による。",
                        HandoverNotes = "・指示は短く、実物や絵を添えると理解できる。\n・英語で補足すると安心する。\n・給食で食べられない物があるときは自分で伝えられる。",
                    },
                    SheetB = new GradeSheetB
                    {
                        Authorship = Authored(D(2024, 9, 20), JslTeacher, (D(2024, 12, 24), JslTeacher, "2学期の評価"), (D(2025, 3, 21), JslTeacher, "3学期の評価")),
                        Student = new SituationAndHopes
                        {
                            CurrentSituation = "（英語で）\"I don't understand Japanese yet, but my classmates are kind.\"（日本語はまだ分からないけど、クラスの子は優しい。）",
                            Hopes = "（英語で）\"I want to read Japanese books.\"（日本語の本を読めるようになりたい。）",
                        },
                        Guardian = new SituationAndHopes
                        {
                            CurrentSituation = "（母・英語で）「学校からの手紙が読めないので、英語かやさしい日本語で書いてほしい。」",
                            Hopes = "（母）「日本語を早く覚えて、日本の高校に行ってほしい。」",
                        },
                        YearGoal = "学校生活に必要な日本語を身に付け、安心して過ごす。",
                        TermPlans =
                        [
                            TermOf(Term.Second, "サバイバル日本語（あいさつ、学校生活の言葉）を身に付ける。", "日本語教室で「やさしい日本語」の教材と絵カードを使って指導する。", "あいさつと学校生活の基本語彙を使えるようになった。", null, "面談時に支援員が通訳する。", "11月の面談で母の要望を聞き取れた。"),
                            TermOf(Term.Third, "ひらがな・カタカナの読み書き。算数は母語の力を生かして在籍学級で学ぶ。", "取り出しで文字指導。算数は英語の用語対照表を用意する。", "ひらがな・カタカナの読み書きがほぼ定着。算数の計算問題は在籍学級で取り組めた。", null, null, null),
                        ],
                    },
                },
                new GradeSheet
                {
                    SchoolYear = y2025,
                    Grade = Elem(5),
                    Enrollment = new Enrollment { SchoolName = SchoolName, SchoolCode = school, ClassName = "5年1組（日本語教室）" },
                    HomeroomTeacher = Person("吉川 彩", "よしかわ あや"),
                    Administrator = "校長 佐伯 弘",
                    SheetA = new GradeSheetA
                    {
                        Authorship = Authored(D(2025, 4, 18), Teacher5, (D(2025, 11, 21), Teacher5, "欠席の増加について追記"), (D(2026, 3, 23), Teacher5, "年度末の集計と引継事項")),
                        SupportAgencies =
                        [
                            Agency(SupportRow.OwnSchool, "日本語指導（取り出し週4時間）、教科の語彙リスト、SC面談", SchoolName, "0154-41-2207", "日本語指導担当 堀、担任 吉川"),
                            Agency(SupportRow.Home, "朝の声かけ、弟の保育園送迎の調整", "家庭", null, "母・継父"),
                            Agency(SupportRow.Welfare, "子育て支援（弟の一時保育の紹介）", "釧路市こども家庭支援課", "0154-31-4706", "相談員 大森"),
                            Agency(SupportRow.Other, "地域の日本語教室（週1回、2025年6月〜2026年1月）", Npo, "0154-64-9013", "コーディネーター 岡田"),
                        ],
                        MonthlyAttendance = fifth.Months,
                        AbsenceReasons = "10月に音読の発音を同級生にまねされたことを相談した後、朝の腹痛を訴えて欠席が増えた（学級での指導と保護者への説明を10月中に実施）。母の早朝勤務で弟の世話をしてから登校する日もあった。",
                        HandoverNotes = "・発音をからかわれた経験から、人前での音読に不安がある。指名の前に本人に確認する。\n・英語の力を生かせる場面（外国語の時間のモデル等）で自信をもてる。\n・欠席が2日続いたときは、担任から母に英語で連絡すると返信がある。",
                    },
                    SheetB = new GradeSheetB
                    {
                        Authorship = Authored(D(2025, 4, 25), JslTeacher, (D(2025, 7, 25), JslTeacher, "1学期の評価"), (D(2025, 12, 24), JslTeacher, "2学期の評価"), (D(2026, 3, 23), JslTeacher, "3学期の評価")),
                        Student = new SituationAndHopes
                        {
                            CurrentSituation = "「日本語で話すのは大丈夫。でも、みんなの前で読むのはこわい。」",
                            Hopes = "「看護師になりたい。お母さんの国の人も助けたい。」",
                        },
                        Guardian = new SituationAndHopes
                        {
                            CurrentSituation = "（母）「朝、お腹が痛いと言って休むことが増えて心配している。仕事が早くて朝は家にいられない。」",
                            Hopes = "（母）「学校に安心して通えるようにしてほしい。高校に行くための勉強も続けてほしい。」",
                        },
                        YearGoal = "教科の学習に必要な日本語の語彙を増やし、安心して学級で学ぶ。",
                        TermPlans =
                        [
                            TermOf(Term.First, "社会・理科の教科語彙を理解する。", "単元ごとに語彙リスト（日本語・英語・タガログ語）を作成し、取り出しで予習する。", "語彙リストを使って社会科のテストで7割を取れた。", "地域の日本語教室で読み書きを練習する。", "NPOの学習支援教室（週1回）。", "週1回通い、作文に取り組んだ。"),
                            TermOf(Term.Second, "安心して学級で過ごす。", "からかいへの学級指導。音読は事前に本人に確認して指名する。SC面談を設定する。", "11月は欠席が9日あった。12月以降は別室で朝の時間を過ごしてから教室に入れる日が増えた。", "家庭の負担を軽くする。", "こども家庭支援課が弟の一時保育を紹介する。", "12月から一時保育を週2回利用。"),
                            TermOf(Term.Third, "6年生に向けて学習の遅れを取り戻す。", "算数・国語の補充を日本語教室で行う。", "欠席は月3〜5日に減った。", null, null, null),
                        ],
                    },
                },
                new GradeSheet
                {
                    SchoolYear = y2026,
                    Grade = Elem(6),
                    Enrollment = new Enrollment { SchoolName = SchoolName, SchoolCode = school, ClassName = "6年1組（日本語教室）" },
                    HomeroomTeacher = Person("吉川 彩", "よしかわ あや"),
                    Administrator = "校長 佐伯 弘",
                    SheetA = new GradeSheetA
                    {
                        Authorship = Authored(D(2026, 4, 17), Teacher6, (D(2026, 11, 6), Teacher6, "10月分までの出欠を記録")),
                        SupportAgencies =
                        [
                            Agency(SupportRow.OwnSchool, "日本語指導（取り出し週3時間、入り込み週1時間）、教科語彙リスト", SchoolName, "0154-41-2207", "日本語指導担当 堀、担任 吉川"),
                            Agency(SupportRow.Home, "朝の声かけ、宿題の確認", "家庭", null, "母・継父"),
                        ],
                        MonthlyAttendance = sixth.Months,
                        AbsenceReasons = "欠席は体調不良によるものが主。",
                    },
                    SheetB = new GradeSheetB
                    {
                        Authorship = Authored(D(2026, 4, 24), JslTeacher, (D(2026, 7, 24), JslTeacher, "1学期の評価")),
                        Student = new SituationAndHopes
                        {
                            CurrentSituation = "「勉強が分かるようになってきた。中学校は英語があるから楽しみ。」",
                            Hopes = "「中学校でも日本語の勉強を続けたい。看護師になりたい。」",
                        },
                        Guardian = new SituationAndHopes
                        {
                            CurrentSituation = "（母）「朝も一緒にいられるようになって、元気に通っている。」",
                            Hopes = "（母）「中学校でも日本語の先生に見てほしい。これまでのことを中学校に伝えてほしい。」",
                        },
                        YearGoal = "教科書を使った学習に参加し、中学校の学習に見通しをもつ。",
                        TermPlans =
                        [
                            TermOf(Term.First, "学年相当の教科書の内容を理解する。", "教科書本文にふりがなと語彙の注を付けた資料を用意する。", "DLAで〈読む〉がステージ3に上がった。", null, null, null),
                            TermOf(Term.Second, "中学校の日本語指導につなぐ。", "中学校の日本語指導担当との情報交換（11月）を設定する。", null, null, "通訳を依頼し、中学校説明会の内容を母に伝える。", null),
                            TermOf(Term.Third, "中学校生活への見通しをもつ。", "中学校の体験入学に参加する。", null, null, null, null),
                        ],
                    },
                },
            ],
            CaseConferences =
            [
                new CaseConferenceRecord
                {
                    HeldOn = D(2024, 9, 2),
                    Authorship = Authored(D(2024, 9, 2), JslTeacher),
                    RecorderRole = "日本語指導担当",
                    Purpose = "受入れ時の面談（初期指導の計画と学校生活の確認）",
                    Grade = Elem(4),
                    ClassName = "4年2組",
                    Participants =
                    [
                        Who(ParticipantRole.Student, "サントス マリア クララ"),
                        Who(ParticipantRole.Guardian, "サントス ジョイ", "母"),
                        Who(ParticipantRole.Guardian, "山本 隆", "継父"),
                        Who(ParticipantRole.SchoolStaff, "工藤 大樹", "学級担任", SchoolName),
                        Who(ParticipantRole.SchoolStaff, "堀 由紀子", "日本語指導担当", SchoolName),
                        Who(ParticipantRole.Other, "マリセル レイエス", "通訳（タガログ語・英語）", "釧路市教育委員会"),
                    ],
                    StudentIntentions = "（通訳を介して）「友達をつくりたい。日本語を勉強したい。」",
                    GuardianIntentions = "（母・通訳を介して）「宗教上の理由はないので給食は全部食べられる。学校の行事は何でも参加させたい。」",
                    SupportStatus =
                    [
                        Role("初期の日本語指導", "日本語指導担当", "サバイバル日本語の習得", D(2024, 12, 20), "あいさつと学校生活の基本語彙を習得", D(2024, 12, 20)),
                    ],
                    AgreedItems = "特別の教育課程による日本語指導を週4時間行う。学校からの文書には英語訳を添える。",
                },
                new CaseConferenceRecord
                {
                    HeldOn = D(2025, 11, 21),
                    Authorship = Authored(D(2025, 11, 21), "生徒指導担当 武田 潤"),
                    RecorderRole = "生徒指導担当",
                    Purpose = "欠席の増加についての情報共有と支援の検討",
                    Grade = Elem(5),
                    ClassName = "5年1組",
                    Participants =
                    [
                        Who(ParticipantRole.Guardian, "サントス ジョイ", "母"),
                        Who(ParticipantRole.SchoolStaff, "吉川 彩", "学級担任", SchoolName),
                        Who(ParticipantRole.SchoolStaff, "堀 由紀子", "日本語指導担当", SchoolName),
                        Who(ParticipantRole.SchoolStaff, "武田 潤", "生徒指導担当", SchoolName),
                        Who(ParticipantRole.Agency, "三上 玲子", "スクールカウンセラー", "北海道教育委員会（派遣）"),
                        Who(ParticipantRole.Other, "マリセル レイエス", "通訳（タガログ語・英語）", "釧路市教育委員会"),
                    ],
                    StudentIntentions = "（面談で聞き取り）「学校は好き。でも音読の時間が近づくとお腹が痛くなる。」",
                    GuardianIntentions = "（母・通訳を介して）「朝は仕事で家にいられない。下の子の保育園の送りもあって、上の子に頼ってしまっている。」",
                    AgencyInformation =
                    [
                        new AgencyInformation { Source = Npo, Text = "日本語教室には休まず通っており、作文を楽しんでいる。" },
                    ],
                    SupportStatus =
                    [
                        Role("安心して登校する", "学級担任・日本語指導担当", "音読の指名は事前に確認。朝は日本語教室で過ごしてから教室へ", D(2025, 12, 19), "12月は別室を経て教室に入れる日が増えた", D(2025, 12, 19)),
                        Role("家庭の負担の軽減", "こども家庭支援課（紹介）", "弟の一時保育の利用", D(2025, 12, 1), "12月から週2回利用", D(2025, 12, 5)),
                    ],
                    AgreedItems = "欠席が2日続いたら担任が母に英語で連絡する。支援の状況を本シートに記録する。",
                },
                new CaseConferenceRecord
                {
                    HeldOn = D(2026, 10, 16),
                    Authorship = Authored(D(2026, 10, 16), JslTeacher),
                    RecorderRole = "日本語指導担当",
                    Purpose = "中学校への引継ぎ内容の確認と同意",
                    Grade = Elem(6),
                    ClassName = "6年1組",
                    Participants =
                    [
                        Who(ParticipantRole.Student, "サントス マリア クララ"),
                        Who(ParticipantRole.Guardian, "サントス ジョイ", "母"),
                        Who(ParticipantRole.SchoolStaff, "吉川 彩", "学級担任", SchoolName),
                        Who(ParticipantRole.SchoolStaff, "堀 由紀子", "日本語指導担当", SchoolName),
                        Who(ParticipantRole.Other, "マリセル レイエス", "通訳（タガログ語・英語）", "釧路市教育委員会"),
                    ],
                    StudentIntentions = "「中学校の日本語の先生に、私のことを知っておいてほしい。」",
                    GuardianIntentions = "（母・通訳を介して）「日本語の力や学習のことは伝えてほしい。国籍は名簿で分かるので、このシートでは伝えなくてよい。」",
                    SupportStatus =
                    [
                        Role("切れ目のない日本語指導", "日本語指導担当", "中学校の日本語指導担当との情報交換", D(2026, 11, 27)),
                    ],
                    AgreedItems = "引き継ぐ内容を印刷して英語の説明を付けて示し、項目ごとに同意を確認した（国籍等・出生地は除く）。送付の前に改めて母に内容を見せる。",
                },
            ],
            Consents =
            [
                new ConsentRecord
                {
                    Id = "foreign-2025-001",
                    Decision = ConsentDecision.Granted,
                    Grantor = new ConsentGrantor { Kind = GrantorKind.Guardian, Name = mother.Name, Relationship = "母" },
                    Recipient = new ConsentRecipient { Kind = RecipientKind.PrivateAgency, Name = Npo },
                    Purpose = DisclosurePurpose.AgencySharing,
                    Items = ["needs.japanese-language", "common.basic.japanese-proficiency", "common.basic.learning-history", "grade.b.term-plans"],
                    DecidedOn = D(2025, 6, 6),
                    ValidUntil = D(2027, 3, 31),
                    Method = ConsentMethod.Written,
                    ContentShown = true,
                    PurposeExplained = true,
                    RecordedBy = JslTeacher,
                    Note = "同意書は英語訳付き。地域の日本語教室での学習支援のため。",
                },
                new ConsentRecord
                {
                    Id = "foreign-2026-001",
                    Decision = ConsentDecision.Withdrawn,
                    Grantor = new ConsentGrantor { Kind = GrantorKind.Guardian, Name = mother.Name, Relationship = "母" },
                    Recipient = new ConsentRecipient { Kind = RecipientKind.PrivateAgency, Name = Npo },
                    Purpose = DisclosurePurpose.AgencySharing,
                    Items = ["needs.japanese-language", "common.basic.japanese-proficiency", "common.basic.learning-history", "grade.b.term-plans"],
                    DecidedOn = D(2026, 2, 13),
                    Method = ConsentMethod.Oral,
                    RecordedBy = JslTeacher,
                    Withdraws = "foreign-2025-001",
                    Note = "（母）「教室に通うのをやめたので、これからは情報を送らないでほしい。」電話で撤回の申出を受け、NPOに共有の停止を連絡した。",
                },
                new ConsentRecord
                {
                    Id = "foreign-2026-002",
                    Decision = ConsentDecision.Granted,
                    Grantor = new ConsentGrantor { Kind = GrantorKind.Guardian, Name = mother.Name, Relationship = "母" },
                    Recipient = new ConsentRecipient { Kind = RecipientKind.PublicSchool, Name = JuniorHighName, SchoolCode = juniorHigh },
                    Purpose = DisclosurePurpose.Handover,
                    Items = ["common-sheet", "grade-sheet", "grade-sheet-a", "grade-sheet-b", "case-conference", "needs.japanese-language", "needs.non-attendance", "common.basic.japanese-proficiency", "common.basic.learning-history", "common.family.home-language"],
                    DecidedOn = D(2026, 10, 16),
                    ValidUntil = D(2027, 6, 30),
                    Method = ConsentMethod.Written,
                    ContentShown = true,
                    PurposeExplained = true,
                    RecordedBy = JslTeacher,
                    Note = "中学校進学時の引継ぎ。送付前に内容を母に再度示す。",
                },
                new ConsentRecord
                {
                    Id = "foreign-2026-003",
                    Decision = ConsentDecision.Refused,
                    Grantor = new ConsentGrantor { Kind = GrantorKind.Guardian, Name = mother.Name, Relationship = "母" },
                    Recipient = new ConsentRecipient { Kind = RecipientKind.PublicSchool, Name = JuniorHighName, SchoolCode = juniorHigh },
                    Purpose = DisclosurePurpose.Handover,
                    Items = ["common.student.nationality"],
                    DecidedOn = D(2026, 10, 16),
                    Method = ConsentMethod.Written,
                    ContentShown = true,
                    PurposeExplained = true,
                    RecordedBy = JslTeacher,
                    Refusal = new RefusalDetails
                    {
                        Reasons = "（母）「国籍は入学の手続きで分かるので、このシートには書いて送らないでほしい。必要以上に知られたくない。」",
                        Discussion = "日本語指導の継続には、日本語力・学習歴・家庭内使用言語があれば足りることを確認した。国籍等・出生地は引き継がないこととし、中学校には入学手続の書類で確認してもらう。",
                    },
                },
            ],
        };
    }
}
