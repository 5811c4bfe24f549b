using SupportPlan.Model.Accommodations;
using SupportPlan.Model.Attendance;
using SupportPlan.Model.Calendar;
using SupportPlan.Model.Collections;
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
    private const string LifeKindergarten = "釧路市立若草幼稚園";
    private const string LifeElementary = "釧路市立港が丘小学校";
    private const string LifeJuniorHigh = "釧路市立みなと台中学校";
    private const string LifeHighSchool = "北海道釧路あけぼの高等学校";
    private const string LifeCentre = "釧路市教育支援センター「ふれんど」";
    private const string LifeDevelopment = "釧路市こども発達支援センター";
    private const string LifeClinic = "くしろ発達メンタルクリニック";
    private const string LifeDayService = "放課後等デイサービス ぽけっと";
    private const string LifeEmployer = "株式会社ひがし北海道ロジテック 釧路物流センター";

    /// <summary>
    /// The largest plan, for benchmarks and long-history tests: a student with ADHD and a learning disability (reading and
    /// writing), later also non-attendance in junior high, followed for fifteen school years from 年少 (2011) to 高3
    /// (2025) in Kushiro city. A grade sheet (A and B, twelve months, term plans) for every year, attendance by grade for
    /// 小1–高3, about twenty case conferences, assessments and dated family changes, agreed accommodations in high school,
    /// and consents from the first handover to an unreachable family, the student's own consent at high school and the
    /// transition to work.
    /// </summary>
    /// <returns>The plan.</returns>
    public static StudentSupportPlan Lifelong()
    {
        var kindergarten = Code(SchoolType.Kindergarten, 1, "6060119");
        var elementary = Code(SchoolType.Elementary, 1, "2060522");
        var juniorHigh = Code(SchoolType.JuniorHigh, 1, "2060647");
        var highSchool = Code(SchoolType.HighSchool, 1, "1060233");
        var mother = Person("田村 由美子", "たむら ゆみこ");
        var student = Person("田村 航", "たむら わたる");

        var sheets = new List<GradeSheet>();
        var columns = new List<GradeAttendance>();
        var commonAppends = new List<(DateOnly, string, string)>();
        for (var i = 0; i < LifeYears.Length; i++)
        {
            var life = LifeYears[i];
            var year = Year(2011 + i);
            var grade = LifeGrade(i);
            var (schoolName, code) = grade.Stage switch
            {
                SchoolStage.Preschool => (LifeKindergarten, kindergarten),
                SchoolStage.Elementary => (LifeElementary, elementary),
                SchoolStage.JuniorHigh => (LifeJuniorHigh, juniorHigh),
                _ => (LifeHighSchool, highSchool),
            };
            var attendance = LifeAttendance(i, year, grade);
            if (grade.Stage != SchoolStage.Preschool)
            {
                columns.Add(attendance.Column);
            }

            var teacher = $"{life.ClassName}担任 {life.Teacher}";
            var created = D(2011 + i, 4, 18 + (i % 5));
            var twoTerms = grade.Stage == SchoolStage.HighSchool;
            var terms = twoTerms ? new[] { Term.FirstHalf, Term.SecondHalf } : [Term.First, Term.Second, Term.Third];
            var termEnds = twoTerms
                ? new[] { D(2011 + i, 10, 7), D(2012 + i, 3, 18) }
                : [D(2011 + i, 7, 24), D(2011 + i, 12, 23), D(2012 + i, 3, 21)];
            var bank = LifeBank(grade.Stage);
            var termPlans = new List<TermPlan>();
            for (var t = 0; t < terms.Length; t++)
            {
                var k = (i * 3) + t;
                termPlans.Add(TermOf(
                    terms[t],
                    life.TermGoals[t],
                    bank.SchoolSupport[k % bank.SchoolSupport.Length],
                    bank.SchoolEvaluation[k % bank.SchoolEvaluation.Length],
                    bank.AgencyGoal[k % bank.AgencyGoal.Length],
                    bank.AgencySupport[k % bank.AgencySupport.Length],
                    bank.AgencyEvaluation[k % bank.AgencyEvaluation.Length]));
            }

            sheets.Add(new GradeSheet
            {
                SchoolYear = year,
                Grade = grade,
                Enrollment = new Enrollment { SchoolName = schoolName, SchoolCode = code, ClassName = life.ClassName },
                HomeroomTeacher = Person(life.Teacher, life.TeacherReading),
                Administrator = life.Administrator,
                SheetA = new GradeSheetA
                {
                    Authorship = Authored(
                        created,
                        teacher,
                        (termEnds[0], teacher, "前半の出欠と支援の状況を追記"),
                        (termEnds[^1], teacher, "年度末の集計と次年度への引継事項")),
                    SupportAgencies = LifeAgencies(grade.Stage, i),
                    MonthlyAttendance = attendance.Months,
                    AbsenceReasons = life.AbsenceReasons,
                    HandoverNotes = life.Handover,
                },
                SheetB = new GradeSheetB
                {
                    Authorship = Authored(
                        created.AddDays(7),
                        teacher,
                        [.. termEnds.Select((end, t) => (end, teacher, $"{LifeTermLabel(terms[t])}の評価"))]),
                    Student = new SituationAndHopes { CurrentSituation = life.StudentNow, Hopes = life.StudentHope },
                    Guardian = new SituationAndHopes { CurrentSituation = life.GuardianNow, Hopes = life.GuardianHope },
                    YearGoal = life.YearGoal,
                    TermSystem = twoTerms ? TermSystem.TwoTerms : TermSystem.ThreeTerms,
                    TermPlans = termPlans.ToValueList(),
                },
            });
            commonAppends.Add((D(2011 + i, 5, 20), teacher, $"{grade.JapaneseLabel}（{2011 + i}年度）の情報を追記"));
        }

        return new StudentSupportPlan
        {
            Id = new Guid("3b0f6c1e-5a2d-4c8e-9f10-000000000007"),
            Header = new PlanHeader
            {
                ClassificationNumber = "釧路-継続-2011-0042",
                Schools =
                [
                    new SchoolHistoryEntry { Stage = SchoolStage.Preschool, SchoolName = LifeKindergarten, SchoolCode = kindergarten, Status = EnrollmentStatus.Graduated, EnteredOn = D(2011, 4, 1), LeftOn = D(2014, 3, 18) },
                    new SchoolHistoryEntry { Stage = SchoolStage.Elementary, SchoolName = LifeElementary, SchoolCode = elementary, Status = EnrollmentStatus.Graduated, EnteredOn = D(2014, 4, 1), LeftOn = D(2020, 3, 19) },
                    new SchoolHistoryEntry { Stage = SchoolStage.JuniorHigh, SchoolName = LifeJuniorHigh, SchoolCode = juniorHigh, Status = EnrollmentStatus.Graduated, EnteredOn = D(2020, 4, 1), LeftOn = D(2023, 3, 14) },
                    new SchoolHistoryEntry { Stage = SchoolStage.HighSchool, SchoolName = LifeHighSchool, SchoolCode = highSchool, Status = EnrollmentStatus.Graduated, EnteredOn = D(2023, 4, 1), LeftOn = D(2026, 3, 1) },
                ],
            },
            Needs = new SupportNeeds
            {
                Disability = new DisabilityNeed { Placement = EducationPlacement.ResourceRoom, Basis = DisabilityBasis.Diagnosis },
                NonAttendance = new NonAttendanceNeed
                {
                    SupportStartedOn = D(2021, 6, 14),
                    Background = "中2の6月、学級での口論をきっかけに友人関係が悪化し、読み書きの負担が大きい定期テストの前後から欠席が増えた。9月以降は長期の欠席となり、11月から教育支援センターに通室した。",
                },
            },
            CommonSheet = new CommonSheet
            {
                Authorship = new Authorship
                {
                    CreatedOn = D(2013, 6, 14),
                    CreatedBy = "若草幼稚園 特別支援教育コーディネーター 石田 典子",
                    Appends = commonAppends.Where(a => a.Item1 > D(2013, 6, 14)).Select(a => new AppendRecord { On = a.Item1, By = a.Item2, Note = a.Item3 }).ToValueList(),
                },
                Student = new StudentIdentity { Name = student, Sex = Sex.Male, DateOfBirth = D(2007, 10, 3) },
                Guardians =
                [
                    new Guardian { Name = mother, Relationship = "母", Contact = new ContactDetails { Phone = Tel("0154-46-7392"), Note = "平日は18時以降。2021年10月に携帯電話の番号が変わった" } },
                    new Guardian { Name = Person("田村 浩", "たむら ひろし"), Relationship = "父", Contact = new ContactDetails { Note = "2017年〜2023年は札幌に単身赴任" } },
                ],
                AttendanceByGrade = columns.ToValueList(),
                BasicInformation = new BasicInformation
                {
                    Strengths = "機械の仕組みに興味があり、分解と組み立てが得意。体を動かす仕事を最後までやり遂げる。年下の子への面倒見がよい。高校では情報処理の資格（3級）を取得し、フォークリフトの特別教育を修了した。",
                    Assessments = LifeAssessments(),
                    HomeSituation = "幼少期は多動で目が離せなかった。小学校では宿題を母と一緒に短時間で区切って取り組んだ。中2の欠席期間は昼夜逆転したが、教育支援センター通室後に改善した。高校では家事を分担し、自分で弁当を作る日もある。",
                    Disability = new DisabilityInformation
                    {
                        Categories = [DisabilityCategory.Adhd, DisabilityCategory.LearningDisability],
                        Degree = "知的発達は平均域。読み書き（特に書字）に著しい困難。不注意優勢。",
                        Diagnoses =
                        [
                            new Diagnosis { Name = "注意欠如・多動症（ADHD）", DiagnosedOn = D(2016, 2, 18), DiagnosedBy = LifeClinic },
                            new Diagnosis { Name = "限局性学習症（読字・書字表出）", DiagnosedOn = D(2016, 9, 29), DiagnosedBy = LifeClinic },
                        ],
                        Certificates = [new DisabilityCertificate { Type = CertificateType.MentalHealthWelfare, Level = "3級", IssuedOn = D(2025, 8, 22) }],
                    },
                    Notes = "服薬（2016年から）の情報は主治医の了解のもと保護者から聞き取り、学校では記録していない。",
                },
                Family = new FamilyRelations
                {
                    DevelopmentalHistory = "在胎38週、2,860gで出生。始歩11か月。言葉の遅れはなし。1歳6か月児健診で多動を指摘され、3歳児健診後に釧路市こども発達支援センターの親子教室に通った。",
                    Circumstances = "父は会社員、母は医療事務のパート。2017年から2023年まで父が札幌に単身赴任し、母と祖母が子育てを担った。妹（2012年生まれ）がいる。",
                    ChangesSinceCreation = LifeFamilyChanges(),
                    FamilyComposition = "父、母、本人、妹（2012年生まれ）。2019年から母方の祖母が同居。",
                },
                Remarks = "幼稚園で作成を始め、小学校・中学校・高等学校へ保護者（高校以降は本人と保護者）の同意を得て引き継いだ。2026年3月の卒業後、本人の同意を得て就労先に一部を提供。",
            },
            GradeSheets = sheets.ToValueList(),
            CaseConferences = LifeConferences(),
            Accommodations =
            [
                new ReasonableAccommodation
                {
                    Viewpoint = AccommodationViewpoint.LearningOrLivingDifficulties,
                    Provision = "定期考査で問題文の読み上げ（別室）と試験時間の1.3倍の延長を行う。",
                    Categories = [DisabilityCategory.LearningDisability],
                    AgreedOn = D(2023, 4, 21),
                    AgreedWith = [AgreementParty.Student, AgreementParty.Guardian, AgreementParty.School, AgreementParty.Establisher],
                    ReviewDates = [D(2023, 10, 6), D(2024, 10, 4), D(2025, 10, 3)],
                },
                new ReasonableAccommodation
                {
                    Viewpoint = AccommodationViewpoint.InformationCommunicationMaterials,
                    Provision = "授業でタブレットの読み上げ機能と板書の撮影を認め、課題はキーボード入力で提出できるようにする。",
                    Categories = [DisabilityCategory.LearningDisability, DisabilityCategory.Adhd],
                    AgreedOn = D(2023, 4, 21),
                    AgreedWith = [AgreementParty.Student, AgreementParty.Guardian, AgreementParty.School, AgreementParty.Establisher],
                    ReviewDates = [D(2023, 10, 6), D(2024, 10, 4), D(2025, 10, 3)],
                },
                new ReasonableAccommodation
                {
                    Viewpoint = AccommodationViewpoint.PsychologicalAndHealthCare,
                    Provision = "通級指導教室を、疲れたときや予定の変更に戸惑ったときの相談場所として使えるようにする。",
                    Categories = [DisabilityCategory.Adhd],
                    AgreedOn = D(2023, 4, 21),
                    AgreedWith = [AgreementParty.Student, AgreementParty.Guardian, AgreementParty.School],
                    ReviewDates = [D(2024, 4, 19)],
                },
            ],
            Consents = LifeConsents(mother, student, highSchool),
        };
    }

    private static Grade LifeGrade(int index) => index switch
    {
        < 3 => Pre(index + 1),
        < 9 => Elem(index - 2),
        < 12 => Jh(index - 8),
        _ => Hs(index - 11),
    };

    private static string LifeTermLabel(Term term) => term switch
    {
        Term.First => "1学期",
        Term.Second => "2学期",
        Term.Third => "3学期",
        Term.FirstHalf => "前期",
        _ => "後期",
    };

    private static AttendanceYear LifeAttendance(int index, SchoolYear year, Grade grade)
    {
        int[] preschool = [14, 18, 21, 15, 6, 20, 21, 18, 16, 10, 18, 13];
        int[] school = [17, 19, 21, 16, 8, 21, 22, 18, 18, 12, 18, 15];
        int[] high = [17, 19, 21, 15, 9, 21, 21, 19, 17, 12, 17, 12];
        int[] required = index switch
        {
            8 => [17, 19, 21, 16, 8, 21, 21, 19, 18, 12, 15, 2],   // 2019 (小6): schools closed from 27 February 2020
            9 => [6, 3, 22, 21, 14, 20, 21, 19, 18, 12, 18, 15],   // 2020 (中1): closure in April–May, shorter summer holidays
            10 => [17, 19, 22, 15, 9, 21, 21, 20, 18, 12, 18, 15],
            11 => [17, 19, 22, 15, 9, 21, 21, 20, 18, 12, 18, 14],
            _ => grade.Stage switch
            {
                SchoolStage.Preschool => preschool,
                SchoolStage.HighSchool => high,
                _ => [.. school.Select((d, m) => m is 1 or 9 ? d + ((index + m) % 2) : d)],
            },
        };

        switch (index)
        {
            case 10:
                return Months(year, grade, required,
                    absent: [0, 1, 6, 10, 7, 18, 19, 16, 9, 4, 4, 2],
                    separateRoom: [0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4],
                    late: [1, 2, 3, 2, 1, 1, 0, 1, 2, 2, 3, 3],
                    earlyLeave: [0, 1, 2, 2, 1, 1, 0, 1, 1, 2, 2, 2],
                    countedAsAttended: [0, 0, 0, 0, 0, 3, 4, 10, 8, 3, 3, 1],
                    supportCentre: [0, 0, 0, 0, 0, 0, 0, 6, 6, 2, 2, 1],
                    welfare: [0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0],
                    hospital: [0, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 0],
                    ict: [0, 0, 0, 0, 0, 3, 4, 4, 2, 1, 1, 0]);
            case 11:
                return Months(year, grade, required,
                    absent: [7, 8, 9, 6, 3, 6, 5, 5, 4, 2, 2, 1],
                    separateRoom: [6, 6, 5, 4, 2, 4, 3, 2, 2, 1, 1, 0],
                    late: [2, 2, 1, 1, 0, 1, 1, 1, 0, 0, 1, 0],
                    earlyLeave: [2, 1, 2, 1, 0, 1, 1, 0, 1, 0, 0, 0],
                    countedAsAttended: [5, 6, 7, 5, 2, 4, 4, 3, 3, 1, 1, 0],
                    supportCentre: [4, 5, 5, 4, 2, 3, 3, 2, 2, 1, 1, 0],
                    hospital: [0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0],
                    ict: [1, 1, 2, 1, 0, 1, 1, 1, 1, 0, 0, 0]);
            default:
                var life = LifeYears[index];
                int[] weights = [3, 2, 2, 1, 1, 2, 2, 3, 3, 4, 3, 2];
                var absent = Spread(life.Absent, weights, required);
                var attended = required.Zip(absent, (r, a) => r - a).ToArray();
                return Months(year, grade, required,
                    absent: absent,
                    late: Spread(life.Late, [2, 1, 1, 1, 0, 1, 1, 1, 2, 2, 1, 1], attended),
                    earlyLeave: Spread(life.Early, [1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 0], attended),
                    hospital: index >= 5 ? Spread(grade.Stage == SchoolStage.HighSchool ? 2 : 4, [1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0], absent) : null);
        }
    }

    private static ValueList<SupportAgencyEntry> LifeAgencies(SchoolStage stage, int index) => stage switch
    {
        SchoolStage.Preschool =>
        [
            Agency(SupportRow.OwnSchool, index == 0 ? "担任による個別の声かけ、活動の区切りの予告" : "加配教員による個別の支援、絵カードでの手順の提示", LifeKindergarten, "0154-46-2215", "担任、特別支援教育コーディネーター 石田"),
            Agency(SupportRow.Home, "生活リズムの安定、危険な行動への見守り", "家庭", null, "母・祖母"),
            Agency(SupportRow.Welfare, "児童発達支援（親子教室から個別療育へ）", LifeDevelopment, "0154-46-6120", "保育士 近藤"),
        ],
        SchoolStage.Elementary =>
        [
            Agency(SupportRow.OwnSchool, index < 5 ? "座席の配慮、指示の個別化、学習の区切り" : "通級指導教室（週2時間、読み書きの指導）、タブレットの活用、テストのルビ付き問題", LifeElementary, "0154-46-3381", "担任、通級指導教室担当 大塚"),
            Agency(SupportRow.Home, "宿題を短く区切って取り組む、持ち物の確認表", "家庭", null, "母"),
            Agency(SupportRow.Welfare, index < 5 ? "障害児相談支援" : "放課後等デイサービス（週2日、学習支援・運動プログラム）", index < 5 ? "相談支援事業所 みらい" : LifeDayService, index < 5 ? "0154-46-8807" : "0154-46-5534", index < 5 ? "相談支援専門員 森" : "児童指導員 堀江"),
            Agency(SupportRow.Medical, index < 4 ? "発達相談" : "定期受診（2か月ごと）、服薬調整", LifeClinic, "0154-46-1190", "主治医（児童精神科）"),
        ],
        SchoolStage.JuniorHigh =>
        [
            Agency(SupportRow.OwnSchool, index == 9 ? "通級指導教室（週1時間）、板書の撮影許可、分散登校期の個別連絡" : "相談室での別室登校、オンライン授業の配信、通級指導教室、SC面談", LifeJuniorHigh, "0154-46-4402", "担任、生徒指導主事 栗田、通級担当 大塚"),
            Agency(SupportRow.Home, "生活リズムの見守り、教育支援センターへの送迎", "家庭", null, "母・祖母"),
            Agency(SupportRow.Welfare, index == 10 ? "家庭への訪問、児童相談所との連絡調整" : "放課後等デイサービス（週1日）", index == 10 ? "釧路市こども支援課（スクールソーシャルワーカー）" : LifeDayService, index == 10 ? "0154-31-4589" : "0154-46-5534", index == 10 ? "SSW 梅田" : "児童指導員 堀江"),
            Agency(SupportRow.Medical, "定期受診（2か月ごと）、睡眠リズムの相談", LifeClinic, "0154-46-1190", "主治医（児童精神科）"),
            Agency(SupportRow.Other, index == 9 ? "学習相談（必要時）" : "通室での学習と体験活動、オンライン学習", LifeCentre, "0154-46-9025", "指導員 大野"),
        ],
        _ =>
        [
            Agency(SupportRow.OwnSchool, index < 14 ? "通級による指導（自立活動、週2時間）、合理的配慮（考査の読み上げ・時間延長、タブレット）" : "通級による指導、進路指導部による職場実習の調整、合理的配慮", LifeHighSchool, "0154-46-7708", "担任、通級担当 若林、進路指導部 岡"),
            Agency(SupportRow.Home, "朝の起床の見守り、進路の相談", "家庭", null, "母"),
            Agency(SupportRow.Welfare, index < 14 ? "生活面の相談" : "就労に向けた相談、職場実習の支援", index < 14 ? "相談支援事業所 みらい" : "くしろ障害者就業・生活支援センター", index < 14 ? "0154-46-8807" : "0154-46-7261", index < 14 ? "相談支援専門員 森" : "就業支援員 秋山"),
            Agency(SupportRow.Medical, "定期受診（3か月ごと）", LifeClinic, "0154-46-1190", "主治医（精神科）"),
            Agency(SupportRow.Other, "職業相談、障害者求人の紹介", "ハローワーク釧路 専門援助部門", "0154-46-3150", "就職支援ナビゲーター 三宅"),
        ],
    };

    private static (string[] SchoolSupport, string[] SchoolEvaluation, string[] AgencyGoal, string[] AgencySupport, string[] AgencyEvaluation) LifeBank(SchoolStage stage) => stage switch
    {
        SchoolStage.Preschool => (
            ["活動の始まりと終わりを絵カードとタイマーで示す。", "集まりでは担任の隣に座り、個別に声をかける。", "待つ場面では手に持てる物を用意し、待つ時間を数で示す。", "友達とのトラブルの場面で、言葉のモデルを示す。"],
            ["絵カードを見て次の活動に移れることが増えた。", "集まりで最後まで座っていられる日が増えた。", "順番を待てる場面が増えた。", "「かして」と言葉で伝えられるようになった。", "泣いて怒る時間が短くなった。"],
            ["衝動的な行動を減らす。", "集団での遊びに参加する。", "保護者の不安を軽減する。"],
            ["発達支援センターの個別療育（週1回）。", "保育所等訪問支援で園での関わり方を助言する。", "保護者向けのペアレントトレーニング。"],
            ["療育場面では指示に従って最後まで取り組めた。", "訪問支援の助言をもとに、園での声かけを統一した。", "母から「叱る回数が減った」との声があった。"]),
        SchoolStage.Elementary => (
            ["黒板の近くの席にし、指示は一つずつ短く伝える。", "漢字の宿題は量を半分にし、マス目の大きいノートを使う。", "テストの問題文にルビを振り、必要に応じて読み上げる。", "通級指導教室で読み書きの指導（タブレットの音声入力を含む）。", "離席したくなったら係の仕事で動ける機会をつくる。", "連絡帳の記入は担任が確認し、持ち物表を家庭と共有する。"],
            ["学習に取り組める時間が15分程度に伸びた。", "漢字の読みは学年相当に近づいたが、書きは2学年下程度。", "テストでルビがあると内容を理解して答えられる。", "タブレットで作文を書くことを楽しめるようになった。", "離席は授業中に1回程度に減った。", "忘れ物が月数回に減った。"],
            ["服薬と生活リズムを安定させる。", "放課後の居場所で学習と運動に取り組む。", "読み書きの困難について専門的な助言を受ける。"],
            ["定期受診で服薬を調整する。", "放課後等デイサービスで宿題と運動プログラムに取り組む。", "主治医が学校での配慮について意見書で助言する。"],
            ["朝の服薬が習慣になり、午前中の集中が安定した。", "デイサービスで宿題を終えて帰宅できる日が増えた。", "意見書をもとに、テストのルビと読み上げを学校で実施した。"]),
        SchoolStage.JuniorHigh => (
            ["板書はタブレットで撮影してよいことにし、ノートは要点のみとする。", "相談室に学習スペースを用意し、空き時間の教員が学習を見る。", "授業をオンラインで配信し、課題はキーボード入力で提出できるようにする。", "定期テストは別室で、問題文を読み上げる。", "担任が週1回電話し、月1回家庭訪問する。", "進路について、通級のある高校の情報を提供する。"],
            ["撮影した板書で家庭学習ができるようになった。", "相談室での学習が週3日まで増えた。", "オンライン授業に週2〜3コマ参加した。", "別室でのテストで、全教科を受けられた。", "担任との電話では自分から話せる日が増えた。", "高校見学に2校参加した。"],
            ["居場所を確保し、生活リズムを整える。", "心身の健康を保つ。", "家庭への支援を継続する。"],
            ["教育支援センターへの通室と体験活動。", "主治医と睡眠リズムについて相談する。", "SSWが家庭を訪問し、児童相談所と情報を共有する。"],
            ["センターに週2〜3日通室し、昼夜逆転が改善した。", "受診を継続し、入眠時刻が早まった。", "母との連絡が安定し、家庭の状況が落ち着いた。"]),
        _ => (
            ["通級による指導で、自分の特性と必要な配慮を説明する練習をする。", "定期考査で読み上げと時間延長を行う。", "タブレットの読み上げ機能と板書の撮影を認める。", "職場見学・実習を進路指導部が調整する。"],
            ["自分の苦手と必要な配慮を、先生に自分で伝えられた。", "考査は全て受験し、単位を修得した。", "課題の提出率が9割を超えた。", "実習先で「指示を復唱して確認する」ことが評価された。"],
            ["卒業後の生活と就労について相談する。", "就労に必要な力を確認する。"],
            ["相談支援事業所・就業・生活支援センターとの面談。", "ハローワークの職業相談と職場実習。"],
            ["就労に向けた相談先ができた。", "物流の仕事に適性があると本人が実感した。"]),
    };
}
