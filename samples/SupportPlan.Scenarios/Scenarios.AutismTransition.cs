using SupportPlan.Model.Accommodations;
using SupportPlan.Model.Collections;
using SupportPlan.Model.Conferences;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Gifu;
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
    /// Gifu prefecture (seeds 000, 003): a child with autism spectrum disorder moves from kindergarten (年長) to elementary
    /// school (小1). Diagnosis and 療育手帳, Gifu forms 1–3 (profile, agencies incl. a clinic and an after-school day
    /// service, the chain from current state to evaluation with who, when and how), reasonable accommodations agreed with
    /// the family (visual schedules 1-2-1, a cool-down space 3-2, advance notice 1-2-3, classmates' understanding 2-2).
    /// Consents: a private elementary school may receive the sheets but not the diagnosis or the certificate; the public
    /// school receives everything, special-care items named one by one. School years 2025–2026.
    /// </summary>
    /// <returns>The plan.</returns>
    public static StudentSupportPlan AutismTransition()
    {
        var kindergarten = Code(SchoolType.Kindergarten, 21, "6120047");
        var elementary = Code(SchoolType.Elementary, 21, "2010386");
        var privateSchool = Code(SchoolType.Elementary, 21, "3010029", Establishment.Private);
        const string KindergartenName = "岐阜市立ひかり幼稚園";
        const string ElementaryName = "岐阜市立かがやき小学校";
        const string PrivateName = "学校法人清流学園 清流学園小学校";
        const string Clinic = "ながら児童発達クリニック";
        const string DayService = "放課後等デイサービス にじいろキッズ";
        const string Consultation = "相談支援事業所 ふたば";
        const string DevelopmentCentre = "岐阜市子ども発達支援センター";
        const string KgCoordinator = "特別支援教育コーディネーター 後藤 真理";
        const string Coordinator = "特別支援教育コーディネーター 服部 明美";
        const string KgTeacher = "年長 すみれ組担任 野村 千夏";
        const string Teacher1 = "1年 なかよし学級（自閉症・情緒障害）担任 杉山 拓海";
        var mother = Person("河合 恵", "かわい めぐみ");

        var y2025 = Year(2025);
        var y2026 = Year(2026);
        var nencho = Months(
            y2025,
            Pre(3),
            required: [15, 18, 21, 14, 1, 19, 21, 18, 15, 14, 18, 12],
            absent: [1, 2, 1, 0, 0, 1, 0, 3, 1, 2, 1, 0],
            late: [3, 2, 1, 1, 0, 1, 1, 0, 0, 1, 0, 0],
            earlyLeave: [2, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0],
            hospital: [0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
        var first = Months(
            y2026,
            Elem(1),
            required: [15, 18, 22, 14, 1, 19, 21],
            absent: [1, 1, 2, 1, 0, 1, 1],
            late: [2, 1, 1, 0, 0, 0, 1],
            earlyLeave: [3, 1, 1, 0, 0, 1, 0],
            hospital: [0, 1, 0, 0, 0, 0, 1]);

        DateOnly agreed = D(2026, 3, 18);
        ValueList<AgreementParty> parties = [AgreementParty.Guardian, AgreementParty.School, AgreementParty.Establisher];
        ValueList<DateOnly> reviews = [D(2026, 7, 17), D(2026, 12, 18)];

        return new StudentSupportPlan
        {
            Id = new Guid("3b0f6c1e-5a2d-4c8e-9f10-000000000006"),
            Header = new PlanHeader
            {
                ClassificationNumber = "岐阜-移行-2025-021",
                Schools =
                [
                    new SchoolHistoryEntry { Stage = SchoolStage.Preschool, SchoolName = KindergartenName, SchoolCode = kindergarten, Status = EnrollmentStatus.Graduated, EnteredOn = D(2023, 4, 1), LeftOn = D(2026, 3, 17) },
                    new SchoolHistoryEntry { Stage = SchoolStage.Elementary, SchoolName = ElementaryName, SchoolCode = elementary, Status = EnrollmentStatus.Enrolled, EnteredOn = D(2026, 4, 1) },
                ],
            },
            Needs = new SupportNeeds
            {
                Disability = new DisabilityNeed { Placement = EducationPlacement.SpecialNeedsClass, Basis = DisabilityBasis.Diagnosis },
            },
            CommonSheet = new CommonSheet
            {
                Authorship = Authored(
                    D(2025, 6, 20),
                    KgCoordinator,
                    (D(2025, 9, 26), KgCoordinator, "就学先の検討状況を追記"),
                    (D(2026, 2, 13), KgCoordinator, "小学校への引継ぎに向けて追記"),
                    (D(2026, 4, 24), Coordinator, "小学校入学後の様子を追記")),
                Student = new StudentIdentity { Name = Person("河合 颯太", "かわい そうた"), Sex = Sex.Male, DateOfBirth = D(2019, 5, 21) },
                Guardians =
                [
                    new Guardian { Name = mother, Relationship = "母", Contact = new ContactDetails { Phone = Tel("058-214-3387"), Email = "kawai.family@example.jp", Note = "連絡帳と電話。急ぎでない連絡はメールを希望" } },
                    new Guardian { Name = Person("河合 大輔", "かわい だいすけ"), Relationship = "父", Contact = new ContactDetails { Phone = Tel("058-214-3387") } },
                ],
                AttendanceByGrade = [first.Column],
                BasicInformation = new BasicInformation
                {
                    Strengths = "数字と時計が好きで、時刻を正確に読める。ひらがな・カタカナが読め、駅名を漢字で覚えている。決まった手順の作業（配膳、片付け）は丁寧に最後までやり遂げる。",
                    Assessments =
                    [
                        new Assessment { Date = D(2023, 10, 26), Instrument = "新版K式発達検査2020", Assessor = Clinic + " 臨床心理士", Summary = "全領域DQ 78（認知・適応 88、言語・社会 70）。対人的なやり取りと言葉での表出に遅れ。" },
                        new Assessment { Date = D(2025, 7, 10), Instrument = "田中ビネー知能検査V", Assessor = Clinic + " 臨床心理士", Summary = "IQ 82。視覚的な情報処理が得意で、聞いて理解する課題に時間がかかる。" },
                        new Assessment { Date = D(2025, 11, 6), Instrument = "就学時健康診断・就学相談での行動観察", Assessor = "岐阜市教育委員会 就学相談員", Summary = "一斉指示での行動は難しいが、個別の視覚的な手がかりで行動できる。予定の変更で強い不安を示す。" },
                    ],
                    HomeSituation = "家では一日の予定をホワイトボードで確認すると落ち着いて過ごせる。掃除機の音が苦手で、イヤーマフを使う。弟とは電車遊びで一緒に遊べる。",
                    Disability = new DisabilityInformation
                    {
                        Categories = [DisabilityCategory.AutismEmotional],
                        Degree = "知的発達は境界域。感覚過敏（聴覚）あり。",
                        Diagnoses = [new Diagnosis { Name = "自閉スペクトラム症", DiagnosedOn = D(2023, 11, 16), DiagnosedBy = Clinic }],
                        Certificates = [new DisabilityCertificate { Type = CertificateType.Ryoiku, Level = "B2", IssuedOn = D(2024, 2, 20) }],
                    },
                },
                Family = new FamilyRelations
                {
                    DevelopmentalHistory = "在胎39週、3,120gで出生。始歩1歳1か月。1歳6か月児健診で視線の合いにくさと言葉の遅れを指摘され、2歳から岐阜市子ども発達支援センターの親子教室に通った。4歳で自閉スペクトラム症の診断。",
                    Circumstances = "父は会社員（転勤なし）、母はパートタイム勤務。祖父母は市内に住み、放課後等デイサービスの迎えを手伝う。",
                    ChangesSinceCreation =
                    [
                        new DatedNote { Date = D(2025, 10, 31), Text = "私立小学校の入学相談を受けた後、公立小学校の自閉症・情緒障害特別支援学級への就学を決めた。" },
                        new DatedNote { Date = D(2026, 4, 1), Text = "放課後等デイサービスの利用を週3日に増やした。" },
                    ],
                    FamilyComposition = "父、母、本人、弟（3歳）",
                },
                Remarks = "岐阜県の手引に基づき、様式1〜3と合理的配慮を本計画に記載。保管は卒業・転学後1年間。",
            },
            GradeSheets =
            [
                new GradeSheet
                {
                    SchoolYear = y2025,
                    Grade = Pre(3),
                    Enrollment = new Enrollment { SchoolName = KindergartenName, SchoolCode = kindergarten, ClassName = "年長 すみれ組" },
                    HomeroomTeacher = Person("野村 千夏", "のむら ちなつ"),
                    Administrator = "園長 林 由香里",
                    SheetA = new GradeSheetA
                    {
                        Authorship = Authored(D(2025, 6, 20), KgTeacher, (D(2026, 3, 17), KgTeacher, "年度末の集計と小学校への引継事項")),
                        SupportAgencies =
                        [
                            Agency(SupportRow.OwnSchool, "写真カードのスケジュール、静かなコーナーの用意、加配教員による個別の支援", KindergartenName, "058-231-4410", "担任 野村、コーディネーター 後藤"),
                            Agency(SupportRow.Home, "家庭での予定の見える化、イヤーマフの準備", "家庭", null, "母"),
                            Agency(SupportRow.Welfare, "障害児支援利用計画の作成", Consultation, "058-295-1163", "相談支援専門員 片山"),
                            Agency(SupportRow.Medical, "定期受診（3か月ごと）、発達検査", Clinic, "058-233-7051", "主治医（児童精神科）"),
                            Agency(SupportRow.Other, "児童発達支援（週2日）", DevelopmentCentre, "058-269-1522", "保育士 宇野"),
                        ],
                        MonthlyAttendance = nencho.Months,
                        AbsenceReasons = "欠席は体調不良による。⑤は定期受診の日。",
                        HandoverNotes = "・朝、写真カードで一日の流れを一緒に確認すると安心して活動に入れる。\n・大きな音や予定の変更で不安定になったら、静かなコーナーで数分過ごすと自分で戻れる。\n・「休憩カード」を使えば自分から休みたいと伝えられる。\n・給食は量を減らして「完食できた」経験にすると意欲が続く。",
                    },
                    SheetB = new GradeSheetB
                    {
                        Authorship = Authored(D(2025, 6, 20), KgCoordinator, (D(2025, 12, 19), KgCoordinator, "2学期の評価"), (D(2026, 3, 17), KgCoordinator, "3学期の評価")),
                        Student = new SituationAndHopes
                        {
                            CurrentSituation = "「ようちえん たのしい。うんどうかいの おと いや。」",
                            Hopes = "「しょうがっこうで でんしゃの べんきょう したい。」",
                        },
                        Guardian = new SituationAndHopes
                        {
                            CurrentSituation = "「予定が分かっていれば落ち着いて過ごせるが、急な変更があるとパニックになる。」",
                            Hopes = "「小学校でも見通しがもてる環境で、本人の得意なことを伸ばしてほしい。」",
                        },
                        YearGoal = "見通しをもって園生活を送り、困ったときに休憩カードで伝える。就学に向けた準備をする。",
                        TermPlans =
                        [
                            TermOf(Term.First, "写真カードのスケジュールで一日の流れを理解する。", "朝の会で担任と一緒にスケジュールを確認する。", "6月から自分でスケジュールを確認できるようになった。", "発達の状態を確認する。", "クリニックで発達検査（7月）。", "視覚的な情報処理が得意と分かった。"),
                            TermOf(Term.Second, "運動会・発表会に自分なりの形で参加する。", "ピストルの代わりに旗で合図。発表会は舞台袖の待機場所を用意する。", "運動会はイヤーマフを使って全種目に参加できた。", "就学先を検討する。", "就学相談（11月）、私立小学校の入学相談（10月）。", "公立小学校の特別支援学級への就学を決めた。"),
                            TermOf(Term.Third, "小学校の生活に見通しをもつ。", "小学校の写真で教室や一日の流れを紹介する。", "体験入学で教室の写真を撮り、家でも見返していた。", "小学校へ支援を引き継ぐ。", "就学移行支援会議（1月）で支援内容を共有する。", "合理的配慮の内容を3月に合意した。"),
                        ],
                    },
                },
                new GradeSheet
                {
                    SchoolYear = y2026,
                    Grade = Elem(1),
                    Enrollment = new Enrollment { SchoolName = ElementaryName, SchoolCode = elementary, ClassName = "なかよし学級（自閉症・情緒障害）／交流学級 1年2組" },
                    HomeroomTeacher = Person("杉山 拓海", "すぎやま たくみ"),
                    Administrator = "校長 坂井 浩之",
                    SheetA = new GradeSheetA
                    {
                        Authorship = Authored(D(2026, 4, 24), Teacher1, (D(2026, 7, 17), Teacher1, "1学期の集計"), (D(2026, 11, 6), Teacher1, "10月分までの出欠を記録")),
                        SupportAgencies =
                        [
                            Agency(SupportRow.OwnSchool, "特別支援学級での個別の指導、交流学級での学習支援、視覚的スケジュール、クールダウンスペース", ElementaryName, "058-231-8826", "担任 杉山、コーディネーター 服部"),
                            Agency(SupportRow.Home, "連絡帳での予定の確認、前日の予告", "家庭", null, "母"),
                            Agency(SupportRow.Welfare, "放課後等デイサービス（週3日）、障害児支援利用計画", DayService, "058-246-0718", "児童発達支援管理責任者 小池"),
                            Agency(SupportRow.Medical, "定期受診（3か月ごと）", Clinic, "058-233-7051", "主治医（児童精神科）"),
                        ],
                        MonthlyAttendance = first.Months,
                        AbsenceReasons = "欠席は体調不良による。早退・⑤は定期受診。4月は新しい環境への疲れから早退があった。",
                        HandoverNotes = "・クールダウンスペースは1学期に週2〜3回、2学期は週1回程度の利用。\n・交流学級での学習は、生活科・音楽・図工から始めている。",
                    },
                    SheetB = new GradeSheetB
                    {
                        Authorship = Authored(D(2026, 4, 24), Coordinator, (D(2026, 7, 17), Coordinator, "1学期の評価")),
                        Student = new SituationAndHopes
                        {
                            CurrentSituation = "「がっこう すき。さんすう たのしい。たいいくかんは うるさい。」",
                            Hopes = "「でんしゃの うんてんしに なりたい。」",
                        },
                        Guardian = new SituationAndHopes
                        {
                            CurrentSituation = "「入学前に約束してもらった配慮のおかげで、毎朝自分から登校している。」",
                            Hopes = "「交流学級で過ごす時間を少しずつ増やしてほしい。」",
                        },
                        YearGoal = "学校生活の流れを身に付け、困ったときに休憩カードや言葉で伝える。交流学級の活動に参加する。",
                        TermPlans =
                        [
                            TermOf(Term.First, "学校の一日の流れを身に付ける。", "視覚的スケジュール、タイマー、クールダウンスペースを用意する。変更は前日に予告する。", "5月から自分でスケジュールを確認して動けるようになった。クールダウンスペースを自分で使い、5分程度で戻れる。", "放課後の生活を安定させる。", "放課後等デイサービスで学校と同じスケジュールカードを使う。", "学校と同じカードで切り替えがスムーズになった。"),
                            TermOf(Term.Second, "交流学級の生活科・音楽の授業に参加する。", "交流学級の座席は出入口の近くとし、活動の終わりを示す。学級で休憩カードの意味を説明する。", null, "学校と放課後の情報共有を続ける。", "月1回、連絡ノートで様子を共有する。", null),
                            TermOf(Term.Third, "2年生への見通しをもつ。", "進級後の教室や担任を写真で紹介する。", null, null, null, null),
                        ],
                    },
                },
            ],
            CaseConferences =
            [
                new CaseConferenceRecord
                {
                    HeldOn = D(2025, 6, 20),
                    Authorship = Authored(D(2025, 6, 20), KgCoordinator),
                    RecorderRole = "特別支援教育コーディネーター",
                    Purpose = "個別の教育支援計画の作成と就学に向けた見通しの共有",
                    Grade = Pre(3),
                    ClassName = "年長 すみれ組",
                    Participants =
                    [
                        Who(ParticipantRole.Guardian, "河合 恵", "母"),
                        Who(ParticipantRole.SchoolStaff, "野村 千夏", "担任", KindergartenName),
                        Who(ParticipantRole.SchoolStaff, "後藤 真理", "特別支援教育コーディネーター", KindergartenName),
                        Who(ParticipantRole.Agency, "片山 直樹", "相談支援専門員", Consultation),
                        Who(ParticipantRole.Agency, "宇野 春香", "保育士", DevelopmentCentre),
                    ],
                    GuardianIntentions = "「小学校は、見通しがもてる環境であればどこでもよい。私立の小学校も見学してみたい。」",
                    AgencyInformation =
                    [
                        new AgencyInformation { Source = DevelopmentCentre, Text = "写真カードでの予定提示と、タイマーでの終わりの予告が有効。" },
                    ],
                    SupportStatus =
                    [
                        Role("就学先の検討", "保護者・コーディネーター", "就学相談の申込みと学校見学", D(2025, 10, 31), "公立・私立とも見学", D(2025, 10, 31)),
                    ],
                    AgreedItems = "岐阜県の様式で個別の教育支援計画を作成する。",
                },
                new CaseConferenceRecord
                {
                    HeldOn = D(2025, 9, 26),
                    Authorship = Authored(D(2025, 9, 26), KgCoordinator),
                    RecorderRole = "特別支援教育コーディネーター",
                    Purpose = "私立小学校の入学相談に向けた情報提供の範囲の確認",
                    Grade = Pre(3),
                    ClassName = "年長 すみれ組",
                    Participants =
                    [
                        Who(ParticipantRole.Guardian, "河合 恵", "母"),
                        Who(ParticipantRole.Guardian, "河合 大輔", "父"),
                        Who(ParticipantRole.SchoolStaff, "後藤 真理", "特別支援教育コーディネーター", KindergartenName),
                        Who(ParticipantRole.SchoolStaff, "林 由香里", "園長", KindergartenName),
                    ],
                    GuardianIntentions = "（母）「困りごとと必要な配慮は知ってもらいたい。でも診断名や手帳のことが書類で伝わると、それで入学を判断されないか心配。」",
                    SupportStatus =
                    [
                        Role("入学相談の準備", "コーディネーター", "診断名・手帳を除いた資料を作成し、保護者に確認してもらう", D(2025, 10, 3), "10月2日に保護者が確認", D(2025, 10, 2)),
                    ],
                    AgreedItems = "私立小学校には、共通シート（要配慮個人情報を除く）、合理的配慮の案、障害の種類、岐阜県様式、学年別シートBを提供する。診断名と療育手帳は提供しない。",
                },
                new CaseConferenceRecord
                {
                    HeldOn = D(2026, 1, 23),
                    Authorship = Authored(D(2026, 1, 23), KgCoordinator),
                    RecorderRole = "特別支援教育コーディネーター",
                    Purpose = "就学移行支援会議（幼稚園から小学校への引継ぎ）",
                    Grade = Pre(3),
                    ClassName = "年長 すみれ組",
                    Participants =
                    [
                        Who(ParticipantRole.Guardian, "河合 恵", "母"),
                        Who(ParticipantRole.SchoolStaff, "野村 千夏", "担任", KindergartenName),
                        Who(ParticipantRole.SchoolStaff, "後藤 真理", "特別支援教育コーディネーター", KindergartenName),
                        Who(ParticipantRole.SchoolStaff, "服部 明美", "特別支援教育コーディネーター", ElementaryName),
                        Who(ParticipantRole.SchoolStaff, "坂井 浩之", "校長", ElementaryName),
                        Who(ParticipantRole.Agency, "片山 直樹", "相談支援専門員", Consultation),
                        Who(ParticipantRole.Agency, "小池 翔", "児童発達支援管理責任者", DayService),
                    ],
                    GuardianIntentions = "「入学式の日の流れを前もって写真で見せてほしい。体育館の音が一番心配。」",
                    AgencyInformation =
                    [
                        new AgencyInformation { Source = Clinic, Text = "（主治医の意見書より）聴覚過敏があり、大きな音への予告とイヤーマフの使用が望ましい。予定変更の事前予告が不安の軽減に有効。", MedicalOrigin = true },
                    ],
                    SupportStatus =
                    [
                        Role("入学式への参加", "小学校コーディネーター", "入学式の流れを写真で作成し、事前に体育館を見学する", D(2026, 3, 27), "3月25日に見学", D(2026, 3, 25)),
                        Role("合理的配慮の合意", "小学校・教育委員会", "配慮の内容を保護者と協議し合意する", D(2026, 3, 18), "3月18日に合意", D(2026, 3, 18)),
                    ],
                    AgreedItems = "個別の教育支援計画の全体を小学校に引き継ぐ（要配慮個人情報を含む各項目について保護者の同意あり）。",
                },
                new CaseConferenceRecord
                {
                    HeldOn = D(2026, 3, 18),
                    Authorship = Authored(D(2026, 3, 18), Coordinator),
                    RecorderRole = "特別支援教育コーディネーター",
                    Purpose = "合理的配慮の合意形成（設置者・学校・保護者）",
                    Grade = Pre(3),
                    Participants =
                    [
                        Who(ParticipantRole.Guardian, "河合 恵", "母"),
                        Who(ParticipantRole.Guardian, "河合 大輔", "父"),
                        Who(ParticipantRole.SchoolStaff, "坂井 浩之", "校長", ElementaryName),
                        Who(ParticipantRole.SchoolStaff, "服部 明美", "特別支援教育コーディネーター", ElementaryName),
                        Who(ParticipantRole.Other, "青木 誠", "指導主事", "岐阜市教育委員会 学校指導課"),
                    ],
                    GuardianIntentions = "「同級生への説明は、本人の名前を出さずに『みんな得意と苦手がある』という形でお願いしたい。」",
                    SupportStatus =
                    [
                        Role("合理的配慮の提供", "小学校", "4つの配慮を入学時から提供し、7月と12月に見直す", D(2026, 7, 17), "1学期の見直しで継続を確認", D(2026, 7, 17)),
                    ],
                    AgreedItems = "視覚的スケジュール（1-2-1）、クールダウンスペース（3-2）、変更の事前予告（1-2-3）、同級生への理解啓発（2-2）を合意。音読量の調整（1-1-2）は入学後の様子を見て協議を続ける。",
                },
                new CaseConferenceRecord
                {
                    HeldOn = D(2026, 7, 17),
                    Authorship = Authored(D(2026, 7, 17), Coordinator),
                    RecorderRole = "特別支援教育コーディネーター",
                    Purpose = "1学期の評価と合理的配慮の見直し",
                    Grade = Elem(1),
                    ClassName = "なかよし学級",
                    Participants =
                    [
                        Who(ParticipantRole.Student, "河合 颯太"),
                        Who(ParticipantRole.Guardian, "河合 恵", "母"),
                        Who(ParticipantRole.SchoolStaff, "杉山 拓海", "特別支援学級担任", ElementaryName),
                        Who(ParticipantRole.SchoolStaff, "服部 明美", "特別支援教育コーディネーター", ElementaryName),
                        Who(ParticipantRole.Agency, "小池 翔", "児童発達支援管理責任者", DayService),
                    ],
                    StudentIntentions = "「やすむところ、いい。2がっきも つかう。」",
                    GuardianIntentions = "「予告があると家でも落ち着いている。2学期は交流学級の時間を少し増やしたい。」",
                    SupportStatus =
                    [
                        Role("交流学級での学習", "特別支援学級担任・交流学級担任", "生活科・音楽に加え、図工に参加", D(2026, 12, 18)),
                    ],
                    AgreedItems = "合理的配慮は全て継続。クールダウンスペースの利用は本人の判断に任せる。",
                },
            ],
            GifuForms = new GifuForms
            {
                Authorship = Authored(D(2025, 6, 20), KgCoordinator, (D(2026, 3, 18), Coordinator, "小学校で追記（合理的配慮の合意）"), (D(2026, 7, 17), Coordinator, "1学期の評価")),
                Profile = new GifuProfile
                {
                    Strengths = "数字、時計、駅名。決まった手順の作業を丁寧にやり遂げる。写真や文字の情報をよく理解する。",
                    Difficulties = "予定の急な変更、大きな音（体育館、ピストル）、一斉指示の聞き取り、順番を待つこと。",
                    StudentWishes = "「でんしゃの べんきょう したい。うるさいのは いや。」",
                    GuardianWishes = "「見通しがもてる環境で、得意なことを伸ばしてほしい。困ったときに助けを求められるようになってほしい。」",
                    ConsultationHistory = "1歳6か月児健診で指摘。2歳から子ども発達支援センターの親子教室。4歳で" + Clinic + "を受診し診断。年中から児童発達支援（週2日）。2025年11月に岐阜市の就学相談。",
                    CareerWishes = "（保護者）「将来は本人の好きなことを生かした仕事に就いてほしい。」",
                },
                Agencies =
                [
                    new AgencyCollaboration { AgencyName = Clinic, Kind = AgencyKind.Medical, PersonInCharge = "主治医（児童精神科）", Phone = Tel("058-233-7051"), Collaboration = "3か月ごとの定期受診。就学時に意見書。保護者の同意を得て学校と情報共有。", Since = D(2023, 11, 16) },
                    new AgencyCollaboration { AgencyName = DayService, Kind = AgencyKind.Welfare, PersonInCharge = "児童発達支援管理責任者 小池", Phone = Tel("058-246-0718"), Collaboration = "週3日の放課後支援。学校と同じスケジュールカードを使用。月1回の連絡ノート。", Since = D(2026, 4, 6) },
                    new AgencyCollaboration { AgencyName = Consultation, Kind = AgencyKind.Welfare, PersonInCharge = "相談支援専門員 片山", Phone = Tel("058-295-1163"), Collaboration = "障害児支援利用計画の作成、サービス担当者会議の開催。", Since = D(2024, 3, 1) },
                    new AgencyCollaboration { AgencyName = DevelopmentCentre, Kind = AgencyKind.Education, PersonInCharge = "保育士 宇野", Phone = Tel("058-269-1522"), Collaboration = "就学前の児童発達支援（週2日）。就学移行時に支援方法を学校に助言。", Since = D(2021, 6, 1) },
                    new AgencyCollaboration { AgencyName = "岐阜市保健センター", Kind = AgencyKind.Health, PersonInCharge = "保健師 伊藤", Phone = Tel("058-252-0719"), Collaboration = "乳幼児健診後の相談、親子教室の紹介。", Since = D(2020, 12, 1) },
                ],
                SupportChain =
                [
                    new SupportChainEntry
                    {
                        Area = "生活・見通し",
                        CanDo = "写真カードで示された予定に沿って行動できる。時刻を読める。",
                        Difficulties = "予定の急な変更で泣いたり、その場から動けなくなったりする。",
                        Goal = "予定の変更を受け入れ、次の活動に移る。",
                        Support = new SupportMethod
                        {
                            Who = "特別支援学級担任（交流学級では交流学級担任）",
                            When = "毎朝の会と、変更が生じたとき",
                            How = "一日の予定を写真と文字で机上と黒板横に示す。変更はカードを差し替えて示し、理由を短く伝える。",
                            WorkingEnvironment = "掲示の少ない落ち着いた前方の席。タイマーで活動の終わりを示す。",
                            WhenUnstable = "クールダウンスペースへ誘い、タイマーで5分を示す。落ち着いたら次の予定をカードで確認してから戻る。",
                        },
                        Evaluation = "1学期後半には変更カードを見て自分から次の活動に移れることが増えた。",
                        EvaluatedOn = D(2026, 7, 17),
                    },
                    new SupportChainEntry
                    {
                        Area = "コミュニケーション",
                        CanDo = "好きな話題なら自分から話しかける。休憩カードを渡せる。",
                        Difficulties = "困っていることを言葉で伝えられず、固まってしまう。",
                        Goal = "「てつだって」「やすみたい」を言葉かカードで伝える。",
                        Support = new SupportMethod
                        {
                            Who = "担任、放課後等デイサービスの職員、家庭",
                            When = "困っている様子が見えたとき",
                            How = "伝え方のモデル（「てつだって」）を示し、伝えられたらすぐに応じる。学校・放課後・家庭で同じカードを使う。",
                            WorkingEnvironment = "カードを机の右上に常に置く。",
                            WhenUnstable = "言葉かけを減らし、カードを指さして選べるようにする。",
                        },
                        Evaluation = "休憩カードは自分から使える。「てつだって」は週に数回言えるようになった。",
                        EvaluatedOn = D(2026, 7, 17),
                    },
                    new SupportChainEntry
                    {
                        Area = "集団参加",
                        CanDo = "少人数での活動、決まった手順の係活動。",
                        Difficulties = "体育館での集会、大きな音の出る活動。",
                        Goal = "イヤーマフを使って全校集会に参加する。",
                        Support = new SupportMethod
                        {
                            Who = "特別支援学級担任、コーディネーター",
                            When = "全校集会、行事の練習",
                            How = "集会の内容と時間を前日に予告する。入口近くの席で参加し、イヤーマフを使う。",
                            WorkingEnvironment = "出入口に近い列の端の席。",
                            WhenUnstable = "担任と一緒に廊下に出て、落ち着いたら戻るか教室で過ごすかを本人が選ぶ。",
                        },
                    },
                ],
            },
            Accommodations =
            [
                new ReasonableAccommodation
                {
                    Viewpoint = AccommodationViewpoint.InformationCommunicationMaterials,
                    Provision = "一日の予定を写真カードと文字で示した視覚的スケジュールを机上と黒板横に用意し、活動の終わりをタイマーで示す。",
                    Categories = [DisabilityCategory.AutismEmotional],
                    AgreedOn = agreed,
                    AgreedWith = parties,
                    ReviewDates = reviews,
                },
                new ReasonableAccommodation
                {
                    Viewpoint = AccommodationViewpoint.SuitableFacilities,
                    Provision = "教室の後方に衝立で囲ったクールダウンスペースを設け、本人が休憩カードを示せばいつでも使えるようにする。",
                    Categories = [DisabilityCategory.AutismEmotional],
                    AgreedOn = agreed,
                    AgreedWith = parties,
                    ReviewDates = reviews,
                    Notes = "特別支援学級の教室と交流学級の教室の両方に設置。",
                },
                new ReasonableAccommodation
                {
                    Viewpoint = AccommodationViewpoint.PsychologicalAndHealthCare,
                    Provision = "行事、時間割、担当者の変更は前日までに連絡帳で保護者と本人に予告し、当日朝にも写真カードで再度伝える。",
                    Categories = [DisabilityCategory.AutismEmotional],
                    AgreedOn = agreed,
                    AgreedWith = parties,
                    ReviewDates = reviews,
                },
                new ReasonableAccommodation
                {
                    Viewpoint = AccommodationViewpoint.Understanding,
                    Provision = "交流学級の児童に、人それぞれに得意・苦手があることと休憩カードの意味を担任が分かりやすく説明する（説明の内容は事前に保護者と確認し、本人の名前は出さない）。",
                    Categories = [DisabilityCategory.AutismEmotional],
                    AgreedOn = agreed,
                    AgreedWith = parties,
                    ReviewDates = [D(2026, 7, 17)],
                },
                new ReasonableAccommodation
                {
                    Viewpoint = AccommodationViewpoint.ContentAdjustment,
                    Provision = "国語の音読の量を調整し、本人が選んだ一文を読むことから始める。",
                    Categories = [DisabilityCategory.AutismEmotional],
                    Status = ConsensusStatus.UnderDiscussion,
                    Notes = "入学後の様子を見て協議を続ける（2026年7月の見直しで継続協議）。",
                },
            ],
            Consents =
            [
                new ConsentRecord
                {
                    Id = "autism-2025-001",
                    Decision = ConsentDecision.Granted,
                    Grantor = new ConsentGrantor { Kind = GrantorKind.Guardian, Name = mother.Name, Relationship = "母" },
                    Recipient = new ConsentRecipient { Kind = RecipientKind.PrivateSchool, Name = PrivateName, SchoolCode = privateSchool },
                    Purpose = DisclosurePurpose.Handover,
                    Items = ["common-sheet", "accommodations", "needs.disability", "common.basic.disability-type", "gifu-forms", "grade-sheet-b"],
                    DecidedOn = D(2025, 10, 2),
                    ValidUntil = D(2026, 3, 31),
                    Method = ConsentMethod.Written,
                    ContentShown = true,
                    PurposeExplained = true,
                    RecordedBy = KgCoordinator,
                    Note = "私立小学校の入学相談（10月）のため。提供する資料を保護者が確認した。診断名と療育手帳は含めない。",
                },
                new ConsentRecord
                {
                    Id = "autism-2025-002",
                    Decision = ConsentDecision.Refused,
                    Grantor = new ConsentGrantor { Kind = GrantorKind.Guardian, Name = mother.Name, Relationship = "母" },
                    Recipient = new ConsentRecipient { Kind = RecipientKind.PrivateSchool, Name = PrivateName, SchoolCode = privateSchool },
                    Purpose = DisclosurePurpose.Handover,
                    Items = ["common.basic.diagnosis", "common.basic.certificate"],
                    DecidedOn = D(2025, 10, 2),
                    Method = ConsentMethod.Written,
                    ContentShown = true,
                    PurposeExplained = true,
                    RecordedBy = KgCoordinator,
                    Refusal = new RefusalDetails
                    {
                        Reasons = "（母）「診断名や手帳のことが書類で伝わると、それで入学を判断されるのではないかと心配。困りごとと必要な配慮が伝われば十分だと思う。」",
                        Discussion = "必要な支援は障害の種類と配慮の内容で伝わることを確認した。診断名と療育手帳は提供せず、入学が決まった場合に改めて相談することとした。",
                    },
                },
                new ConsentRecord
                {
                    Id = "autism-2026-001",
                    Decision = ConsentDecision.Granted,
                    Grantor = new ConsentGrantor { Kind = GrantorKind.Guardian, Name = mother.Name, Relationship = "母" },
                    Recipient = new ConsentRecipient { Kind = RecipientKind.PublicSchool },
                    Purpose = DisclosurePurpose.Handover,
                    Items =
                    [
                        "common-sheet", "grade-sheet", "grade-sheet-a", "grade-sheet-b", "case-conference", "gifu-forms", "accommodations",
                        "needs.disability", "common.basic.assessments", "common.basic.disability-type", "common.basic.diagnosis", "common.basic.certificate",
                        "common.family.developmental-history", "grade.a.support-agencies", "conference.agency-information", "gifu.profile.consultation-history", "gifu.agencies",
                    ],
                    DecidedOn = D(2026, 1, 23),
                    ValidUntil = D(2032, 3, 31),
                    Method = ConsentMethod.Written,
                    ContentShown = true,
                    PurposeExplained = true,
                    RecordedBy = KgCoordinator,
                    Note = "公立小学校への就学時の引継ぎ（進学・転学時も同様）。要配慮個人情報の各項目を保護者に示し、個別に同意を得た。",
                },
            ],
        };
    }
}
