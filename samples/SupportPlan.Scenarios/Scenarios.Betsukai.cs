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
    /// Betsukai town (seed 004): the education support centre opens a satellite room in the western district, with an
    /// ICT helper, tablets, drawing software, programming and drone activities; a 小5 pupil keeps attending the satellite
    /// room and the days at school increase. Non-attendance need; school years 2022–2026 (小1–小5). The handover consent
    /// is deferred: the family will decide after the spring meeting.
    /// </summary>
    /// <returns>The plan.</returns>
    public static StudentSupportPlan Betsukai()
    {
        var school = Code(SchoolType.Elementary, 1, "2250107");
        const string SchoolName = "別海町立みどり野小学校";
        const string Centre = "別海町教育支援センター「ひだまりるーむ」";
        const string Satellite = "別海町教育支援センター「ひだまりるーむサテライト」（西部地区）";
        const string Welfare = "別海町こども家庭課 子育て相談係";
        const string Coordinator = "特別支援教育コーディネーター 菅原 美保";
        const string Teacher4 = "4年1組担任 千葉 拓也";
        const string Teacher5 = "5年1組担任 及川 奈々";
        var mother = Person("大西 亜希子", "おおにし あきこ");

        var y2025 = Year(2025);
        var y2026 = Year(2026);
        var fourth = Months(
            y2025,
            Elem(4),
            required: [17, 19, 21, 16, 8, 21, 22, 18, 18, 12, 18, 15],
            absent: [8, 10, 12, 9, 4, 8, 7, 6, 5, 3, 5, 3],
            separateRoom: [2, 2, 1, 1, 0, 2, 3, 3, 3, 2, 3, 3],
            late: [3, 2, 2, 1, 1, 2, 2, 1, 1, 1, 1, 0],
            earlyLeave: [2, 2, 1, 1, 0, 1, 1, 1, 0, 0, 1, 0],
            countedAsAttended: [5, 7, 8, 6, 3, 6, 5, 4, 4, 2, 3, 2],
            supportCentre: [5, 7, 8, 6, 3, 6, 5, 4, 4, 2, 3, 2],
            ict: [1, 1, 2, 1, 0, 1, 1, 1, 0, 0, 1, 0]);
        var fifth = Months(
            y2026,
            Elem(5),
            required: [16, 18, 22, 16, 8, 20, 21],
            absent: [3, 4, 3, 2, 1, 2, 2],
            separateRoom: [2, 2, 1, 1, 0, 1, 0],
            late: [1, 1, 1, 0, 0, 1, 1],
            earlyLeave: [1, 0, 1, 0, 0, 0, 0],
            countedAsAttended: [2, 3, 2, 2, 1, 1, 1],
            supportCentre: [2, 3, 2, 2, 1, 1, 1]);

        return new StudentSupportPlan
        {
            Id = new Guid("3b0f6c1e-5a2d-4c8e-9f10-000000000002"),
            Header = new PlanHeader
            {
                ClassificationNumber = "別海-小-2024-006",
                Schools =
                [
                    new SchoolHistoryEntry { Stage = SchoolStage.Elementary, SchoolName = SchoolName, SchoolCode = school, Status = EnrollmentStatus.Enrolled, EnteredOn = D(2022, 4, 1) },
                ],
            },
            Needs = new SupportNeeds
            {
                NonAttendance = new NonAttendanceNeed
                {
                    SupportStartedOn = D(2024, 6, 3),
                    Background = "小3の5月の学級編成替え後、教室の騒がしさや大勢での活動がつらいと話し、朝の登校渋りと欠席が増えた。学業や友人関係に大きな問題はみられない。",
                },
            },
            CommonSheet = new CommonSheet
            {
                Authorship = Authored(
                    D(2024, 6, 14),
                    Coordinator,
                    (D(2024, 11, 8), Coordinator, "サテライト通室の開始を追記"),
                    (D(2025, 4, 18), Teacher4, "進級に伴う追記"),
                    (D(2026, 4, 17), Teacher5, "進級に伴う追記")),
                Student = new StudentIdentity { Name = Person("大西 蒼空", "おおにし そら"), Sex = Sex.Male, DateOfBirth = D(2015, 6, 3) },
                Guardians =
                [
                    new Guardian
                    {
                        Name = mother,
                        Relationship = "母",
                        Contact = new ContactDetails { Phone = Tel("0153-78-2294"), Note = "酪農業のため、朝夕の搾乳時間（5時〜8時、16時〜19時）を避けて連絡" },
                    },
                    new Guardian { Name = Person("大西 徹", "おおにし とおる"), Relationship = "父" },
                ],
                AttendanceByGrade =
                [
                    Column(Year(2022), Elem(1), 203, 6, late: 2),
                    Column(Year(2023), Elem(2), 204, 9, late: 3),
                    Column(Year(2024), Elem(3), 203, 58, late: 17, earlyLeave: 9, separateRoom: 12),
                    fourth.Column,
                    fifth.Column,
                ],
                BasicInformation = new BasicInformation
                {
                    Strengths = "絵を描くことと機械いじりが好き。タブレットのイラスト作成ソフトを使いこなし、プログラミング（ビジュアル言語）で簡単なゲームを作れる。牛の世話を手伝い、家畜の名前や特徴をよく知っている。",
                    Assessments =
                    [
                        new Assessment { Date = D(2024, 7, 5), Instrument = "スクールカウンセラー面談", Assessor = "スクールカウンセラー", Summary = "大きな音や人の多い場所で緊張が高まる。休み時間の騒がしさが特につらいと話す。家庭では落ち着いている。" },
                        new Assessment { Date = D(2025, 12, 12), Instrument = "学級での行動観察", Assessor = "特別支援教育コーディネーター", Summary = "少人数の活動では自分から発言できる。全校集会や体育館での活動は前半で疲れが見える。イヤーマフを使うと集中が続く。" },
                    ],
                    HomeSituation = "牧場の仕事を手伝うのが好きで、子牛の世話を任されている。休日は祖父と機械の整備をしている。ゲームは1日1時間の約束を守れている。",
                },
                Family = new FamilyRelations
                {
                    DevelopmentalHistory = "乳幼児健診で指摘事項なし。保育所では少人数の遊びを好んだ。",
                    Circumstances = "自宅は町の西部地区の酪農家で、中央地区の教育支援センターまで車で約40分かかる。父母は早朝から牧場の仕事がある。",
                    ChangesSinceCreation =
                    [
                        new DatedNote { Date = D(2024, 10, 1), Text = "西部地区にサテライトが開設され、自宅から車で10分で通えるようになった。" },
                        new DatedNote { Date = D(2025, 9, 1), Text = "祖父が腰を痛め、父母の仕事の負担が増えた。サテライトへの送迎は祖母が担っている。" },
                    ],
                    FamilyComposition = "祖父、祖母、父、母、本人、妹（小2）",
                },
                Remarks = "サテライトへの通室日は、校長の判断により指導要録上の出席扱いとしている。",
            },
            GradeSheets =
            [
                new GradeSheet
                {
                    SchoolYear = y2025,
                    Grade = Elem(4),
                    Enrollment = new Enrollment { SchoolName = SchoolName, SchoolCode = school, ClassName = "4年1組" },
                    HomeroomTeacher = Person("千葉 拓也", "ちば たくや"),
                    Administrator = "校長 本間 克也",
                    SheetA = new GradeSheetA
                    {
                        Authorship = Authored(D(2025, 4, 18), Teacher4, (D(2025, 12, 19), Teacher4, "2学期までの出欠を集計"), (D(2026, 3, 23), Teacher4, "年度末の集計と引継事項")),
                        SupportAgencies =
                        [
                            Agency(SupportRow.OwnSchool, "登校した日の別室（図書室横の学習室）の用意、サテライトとの毎日の連絡、イヤーマフの使用", SchoolName, "0153-78-3310", "担任 千葉、特別支援教育コーディネーター 菅原"),
                            Agency(SupportRow.Home, "サテライトへの送迎、登校日の朝の声かけ", "家庭", null, "母・祖母"),
                            Agency(SupportRow.Welfare, "母の子育て相談（随時）", Welfare, "0153-75-2118", "保健師 河野"),
                            Agency(SupportRow.Other, "サテライトでの居場所と学習支援、ICT支援員によるプログラミング・イラスト作成・ドローン体験", Satellite, "0153-78-5021", "指導員 荒木、ICT支援員 森"),
                        ],
                        MonthlyAttendance = fourth.Months,
                        AbsenceReasons = "教室の騒がしさや大勢での活動への緊張から、朝に腹痛を訴えて欠席することが続いた。欠席日の多くはサテライトに通室している。",
                        HandoverNotes = "・サテライトでの活動（特にイラストとプログラミング）が自己肯定感につながっている。\n・登校日は朝の会を別室で過ごしてから教室に入ると落ち着く。\n・行事は練習の見学から参加を始めると、本番に参加できることが多い。\n・イヤーマフは本人の判断で使ってよいことを学級で共有している。",
                    },
                    SheetB = new GradeSheetB
                    {
                        Authorship = Authored(D(2025, 4, 25), Teacher4, (D(2025, 7, 25), Teacher4, "1学期の評価"), (D(2025, 12, 24), Teacher4, "2学期の評価"), (D(2026, 3, 23), Teacher4, "3学期の評価")),
                        Student = new SituationAndHopes
                        {
                            CurrentSituation = "「サテライトは静かで好き。学校は、音がうるさい日は疲れる。」",
                            Hopes = "「ドローンを飛ばす仕事か、ゲームを作る人になりたい。」",
                        },
                        Guardian = new SituationAndHopes
                        {
                            CurrentSituation = "「サテライトに行く日は朝から機嫌がいい。学校に行く日は前の晩から緊張している。」",
                            Hopes = "「好きなことを伸ばしながら、学校に行ける日が少しずつ増えるといい。」",
                        },
                        YearGoal = "サテライトと学校を組み合わせて、安心して学ぶ時間を増やす。得意なことで友達と関わる。",
                        TermPlans =
                        [
                            TermOf(Term.First, "週1日以上登校し、別室で学習する。", "登校日は学習室に担任が顔を出し、その日の予定を一緒に決める。サテライトの活動の様子を毎日電話で共有する。", "週1〜2日登校できた。6月の運動会は練習の見学のみ。", "サテライトで安心して過ごし、興味のある活動に取り組む。", "ICT支援員がタブレットとイラスト作成ソフトを用意し、作品づくりを支援する。", "毎日のように作品を描き、他の児童に描き方を教える場面があった。"),
                            TermOf(Term.Second, "学級の活動に得意なことで参加する。", "学芸会の背景画を担当できるよう学級で相談する。イヤーマフの使用を学級で説明する。", "学芸会の背景画を仲間と描き、当日も舞台袖で参加できた。", "他の児童と協力する活動を経験する。", "プログラミング体験とドローン操作体験をグループで行う。", "ドローンの操作で下級生を手伝い、「教えるのが楽しい」と話した。"),
                            TermOf(Term.Third, "登校日を週3日に増やす。", "午前中の登校から始め、給食を教室で食べる日を設ける。", "2月以降は週3日登校。給食を教室で食べられる日が増えた。", "サテライトでの活動を継続する。", "週2日程度の通室を継続し、学校と毎日連絡する。", "学校とサテライトを組み合わせた生活が安定した。"),
                        ],
                    },
                },
                new GradeSheet
                {
                    SchoolYear = y2026,
                    Grade = Elem(5),
                    Enrollment = new Enrollment { SchoolName = SchoolName, SchoolCode = school, ClassName = "5年1組" },
                    HomeroomTeacher = Person("及川 奈々", "おいかわ なな"),
                    Administrator = "校長 本間 克也",
                    SheetA = new GradeSheetA
                    {
                        Authorship = Authored(D(2026, 4, 17), Teacher5, (D(2026, 11, 6), Teacher5, "10月分までの出欠を記録")),
                        SupportAgencies =
                        [
                            Agency(SupportRow.OwnSchool, "教室内の静かな席の配慮、学習室の利用、イヤーマフの使用", SchoolName, "0153-78-3310", "担任 及川、特別支援教育コーディネーター 菅原"),
                            Agency(SupportRow.Home, "朝の声かけ、疲れが見える日の学校への連絡", "家庭", null, "母"),
                            Agency(SupportRow.Other, "週1〜2日の通室、ICT支援員との作品づくり", Satellite, "0153-78-5021", "指導員 荒木、ICT支援員 森"),
                        ],
                        MonthlyAttendance = fifth.Months,
                        AbsenceReasons = "欠席の多くは行事の前後や疲れが続いたとき。欠席日はサテライトに通室している。",
                    },
                    SheetB = new GradeSheetB
                    {
                        Authorship = Authored(D(2026, 4, 24), Teacher5, (D(2026, 7, 24), Teacher5, "1学期の評価")),
                        Student = new SituationAndHopes
                        {
                            CurrentSituation = "「学校に行ける日が増えた。自然教室はちょっと不安。」",
                            Hopes = "「中学生になったらパソコン部に入りたい。」",
                        },
                        Guardian = new SituationAndHopes
                        {
                            CurrentSituation = "「学校の話を家でするようになった。」",
                            Hopes = "「中学校に上がってもサテライトのような場所があると安心。中学校に何をどこまで伝えるかは、春の面談で中学校の様子を聞いてから決めたい。」",
                        },
                        YearGoal = "週4日以上登校し、宿泊を伴う行事に参加する。",
                        TermPlans =
                        [
                            TermOf(Term.First, "週4日以上登校する。", "朝の会前に担任と一日の予定を確認する。体育館での活動ではイヤーマフを使ってよいことを学級で再確認する。", "5月以降、週4日登校が続いた。", "サテライトでの活動を続ける。", "行事の前後に通室できるよう日程を調整する。", "運動会の翌日にサテライトで休息し、週明けは登校できた。"),
                            TermOf(Term.Second, "自然教室に参加する。", "行程と部屋割りを事前に写真付きで伝え、静かに休める場所を確保する。", null, null, "ICT支援員と自然教室の記録動画を作る計画を立てる。", null),
                            TermOf(Term.Third, "中学校進学に向けて見通しをもつ。", "中学校の教育相談担当との顔合わせを計画する。", null, null, null, null),
                        ],
                    },
                },
            ],
            CaseConferences =
            [
                new CaseConferenceRecord
                {
                    HeldOn = D(2024, 6, 14),
                    Authorship = Authored(D(2024, 6, 14), Coordinator),
                    RecorderRole = "特別支援教育コーディネーター",
                    Purpose = "登校渋りと欠席の増加について校内で情報を共有し、支援の方針を決める",
                    Grade = Elem(3),
                    ClassName = "3年1組",
                    Participants =
                    [
                        Who(ParticipantRole.SchoolStaff, "及川 奈々", "3年1組担任（当時）", SchoolName),
                        Who(ParticipantRole.SchoolStaff, "菅原 美保", "特別支援教育コーディネーター", SchoolName),
                        Who(ParticipantRole.SchoolStaff, "本間 克也", "校長", SchoolName),
                        Who(ParticipantRole.Agency, "佐久間 由香", "スクールカウンセラー", "北海道教育委員会（派遣）"),
                    ],
                    GuardianIntentions = "（面談で聞き取り）「家では元気。学校の音が苦手だと言っている。」",
                    SupportStatus =
                    [
                        Role("登校の負担を減らす", "学級担任", "学習室での別室登校を用意する", D(2024, 6, 21), "週1〜2日利用できた", D(2024, 7, 19)),
                        Role("本人の困りごとの把握", "スクールカウンセラー", "面談を行う", D(2024, 7, 5), "7月5日に実施", D(2024, 7, 5)),
                    ],
                    AgreedItems = "児童生徒理解・支援シートを作成する。教育支援センターの利用を保護者に紹介する。",
                },
                new CaseConferenceRecord
                {
                    HeldOn = D(2024, 10, 25),
                    Authorship = Authored(D(2024, 10, 25), Coordinator),
                    RecorderRole = "特別支援教育コーディネーター",
                    Purpose = "サテライトの利用開始に向けた確認",
                    Grade = Elem(3),
                    ClassName = "3年1組",
                    Participants =
                    [
                        Who(ParticipantRole.Student, "大西 蒼空"),
                        Who(ParticipantRole.Guardian, "大西 亜希子", "母"),
                        Who(ParticipantRole.SchoolStaff, "菅原 美保", "特別支援教育コーディネーター", SchoolName),
                        Who(ParticipantRole.Agency, "荒木 修", "指導員", Satellite),
                        Who(ParticipantRole.Agency, "森 大輔", "ICT支援員", Centre),
                    ],
                    StudentIntentions = "「絵を描けるなら行ってみたい。ドローンもやってみたい。」",
                    GuardianIntentions = "「中央のセンターは遠くて通えなかった。近くにできて助かる。」",
                    SupportStatus =
                    [
                        Role("安心できる居場所", "教育支援センター（サテライト）", "週2日の通室から始める", D(2024, 11, 29), "11月は週2〜3日通室できた", D(2024, 11, 29)),
                        Role("学校とのつながり", "学級担任", "週1回サテライトを訪問する", D(2024, 12, 20), "毎週訪問し、作品を学級に紹介した", D(2024, 12, 20)),
                    ],
                    AgreedItems = "サテライトと学校は毎日電話で出欠と様子を共有する。通室日は指導要録上の出席扱いとする。",
                },
                new CaseConferenceRecord
                {
                    HeldOn = D(2025, 5, 16),
                    Authorship = Authored(D(2025, 5, 16), Coordinator),
                    RecorderRole = "特別支援教育コーディネーター",
                    Purpose = "4年生の支援計画の確認",
                    Grade = Elem(4),
                    ClassName = "4年1組",
                    Participants =
                    [
                        Who(ParticipantRole.Guardian, "大西 亜希子", "母"),
                        Who(ParticipantRole.SchoolStaff, "千葉 拓也", "学級担任", SchoolName),
                        Who(ParticipantRole.SchoolStaff, "菅原 美保", "特別支援教育コーディネーター", SchoolName),
                        Who(ParticipantRole.Agency, "荒木 修", "指導員", Satellite),
                    ],
                    GuardianIntentions = "「サテライトは続けながら、学校に行ける日を増やしたい。」",
                    AgencyInformation =
                    [
                        new AgencyInformation { Source = Satellite, Text = "プログラミング体験で作ったゲームを他の児童に遊んでもらい、感想を聞いて喜んでいた。" },
                    ],
                    SupportStatus =
                    [
                        Role("登校日を増やす", "学級担任", "週2日の登校", D(2025, 7, 25), "週1〜2日", D(2025, 7, 25)),
                        Role("得意なことを生かす", "教育支援センター", "ICT支援員との作品づくりを学校で発表する", D(2025, 10, 31), "学芸会の背景画を担当", D(2025, 11, 14)),
                    ],
                    AgreedItems = "イヤーマフの使用を学級で説明する（本人の了解を得て）。",
                },
                new CaseConferenceRecord
                {
                    HeldOn = D(2026, 3, 6),
                    Authorship = Authored(D(2026, 3, 6), Coordinator),
                    RecorderRole = "特別支援教育コーディネーター",
                    Purpose = "1年間の振り返りと5年生への引継ぎ",
                    Grade = Elem(4),
                    ClassName = "4年1組",
                    Participants =
                    [
                        Who(ParticipantRole.Student, "大西 蒼空"),
                        Who(ParticipantRole.Guardian, "大西 亜希子", "母"),
                        Who(ParticipantRole.SchoolStaff, "千葉 拓也", "学級担任", SchoolName),
                        Who(ParticipantRole.SchoolStaff, "菅原 美保", "特別支援教育コーディネーター", SchoolName),
                        Who(ParticipantRole.Agency, "荒木 修", "指導員", Satellite),
                    ],
                    StudentIntentions = "「5年生になったら、学校に行く日をもう少し増やしたい。」",
                    GuardianIntentions = "「今の形を続けてほしい。」",
                    SupportStatus =
                    [
                        Role("週4日以上の登校", "学級担任（新5年）", "朝の会前の予定確認を続ける", D(2026, 5, 29), "5月以降週4日登校", D(2026, 5, 29)),
                    ],
                    AgreedItems = "新担任に本シートを引き継ぐ。サテライトの利用は週1〜2日を目安に継続する。",
                },
                new CaseConferenceRecord
                {
                    HeldOn = D(2026, 10, 30),
                    Authorship = Authored(D(2026, 10, 30), Coordinator),
                    RecorderRole = "特別支援教育コーディネーター",
                    Purpose = "2学期の経過と中学校進学に向けた情報の引継ぎについての相談",
                    Grade = Elem(5),
                    ClassName = "5年1組",
                    Participants =
                    [
                        Who(ParticipantRole.Guardian, "大西 亜希子", "母"),
                        Who(ParticipantRole.SchoolStaff, "及川 奈々", "学級担任", SchoolName),
                        Who(ParticipantRole.SchoolStaff, "菅原 美保", "特別支援教育コーディネーター", SchoolName),
                    ],
                    GuardianIntentions = "「中学校に伝えることで助かる面もあると思うが、まだ決めきれない。来年の春に中学校の先生と会ってから決めたい。」",
                    SupportStatus =
                    [
                        Role("進学への見通し", "特別支援教育コーディネーター", "春の面談に中学校の教育相談担当を招く", D(2027, 4, 23)),
                    ],
                    AgreedItems = "中学校への引継ぎの同意は、2027年4月の面談の後にあらためて確認する。",
                },
            ],
            Consents =
            [
                new ConsentRecord
                {
                    Id = "betsukai-2024-001",
                    Decision = ConsentDecision.Granted,
                    Grantor = new ConsentGrantor { Kind = GrantorKind.Guardian, Name = mother.Name, Relationship = "母" },
                    Recipient = new ConsentRecipient { Kind = RecipientKind.PublicAgency, Name = Centre },
                    Purpose = DisclosurePurpose.AgencySharing,
                    Items = ["needs.non-attendance", "common.basic.strengths", "grade.a.monthly-attendance", "grade.b.student-situation", "grade.b.term-plans"],
                    DecidedOn = D(2024, 10, 25),
                    ValidUntil = D(2028, 3, 31),
                    Method = ConsentMethod.Written,
                    ContentShown = true,
                    PurposeExplained = true,
                    RecordedBy = Coordinator,
                    Note = "サテライトを含む教育支援センターでの支援のため。",
                },
                new ConsentRecord
                {
                    Id = "betsukai-2026-001",
                    Decision = ConsentDecision.Deferred,
                    Grantor = new ConsentGrantor { Kind = GrantorKind.Guardian, Name = mother.Name, Relationship = "母" },
                    Recipient = new ConsentRecipient { Kind = RecipientKind.PublicSchool },
                    Purpose = DisclosurePurpose.Handover,
                    Items = ["common-sheet", "grade-sheet", "grade-sheet-a", "grade-sheet-b"],
                    DecidedOn = D(2026, 10, 30),
                    Method = ConsentMethod.Oral,
                    ContentShown = true,
                    PurposeExplained = true,
                    RecordedBy = Coordinator,
                    RevisitOn = D(2027, 4, 23),
                    Note = "「春の面談で中学校の様子を聞いてから決めたい」（母）。2027年4月の面談後に再確認する。",
                },
            ],
        };
    }
}
