using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using SupportPlan.Model.Accommodations;
using SupportPlan.Model.Attendance;
using SupportPlan.Model.Calendar;
using SupportPlan.Model.Classification;
using SupportPlan.Model.Collections;
using SupportPlan.Model.Conferences;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Extensions;
using SupportPlan.Model.Gifu;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Needs;
using SupportPlan.Model.People;
using SupportPlan.Model.Plans;
using SupportPlan.Model.Sheets;
using static SupportPlan.Testing.TextGenerators;

namespace SupportPlan.Testing;

/// <summary>
/// FsCheck generators for the whole plan model, shared by every test project. Generated plans are consistent:
/// they pass the model checks with no finding, so that a targeted corruption can be tested against a clean base.
/// </summary>
public static class PlanGenerators
{
    /// <summary>A consistent plan with every section present in some cases and absent in others.</summary>
    public static Gen<StudentSupportPlan> Plan { get; } = Gen.Sized(size => PlanOfSize(Math.Clamp(size / 10, 1, 6)));

    /// <summary>A consistent plan with every optional section present (for coverage tests).</summary>
    public static Gen<StudentSupportPlan> FullPlan { get; } = PlanOfSize(3, full: true);

    /// <summary>Any establishment.</summary>
    public static Gen<Establishment> Establishment { get; } = Gen.Elements(Enum.GetValues<Establishment>());

    /// <summary>Any prefecture.</summary>
    public static Gen<Prefecture> Prefecture { get; } = Gen.Choose(1, 47).Select(n => Model.Identifiers.Prefecture.FromNumber(n).Value);

    /// <summary>A valid school code of the given type.</summary>
    /// <param name="type">The school type.</param>
    /// <returns>The generator.</returns>
    public static Gen<SchoolCode> SchoolCodeOf(SchoolType type) =>
        from prefecture in Prefecture
        from establishment in Establishment
        from number in Gen.Choose(1_000_000, 9_999_999)
        select Model.Identifiers.SchoolCode.Create(type, prefecture, establishment, number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Any valid school code.</summary>
    public static Gen<SchoolCode> AnySchoolCode { get; } = Gen.Elements(Enum.GetValues<SchoolType>()).SelectMany(SchoolCodeOf);

    /// <summary>A valid phone number.</summary>
    public static Gen<PhoneNumber> Phone { get; } =
        from area in Gen.Choose(11, 999)
        from local in Gen.Choose(10, 9999)
        from line in Gen.Choose(1000, 9999)
        from wide in Gen.Elements(false, true)
        select PhoneNumber.Parse(Widen($"0{area}-{local}-{line}", wide)).Value;

    /// <summary>A person's name with a reading in hiragana or katakana.</summary>
    public static Gen<PersonName> PersonName { get; } =
        JapaneseName.Select(n => new PersonName { Name = n.Name, Reading = NameReading.Parse(n.Reading).Value });

    /// <summary>A grade of the standard columns by age order (0 = 年少 … 15 = 高4).</summary>
    /// <param name="ageOrder">The age order.</param>
    /// <returns>The grade.</returns>
    public static Grade GradeAt(int ageOrder) => ageOrder switch
    {
        < 3 => Grade.Preschool(ageOrder + 1),
        < 9 => Grade.Elementary(ageOrder - 2),
        < 12 => Grade.JuniorHigh(ageOrder - 8),
        _ => Grade.HighSchool(ageOrder - 11),
    };

    /// <summary>The school type whose grades include <paramref name="grade"/> (standard stages).</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>A school type.</returns>
    public static SchoolType TypeFor(Grade grade) => grade.Stage switch
    {
        SchoolStage.Preschool => SchoolType.Kindergarten,
        SchoolStage.Elementary => SchoolType.Elementary,
        SchoolStage.JuniorHigh => SchoolType.JuniorHigh,
        _ => SchoolType.HighSchool,
    };

    /// <summary>A consistent month of attendance.</summary>
    /// <param name="year">The school year.</param>
    /// <param name="month">The calendar month.</param>
    /// <returns>The generator.</returns>
    public static Gen<MonthlyAttendance> Month(SchoolYear year, int month) =>
        from required in Gen.Choose(0, Math.Min(23, year.DaysIn(month)))
        from attended in Gen.Choose(0, required)
        from separate in Gen.Choose(0, attended)
        from late in Gen.Choose(0, attended)
        from early in Gen.Choose(0, attended)
        from center in Gen.Choose(0, required - attended)
        from ict in Gen.Choose(0, required - attended)
        select new MonthlyAttendance
        {
            Month = month,
            RequiredDays = required,
            AttendedDays = attended,
            SeparateRoomDays = separate,
            LateCount = late,
            EarlyLeaveCount = early,
            AbsentDays = required - attended,
            CountedAsAttendedDays = 0,
            InstitutionDays = center + ict == 0 ? null : new InstitutionDays { EducationSupportCenter = center, Ict = ict },
        };

    private static Gen<StudentSupportPlan> PlanOfSize(int years, bool full = false) =>
        from id in Gen.Fresh(Guid.NewGuid)
        from startYear in Gen.Choose(2005, 2026)
        from startAge in Gen.Choose(0, 15 - years + 1)
        from yearCount in full ? Gen.Constant(years) : Gen.Choose(0, years)
        from common in Maybe(CommonSheet(startYear, startAge, yearCount), full)
        from sheets in GradeSheets(startYear, startAge, yearCount)
        from needs in Needs(full)
        from header in Maybe(Header(startAge), full)
        from conferences in Gen.ListOf(Conference(startYear, Math.Max(1, yearCount)), full ? 2 : 0).Select(l => l.ToValueList())
        from moreConferences in Gen.Choose(0, 2).SelectMany(n => Gen.ListOf(Conference(startYear, Math.Max(1, yearCount)), n))
        from gifu in Maybe(Gifu(startYear), full)
        from accommodations in Gen.Choose(full ? 1 : 0, 3).SelectMany(n => Gen.ListOf(Accommodation(startYear), n))
        from consents in Consents(startYear, full)
        from extensions in Gen.Choose(full ? 1 : 0, 2).SelectMany(n => Gen.ListOf(Extension, n))
        select new StudentSupportPlan
        {
            Id = id,
            Header = header,
            Needs = needs,
            CommonSheet = common is null ? null : WithColumnsMatching(common, sheets),
            GradeSheets = sheets,
            CaseConferences = [.. conferences, .. moreConferences],
            GifuForms = gifu,
            Accommodations = accommodations.ToValueList(),
            Consents = consents,
            Extensions = extensions.Select((e, i) => e with { Namespace = $"jp.test.ext{i}" }).ToValueList(),
        };

    private static Gen<T?> Maybe<T>(Gen<T> gen, bool always)
        where T : class =>
        always ? gen.Select(x => (T?)x) : Gen.Frequency((3, gen.Select(x => (T?)x)), (1, Gen.Constant<T?>(null)));

    private static DateOnly Birth(int startYear, int startAge) => new(startYear - 4 - startAge, 6, 15);

    private static Gen<DateOnly> DateIn(SchoolYear year) =>
        Gen.Choose(0, year.LastDay.DayNumber - year.FirstDay.DayNumber).Select(d => year.FirstDay.AddDays(d));

    private static Gen<Authorship> Authorship(SchoolYear year) =>
        from created in DateIn(year)
        from author in PersonName
        from appendCount in Gen.Choose(0, 3)
        from offsets in Gen.ListOf(Gen.Choose(0, 200), appendCount)
        from note in OptionalText
        select new Authorship
        {
            CreatedOn = created,
            CreatedBy = author.Name,
            Appends = offsets.OrderBy(o => o).Select(o => new AppendRecord { On = created.AddDays(o), By = author.Name, Note = note }).ToValueList(),
        };

    private static Gen<CommonSheet> CommonSheet(int startYear, int startAge, int yearCount) =>
        from authorship in Authorship(new SchoolYear(startYear))
        from student in StudentIdentity(Birth(startYear, startAge))
        from guardians in Gen.Choose(0, 2).SelectMany(n => Gen.ListOf(Guardian(startYear), n))
        from basic in BasicInformation(startYear)
        from family in FamilyRelations(startYear)
        from remarks in OptionalText
        select new CommonSheet
        {
            Authorship = authorship,
            Student = student,
            Guardians = guardians.ToValueList(),
            BasicInformation = basic,
            Family = family,
            Remarks = remarks,
            AttendanceByGrade = Enumerable.Range(0, yearCount)
                .Where(k => startAge + k >= 3)
                .Select(k => new GradeAttendance { SchoolYear = new SchoolYear(startYear + k), Grade = GradeAt(startAge + k) })
                .ToValueList(),
        };

    /// <summary>Makes each attendance-by-grade column carry the totals of the matching grade sheet's months.</summary>
    private static CommonSheet WithColumnsMatching(CommonSheet common, ValueList<GradeSheet> sheets) =>
        common with
        {
            AttendanceByGrade = common.AttendanceByGrade.Map(column =>
            {
                var months = sheets.FirstOrDefault(s => s.SchoolYear == column.SchoolYear)?.SheetA?.MonthlyAttendance ?? [];
                var totals = AttendanceCalculator.Totals(months);
                return column with
                {
                    RequiredDays = totals.RequiredDays,
                    AttendedDays = totals.AttendedDays,
                    AbsentDays = totals.AbsentDays,
                    LateCount = totals.LateCount,
                    CountedAsAttendedDays = totals.CountedAsAttendedDays,
                };
            }),
        };

    private static Gen<StudentIdentity> StudentIdentity(DateOnly birth) =>
        from name in PersonName
        from sex in Gen.Elements(Enum.GetValues<Sex>())
        from nationality in Gen.Elements<string?>(null, "日本", "フィリピン", "ブラジル", "ベトナム", "中国")
        from birthplace in Gen.Elements<string?>(null, "マニラ", "サンパウロ", "根室市")
        select new StudentIdentity { Name = name, Sex = sex, DateOfBirth = birth, Nationality = nationality, Birthplace = birthplace };

    private static Gen<Guardian> Guardian(int startYear) =>
        from name in PersonName
        from relationship in Gen.Elements<string?>("母", "父", "祖母", null)
        from admitted in Gen.Elements(false, true)
        from phone in Phone
        from address in OptionalText
        select new Guardian
        {
            Name = name,
            Relationship = relationship,
            SchoolAdmissionDate = admitted ? new DateOnly(startYear, 4, 6) : null,
            Contact = new ContactDetails { Phone = phone, Address = address, Email = admitted ? "family@example.jp" : null, Note = admitted ? "通訳が必要" : null },
        };

    private static Gen<BasicInformation> BasicInformation(int startYear) =>
        from strengths in OptionalText
        from assessments in Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(
            from offset in Gen.Choose(0, 300)
            from instrument in Gen.Elements<string?>("WISC-V", "行動観察", "DLA", null)
            from summary in Text
            select new Assessment { Date = new DateOnly(startYear, 4, 1).AddDays(offset), Instrument = instrument, Assessor = instrument is null ? null : "スクールカウンセラー", Summary = summary }, n))
        from home in OptionalText
        from disability in Gen.Elements(false, true)
        from categories in Gen.SubListOf(Enum.GetValues<DisabilityCategory>())
        from diagnosis in Text
        from learning in OptionalText
        from japanese in OptionalText
        from notes in OptionalText
        select new BasicInformation
        {
            Strengths = strengths,
            Assessments = assessments.ToValueList(),
            HomeSituation = home,
            Disability = disability
                ? new DisabilityInformation
                {
                    Categories = categories.ToValueList(),
                    Degree = "中度",
                    Diagnoses = [new Diagnosis { Name = diagnosis, DiagnosedOn = new DateOnly(startYear - 1, 10, 1), DiagnosedBy = "市立病院" }],
                    Certificates = [new DisabilityCertificate { Type = CertificateType.Ryoiku, Level = "B2", IssuedOn = new DateOnly(startYear - 1, 12, 1) }],
                }
                : null,
            LearningHistory = learning,
            JapaneseProficiency = japanese,
            Notes = notes,
        };

    private static Gen<FamilyRelations> FamilyRelations(int startYear) =>
        from history in OptionalText
        from circumstances in OptionalText
        from changes in Gen.Choose(0, 2).SelectMany(n => Gen.ListOf(Text.Select(t => new DatedNote { Date = new DateOnly(startYear, 9, 1), Text = t }), n))
        from composition in OptionalText
        from language in Gen.Elements<string?>(null, "日本語", "タガログ語・英語", "ポルトガル語")
        from notes in OptionalText
        select new FamilyRelations
        {
            DevelopmentalHistory = history,
            Circumstances = circumstances,
            ChangesSinceCreation = changes.ToValueList(),
            FamilyComposition = composition,
            HomeLanguage = language,
            Notes = notes,
        };

    private static Gen<ValueList<GradeSheet>> GradeSheets(int startYear, int startAge, int yearCount) =>
        Gen.CollectToList(Enumerable.Range(0, yearCount), k => GradeSheet(new SchoolYear(startYear + k), GradeAt(startAge + k)))
            .Select(list => list.ToValueList());

    private static Gen<GradeSheet> GradeSheet(SchoolYear year, Grade grade) =>
        from code in SchoolCodeOf(TypeFor(grade))
        from teacher in PersonName
        from a in Maybe(SheetA(year), false)
        from b in Maybe(SheetB(year), false)
        from className in Gen.Elements("1組", "2組", "ひまわり学級")
        select new GradeSheet
        {
            SchoolYear = year,
            Grade = grade,
            Enrollment = new Enrollment { SchoolName = "テスト学校", SchoolCode = code, ClassName = className },
            HomeroomTeacher = teacher,
            Administrator = "校長 " + teacher.Name,
            SheetA = a,
            SheetB = b,
        };

    private static Gen<GradeSheetA> SheetA(SchoolYear year) =>
        from authorship in Authorship(year)
        from agencies in Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(SupportAgency, n))
        from monthCount in Gen.Elements(0, 5, 12)
        from months in Gen.CollectToList(SchoolYear.MonthOrder.Take(monthCount), m => Month(year, m))
        from days in Gen.Choose(0, 20)
        from statuses in Gen.ListOf(Gen.Elements(Enum.GetValues<DailyAttendanceStatus>()), days)
        from reasons in OptionalText
        from notes in OptionalText
        select new GradeSheetA
        {
            Authorship = authorship,
            SupportAgencies = agencies.ToValueList(),
            MonthlyAttendance = months.ToValueList(),
            DailyAttendance = statuses.Select((s, i) => new DailyAttendance { Date = year.FirstDay.AddDays(7 + i), Status = s }).ToValueList(),
            AbsenceReasons = reasons,
            HandoverNotes = notes,
        };

    private static Gen<SupportAgencyEntry> SupportAgency { get; } =
        from row in Gen.Elements(Enum.GetValues<SupportRow>())
        from support in OptionalText
        from agency in Gen.Elements<string?>("教育支援センター", "福祉事務所", "市立病院", null)
        from phone in Phone
        from person in PersonName
        select new SupportAgencyEntry { Row = row, MainSupport = support, AgencyName = agency, Phone = phone, PersonInCharge = person.Name };

    private static Gen<GradeSheetB> SheetB(SchoolYear year) =>
        from authorship in Authorship(year)
        from student in SituationAndHopes
        from guardian in SituationAndHopes
        from goal in OptionalText
        from twoTerms in Gen.Elements(false, true)
        from terms in Gen.SubListOf(twoTerms ? [Term.FirstHalf, Term.SecondHalf] : new[] { Term.First, Term.Second, Term.Third })
        from cells in Gen.ListOf(GoalSupportEvaluation, terms.Count * 2)
        select new GradeSheetB
        {
            Authorship = authorship,
            Student = student,
            Guardian = guardian,
            YearGoal = goal,
            TermSystem = twoTerms ? TermSystem.TwoTerms : TermSystem.ThreeTerms,
            TermPlans = terms.Select((t, i) => new TermPlan { Term = t, School = cells[2 * i], Agencies = cells[(2 * i) + 1] }).ToValueList(),
        };

    private static Gen<SituationAndHopes> SituationAndHopes { get; } =
        from current in OptionalText
        from hopes in OptionalText
        select new SituationAndHopes { CurrentSituation = current, Hopes = hopes };

    private static Gen<GoalSupportEvaluation> GoalSupportEvaluation { get; } =
        from goal in OptionalText
        from support in OptionalText
        from evaluation in OptionalText
        select new GoalSupportEvaluation { Goal = goal, Support = support, Evaluation = evaluation };

    private static Gen<SupportNeeds> Needs(bool full) =>
        from disability in Gen.Elements(full, true)
        from placement in Gen.Elements(Enum.GetValues<EducationPlacement>())
        from medical in Gen.Elements(false, true)
        from nonAttendance in Gen.Elements(full, true, false)
        from japanese in Gen.Elements(full, true, false)
        from background in OptionalText
        select new SupportNeeds
        {
            Disability = disability
                ? new DisabilityNeed
                {
                    Placement = placement,
                    Basis = DisabilityBasis.SchoolCommitteeJudgement,
                    Division = placement == EducationPlacement.SpecialNeedsSchool ? SpecialNeedsDivision.Elementary : null,
                    MedicalCare = medical,
                }
                : null,
            NonAttendance = nonAttendance ? new NonAttendanceNeed { Background = background, SupportStartedOn = medical ? new DateOnly(2024, 5, 20) : null } : null,
            JapaneseLanguage = japanese ? new JapaneseLanguageNeed { SpecialCurriculum = true, WeeklyHours = 4, InstructionStartedOn = medical ? new DateOnly(2024, 4, 8) : null } : null,
        };

    private static Gen<PlanHeader> Header(int startAge) =>
        from grade in Gen.Constant(GradeAt(startAge))
        from code in SchoolCodeOf(TypeFor(grade))
        from number in Gen.Elements<string?>(null, "R7-012", "第3号")
        select new PlanHeader
        {
            Schools =
            [
                new SchoolHistoryEntry { Stage = grade.Stage, SchoolName = "前の学校", Status = EnrollmentStatus.Graduated, EnteredOn = new DateOnly(2010, 4, 1), LeftOn = new DateOnly(2016, 3, 20) },
                new SchoolHistoryEntry { Stage = grade.Stage, SchoolName = "テスト学校", SchoolCode = code, Status = EnrollmentStatus.Enrolled },
            ],
            ClassificationNumber = number,
        };

    private static Gen<CaseConferenceRecord> Conference(int startYear, int years) =>
        from yearOffset in Gen.Choose(0, years - 1)
        from held in DateIn(new SchoolYear(startYear + yearOffset))
        from recorder in PersonName
        from participants in Gen.Choose(0, 5).SelectMany(n => Gen.ListOf(
            from role in Gen.Elements(Enum.GetValues<ParticipantRole>())
            from name in PersonName
            from organization in Gen.Elements<string?>("芽室町子育て支援課", "市立病院", null)
            select new ConferenceParticipant { Role = role, Name = name.Name, Organization = organization, Title = "担当" }, n))
        from student in OptionalText
        from guardian in OptionalText
        from info in Gen.Choose(0, 2).SelectMany(n => Gen.ListOf(
            from text in Text
            from medical in Gen.Elements(false, true)
            select new AgencyInformation { Source = medical ? "主治医" : "教育支援センター", Text = text, MedicalOrigin = medical }, n))
        from status in Gen.Choose(0, 2).SelectMany(n => Gen.ListOf(
            from goal in OptionalText
            from shortTerm in OptionalText
            from evaluation in OptionalText
            select new RoleAssignment { Goal = goal, AgencyOrDuty = "学級担任", ShortTermGoal = shortTerm, ShortTermGoalDate = held.AddDays(30), Evaluation = evaluation, EvaluationDate = held.AddDays(60) }, n))
        from agreed in OptionalText
        from notes in OptionalText
        select new CaseConferenceRecord
        {
            HeldOn = held,
            Authorship = new Authorship { CreatedOn = held, CreatedBy = recorder.Name },
            RecorderRole = "生徒指導主事",
            Grade = Grade.JuniorHigh(1),
            ClassName = "1組",
            Purpose = "支援方針の確認",
            Participants = participants.ToValueList(),
            StudentIntentions = student,
            GuardianIntentions = guardian,
            AgencyInformation = info.ToValueList(),
            SupportStatus = status.ToValueList(),
            AgreedItems = agreed,
            SpecialNotes = notes,
        };

    private static Gen<GifuForms> Gifu(int startYear) =>
        from authorship in Authorship(new SchoolYear(startYear))
        from strengths in OptionalText
        from wishes in OptionalText
        from agencies in Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(
            from kind in Gen.Elements(Enum.GetValues<AgencyKind>())
            from phone in Phone
            from collaboration in OptionalText
            select new AgencyCollaboration { AgencyName = "関係機関", Kind = kind, PersonInCharge = "担当者", Phone = phone, Collaboration = collaboration, Since = new DateOnly(startYear, 4, 1) }, n))
        from chain in Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(
            from goal in OptionalText
            from how in OptionalText
            select new SupportChainEntry
            {
                Area = "生活", CanDo = "着替え", Difficulties = "切り替え", Goal = goal,
                Support = new SupportMethod { Who = "担任", When = "朝の会", How = how, WorkingEnvironment = "静かな場所", WhenUnstable = "クールダウンスペースへ" },
                Evaluation = how, EvaluatedOn = new DateOnly(startYear + 1, 3, 1),
            }, n))
        select new GifuForms
        {
            Authorship = authorship,
            Profile = new GifuProfile { Strengths = strengths, Difficulties = "大きな音", StudentWishes = wishes, GuardianWishes = wishes, ConsultationHistory = "発達相談（年中）", CareerWishes = "高校進学" },
            Agencies = agencies.ToValueList(),
            SupportChain = chain.ToValueList(),
        };

    private static Gen<ReasonableAccommodation> Accommodation(int startYear) =>
        from viewpoint in Gen.Elements(Enum.GetValues<AccommodationViewpoint>())
        from provision in Text
        from categories in Gen.SubListOf(Enum.GetValues<DisabilityCategory>())
        from agreed in Gen.Elements(true, true, false)
        from reviews in Gen.ListOf(Gen.Choose(1, 400), 2)
        select new ReasonableAccommodation
        {
            Viewpoint = viewpoint,
            Provision = provision,
            Categories = categories.ToValueList(),
            Status = agreed ? ConsensusStatus.Agreed : ConsensusStatus.UnderDiscussion,
            AgreedOn = agreed ? new DateOnly(startYear, 5, 1) : null,
            AgreedWith = agreed ? [AgreementParty.Guardian, AgreementParty.School] : [],
            ReviewDates = agreed ? reviews.Order().Select(d => new DateOnly(startYear, 5, 1).AddDays(d)).ToValueList() : [],
            Notes = agreed ? null : "次回のケース会議で協議する",
        };

    /// <summary>Item and section ids a consent may name.</summary>
    public static Gen<string> ConsentItem { get; } =
        Gen.Elements(PlanItemCatalog.All.Select(i => i.Id).Concat(Enum.GetValues<PlanSection>().Select(PlanItemCatalog.SectionId)).ToArray());

    /// <summary>A recipient class or named recipient.</summary>
    public static Gen<ConsentRecipient> Recipient { get; } =
        from kind in Gen.Elements(Enum.GetValues<RecipientKind>())
        from named in Gen.Elements(false, false, true)
        select new ConsentRecipient { Kind = kind, Name = named ? "受け取る学校" : null };

    private static Gen<ValueList<ConsentRecord>> Consents(int startYear, bool full) =>
        from count in Gen.Choose(full ? 2 : 0, 5)
        from records in Gen.CollectToList(Enumerable.Range(0, count), i => Consent(startYear, i))
        select Link(records);

    /// <summary>Makes every withdrawal name an earlier granted consent (or turns it into a grant when there is none).</summary>
    private static ValueList<ConsentRecord> Link(IList<ConsentRecord> records)
    {
        var result = new List<ConsentRecord>();
        foreach (var record in records)
        {
            if (record.Decision == ConsentDecision.Withdrawn)
            {
                var target = result.LastOrDefault(r => r.Decision == ConsentDecision.Granted);
                result.Add(target is null
                    ? record with { Decision = ConsentDecision.Granted, Withdraws = null }
                    : record with { Withdraws = target.Id, Recipient = target.Recipient, Purpose = target.Purpose, DecidedOn = target.DecidedOn.AddDays(30), ValidUntil = null });
            }
            else
            {
                result.Add(record);
            }
        }

        return result.ToValueList();
    }

    /// <summary>One consent record of any decision, well-formed.</summary>
    /// <param name="startYear">The first school year of the plan.</param>
    /// <param name="index">Its position (for a unique id).</param>
    /// <returns>The generator.</returns>
    public static Gen<ConsentRecord> Consent(int startYear, int index) =>
        from decision in Gen.Elements(Enum.GetValues<ConsentDecision>())
        from guardian in Gen.Elements(true, false)
        from recipient in Recipient
        from purpose in Gen.Elements(Enum.GetValues<DisclosurePurpose>())
        from items in Gen.NonEmptyListOf(ConsentItem).Select(l => l.Distinct().ToValueList())
        from offset in Gen.Choose(0, 700)
        from length in Gen.Elements<int?>(null, 30, 365, 1000)
        from method in Gen.Elements(Enum.GetValues<ConsentMethod>())
        from reasons in Text
        let decided = new DateOnly(startYear, 4, 1).AddDays(offset)
        select new ConsentRecord
        {
            Id = $"consent-{index + 1:000}",
            Decision = decision,
            Grantor = decision == ConsentDecision.Unreachable ? null : new ConsentGrantor { Kind = guardian ? GrantorKind.Guardian : GrantorKind.Student, Name = "保護者", Relationship = guardian ? "母" : null },
            Recipient = recipient,
            Purpose = purpose,
            Items = items,
            DecidedOn = decided,
            ValidUntil = length is { } l ? decided.AddDays(l) : null,
            Method = method,
            ValidFrom = length is null ? null : decided,
            Note = length is null ? "面談で確認" : null,
            ContentShown = true,
            PurposeExplained = true,
            RecordedBy = "学級担任",
            Refusal = decision == ConsentDecision.Refused ? new RefusalDetails { Reasons = reasons, Discussion = "引継ぎの利点を説明した。" } : null,
            RevisitOn = decision == ConsentDecision.Deferred ? decided.AddDays(60) : null,
            ContactAttempts = decision == ConsentDecision.Unreachable
                ? [new ContactAttempt { On = decided.AddDays(-7), Method = ContactMethod.Phone, Outcome = "応答なし" }, new ContactAttempt { On = decided.AddDays(-3), Method = ContactMethod.HomeVisit, Outcome = "不在" }]
                : [],
        };

    private static Gen<RegionalExtension> Extension { get; } =
        from count in Gen.Choose(0, 3)
        from values in Gen.ListOf(Text, count)
        from dataClass in Gen.Elements(Enum.GetValues<DataClass>())
        select new RegionalExtension
        {
            Namespace = "jp.test.ext",
            Version = "1",
            Label = "テスト拡張",
            DataClass = dataClass,
            Data = JsonSerializer.SerializeToElement(values.Select((v, i) => (Key: $"item{i}", v)).ToDictionary(p => p.Key, p => p.v), ExtensionJson.Default.DictionaryStringString),
        };

    private static string Widen(string text, bool wide) =>
        wide ? new string(text.Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c == '-' ? '－' : c).ToArray()) : text;
}

[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class ExtensionJson : System.Text.Json.Serialization.JsonSerializerContext;
