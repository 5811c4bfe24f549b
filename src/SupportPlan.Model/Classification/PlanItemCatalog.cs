using System.Collections.Frozen;
using System.Text.Json;
using static SupportPlan.Model.Classification.DataClass;

namespace SupportPlan.Model.Classification;

/// <summary>
/// The classification of every plan item, built once: the rules, the validator and the docs read this table,
/// never reflection. Every member the serializer writes is covered by exactly one item (a test checks it).
/// </summary>
public static class PlanItemCatalog
{
    private const string GradeSheet = "/gradeSheets/*";
    private const string SheetA = "/gradeSheets/*/sheetA";
    private const string SheetB = "/gradeSheets/*/sheetB";
    private const string Conference = "/caseConferences/*";
    private const string Basic = "/commonSheet/basicInformation";
    private const string Family = "/commonSheet/family";

    /// <summary>All items, in form order.</summary>
    public static IReadOnlyList<PlanItem> All { get; } =
    [
        Item("plan.id", PlanSection.Plan, "計画ID", "Plan id", [Administrative], structural: true, "/id"),

        Item("header.schools", PlanSection.Header, "現在在籍する学校名又は卒業校名", "Current or graduated schools", [Identity], false, "/header/schools"),
        Item("header.classification-number", PlanSection.Header, "分類番号", "Classification number", [Administrative], false, "/header/classificationNumber"),

        Item("needs.disability", PlanSection.Needs, "支援の必要性（障害）", "Support need: disability", [SpecialCareHealth], false, "/needs/disability"),
        Item("needs.non-attendance", PlanSection.Needs, "支援の必要性（不登校）", "Support need: non-attendance", [DataClass.Attendance, SupportContent], false, "/needs/nonAttendance"),
        Item("needs.japanese-language", PlanSection.Needs, "支援の必要性（日本語指導）", "Support need: Japanese language", [NationalityLanguage, SupportContent], false, "/needs/japaneseLanguage"),

        Item("common.authorship", PlanSection.CommonSheet, "作成日・作成者・追記者（共通シート）", "Common sheet authorship", [Administrative], true, "/commonSheet/authorship"),
        Item("common.student.identity", PlanSection.CommonSheet, "児童生徒 名前・よみがな・性別・生年月日", "Student name, reading, sex, date of birth", [Identity], false, "/commonSheet/student/name", "/commonSheet/student/sex", "/commonSheet/student/dateOfBirth"),
        Item("common.student.nationality", PlanSection.CommonSheet, "国籍等・出生地", "Nationality and birthplace", [NationalityLanguage], false, "/commonSheet/student/nationality", "/commonSheet/student/birthplace"),
        Item("common.guardians.identity", PlanSection.CommonSheet, "保護者等 名前・よみがな・続柄・学校受入年月日", "Guardians: name, reading, relationship, admission date", [DataClass.Family, Identity], false, "/commonSheet/guardians/*/name", "/commonSheet/guardians/*/relationship", "/commonSheet/guardians/*/schoolAdmissionDate"),
        Item("common.guardians.contact", PlanSection.CommonSheet, "保護者等 連絡先", "Guardians: contact details", [Contact], false, "/commonSheet/guardians/*/contact"),
        Item("common.attendance-by-grade", PlanSection.CommonSheet, "学年別欠席日数等", "Attendance by grade", [DataClass.Attendance], false, "/commonSheet/attendanceByGrade"),
        Item("common.basic.strengths", PlanSection.CommonSheet, "本人の強み", "Strengths", [SupportContent], false, Basic + "/strengths"),
        Item("common.basic.assessments", PlanSection.CommonSheet, "アセスメントの情報", "Assessments", [SupportContent, SpecialCareHealth], false, Basic + "/assessments"),
        Item("common.basic.home-situation", PlanSection.CommonSheet, "家庭での様子", "At home", [DataClass.Family], false, Basic + "/homeSituation"),
        Item("common.basic.disability-type", PlanSection.CommonSheet, "障害の種類・程度", "Disability type and degree", [SpecialCareHealth], false, Basic + "/disability/categories", Basic + "/disability/degree"),
        Item("common.basic.diagnosis", PlanSection.CommonSheet, "診断名", "Diagnosis", [SpecialCareHealth], false, Basic + "/disability/diagnoses"),
        Item("common.basic.certificate", PlanSection.CommonSheet, "障害者手帳の種類・交付年月日", "Disability certificate", [SpecialCareHealth], false, Basic + "/disability/certificates"),
        Item("common.basic.learning-history", PlanSection.CommonSheet, "学習歴", "Learning history", [NationalityLanguage], false, Basic + "/learningHistory"),
        Item("common.basic.japanese-proficiency", PlanSection.CommonSheet, "日本語力", "Japanese proficiency", [NationalityLanguage], false, Basic + "/japaneseProficiency"),
        Item("common.basic.notes", PlanSection.CommonSheet, "特記事項（基本的な情報）", "Basic information: other notes", [SupportContent], false, Basic + "/notes"),
        Item("common.family.developmental-history", PlanSection.CommonSheet, "生育歴", "Developmental history", [DataClass.Family, SpecialCareHealth], false, Family + "/developmentalHistory"),
        Item("common.family.circumstances", PlanSection.CommonSheet, "本人を取り巻く状況（家族の状況も含む。）", "Circumstances, incl. family", [DataClass.Family], false, Family + "/circumstances"),
        Item("common.family.changes", PlanSection.CommonSheet, "作成日以降の変化", "Changes since creation", [DataClass.Family], false, Family + "/changesSinceCreation"),
        Item("common.family.composition", PlanSection.CommonSheet, "家族構成", "Family composition", [DataClass.Family], false, Family + "/familyComposition"),
        Item("common.family.home-language", PlanSection.CommonSheet, "家庭内使用言語", "Home language", [NationalityLanguage, DataClass.Family], false, Family + "/homeLanguage"),
        Item("common.family.notes", PlanSection.CommonSheet, "特記事項（家族関係）", "Family: other notes", [DataClass.Family], false, Family + "/notes"),
        Item("common.remarks", PlanSection.CommonSheet, "備考欄", "Remarks", [SupportContent], false, "/commonSheet/remarks"),

        Item("grade.year", PlanSection.GradeSheet, "年度・学年", "School year and grade", [Administrative], true, GradeSheet + "/schoolYear", GradeSheet + "/grade"),
        Item("grade.enrollment", PlanSection.GradeSheet, "学校名・学級", "School and class", [Identity], false, GradeSheet + "/enrollment"),
        Item("grade.staff", PlanSection.GradeSheet, "担任名・管理職名", "Homeroom teacher and administrator", [Administrative], false, GradeSheet + "/homeroomTeacher", GradeSheet + "/administrator"),
        Item("grade.a.authorship", PlanSection.GradeSheetA, "作成年月日・追記年月日（Aシート）", "Sheet A authorship", [Administrative], true, SheetA + "/authorship"),
        Item("grade.a.support-agencies", PlanSection.GradeSheetA, "支援機関名等（校内・校外）", "Support agencies (in and out of school)", [SupportContent, Contact, SpecialCareHealth], false, SheetA + "/supportAgencies"),
        Item("grade.a.monthly-attendance", PlanSection.GradeSheetA, "月別欠席状況等", "Monthly attendance", [DataClass.Attendance], false, SheetA + "/monthlyAttendance"),
        Item("grade.a.daily-attendance", PlanSection.GradeSheetA, "日別出欠", "Daily attendance", [DataClass.Attendance], false, SheetA + "/dailyAttendance"),
        Item("grade.a.absence-reasons", PlanSection.GradeSheetA, "長期欠席、不登校(継続)等欠席状況に関する理由", "Reasons for long absence", [DataClass.Attendance], false, SheetA + "/absenceReasons"),
        Item("grade.a.handover-notes", PlanSection.GradeSheetA, "次年度への引継事項", "Handover notes for next year", [SupportContent], false, SheetA + "/handoverNotes"),
        Item("grade.b.authorship", PlanSection.GradeSheetB, "作成年月日・作成者名・追記年月日（Bシート）", "Sheet B authorship", [Administrative], true, SheetB + "/authorship", SheetB + "/termSystem"),
        Item("grade.b.student-situation", PlanSection.GradeSheetB, "本人の状況・希望", "Student: situation and hopes", [Wishes], false, SheetB + "/student"),
        Item("grade.b.guardian-situation", PlanSection.GradeSheetB, "保護者の状況・希望", "Guardians: situation and hopes", [Wishes, DataClass.Family], false, SheetB + "/guardian"),
        Item("grade.b.year-goal", PlanSection.GradeSheetB, "本学年の目標", "This year's goal", [SupportContent], false, SheetB + "/yearGoal"),
        Item("grade.b.term-plans", PlanSection.GradeSheetB, "各学期の個別の支援計画", "Term plans", [SupportContent], false, SheetB + "/termPlans"),

        Item("conference.record", PlanSection.CaseConference, "記録者・日付・学年・学級", "Conference date, recorder, grade, class", [ConferenceRecord, Administrative], true, Conference + "/heldOn", Conference + "/authorship", Conference + "/recorderRole", Conference + "/purpose", Conference + "/grade", Conference + "/className"),
        Item("conference.participants", PlanSection.CaseConference, "参加者・機関名", "Participants and agencies", [ConferenceRecord, Contact], false, Conference + "/participants"),
        Item("conference.student-intentions", PlanSection.CaseConference, "本人の意向", "Student's intentions", [Wishes, ConferenceRecord], false, Conference + "/studentIntentions"),
        Item("conference.guardian-intentions", PlanSection.CaseConference, "保護者の意向", "Guardians' intentions", [Wishes, ConferenceRecord], false, Conference + "/guardianIntentions"),
        Item("conference.agency-information", PlanSection.CaseConference, "関係機関からの情報", "Information from related agencies", [AgencyOriginated, ConferenceRecord, SpecialCareHealth], false, Conference + "/agencyInformation"),
        Item("conference.support-status", PlanSection.CaseConference, "支援状況（役割分担）", "Support status (roles)", [SupportContent, ConferenceRecord], false, Conference + "/supportStatus"),
        Item("conference.agreed-items", PlanSection.CaseConference, "確認・同意事項", "Items confirmed and agreed", [SupportContent, ConferenceRecord], false, Conference + "/agreedItems"),
        Item("conference.special-notes", PlanSection.CaseConference, "特記事項（協議シート）", "Special notes", [ConferenceRecord], false, Conference + "/specialNotes"),

        Item("gifu.authorship", PlanSection.GifuForms, "作成日・作成者（岐阜県様式）", "Gifu forms authorship", [Administrative], true, "/gifuForms/authorship"),
        Item("gifu.profile.characteristics", PlanSection.GifuForms, "得意なこと・苦手なこと（様式1）", "Strengths and difficulties (form 1)", [SupportContent], false, "/gifuForms/profile/strengths", "/gifuForms/profile/difficulties"),
        Item("gifu.profile.wishes", PlanSection.GifuForms, "本人・保護者の願い・進路希望（様式1）", "Wishes and career wishes (form 1)", [Wishes], false, "/gifuForms/profile/studentWishes", "/gifuForms/profile/guardianWishes", "/gifuForms/profile/careerWishes"),
        Item("gifu.profile.consultation-history", PlanSection.GifuForms, "相談歴（様式1）", "Consultation history (form 1)", [AgencyOriginated, SpecialCareHealth], false, "/gifuForms/profile/consultationHistory"),
        Item("gifu.agencies", PlanSection.GifuForms, "関係機関との連携（様式2）", "Related agencies (form 2)", [AgencyOriginated, Contact, SpecialCareHealth], false, "/gifuForms/agencies"),
        Item("gifu.support-chain", PlanSection.GifuForms, "実態—支援目標—支援内容—評価（様式3）", "State, goal, support, evaluation (form 3)", [SupportContent], false, "/gifuForms/supportChain"),

        Item("accommodations", PlanSection.Accommodations, "合理的配慮", "Reasonable accommodations", [SupportContent, SpecialCareHealth], false, "/accommodations"),
        Item("consents", PlanSection.Consents, "同意の記録", "Consent records", [Administrative, DataClass.Family], false, "/consents"),
        Item("extensions", PlanSection.Extensions, "地域独自項目", "Regional extensions", [Administrative], false, "/extensions"),
    ];

    private static readonly FrozenDictionary<string, PlanItem> ById = All.ToFrozenDictionary(i => i.Id, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, PlanSection> SectionIds =
        Enum.GetValues<PlanSection>().ToFrozenDictionary(s => JsonNamingPolicy.KebabCaseLower.ConvertName(s.ToString()), StringComparer.Ordinal);

    private static readonly (string[] Segments, PlanItem Item)[] Patterns =
        [.. All.SelectMany(i => i.Pointers.Select(p => (p.Split('/')[1..], i)))];

    /// <summary>The item with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">The item id.</param>
    /// <returns>The item.</returns>
    public static PlanItem? Find(string id) => ById.GetValueOrDefault(id);

    /// <summary>The items of a section, in form order.</summary>
    /// <param name="section">The section.</param>
    /// <returns>Its items.</returns>
    public static IReadOnlyList<PlanItem> InSection(PlanSection section) => [.. All.Where(i => i.Section == section)];

    /// <summary>The section id used in consent records, e.g. <c>common-sheet</c>.</summary>
    /// <param name="section">The section.</param>
    /// <returns>Its id.</returns>
    public static string SectionId(PlanSection section) =>
        SectionNames.ById.TryGetValue(section, out var id) ? id : JsonNamingPolicy.KebabCaseLower.ConvertName(section.ToString());

    /// <summary>Whether <paramref name="reference"/> names an item or a section.</summary>
    /// <param name="reference">An item id or section id.</param>
    /// <returns>True when known.</returns>
    public static bool IsKnownReference(string reference) => ById.ContainsKey(reference) || SectionIds.ContainsKey(reference);

    /// <summary>
    /// The items a consent reference covers: the item itself, or for a section id its items except special-care
    /// ones (which consent must name one by one).
    /// </summary>
    /// <param name="reference">An item id or section id.</param>
    /// <returns>The covered items (empty when unknown).</returns>
    public static IEnumerable<PlanItem> Covered(string reference)
    {
        if (ById.TryGetValue(reference, out var item))
        {
            return [item];
        }

        return SectionIds.TryGetValue(reference, out var section)
            ? All.Where(i => i.Section == section && !i.IsSpecialCare)
            : [];
    }

    /// <summary>
    /// The item that covers a concrete JSON Pointer of a plan document (e.g. <c>/commonSheet/guardians/0/contact/phone</c>),
    /// or <see langword="null"/> when none does. A pointer inside an item's member belongs to that item.
    /// </summary>
    /// <param name="pointer">A JSON Pointer into a plan.</param>
    /// <returns>The covering item.</returns>
    public static PlanItem? ForPointer(string pointer)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        if (pointer.Length == 0 || pointer[0] != '/')
        {
            return null;
        }

        var segments = pointer.Split('/')[1..];
        foreach (var (pattern, item) in Patterns)
        {
            if (Matches(pattern, segments))
            {
                return item;
            }
        }

        return null;
    }

    private static bool Matches(string[] pattern, string[] segments)
    {
        if (segments.Length < pattern.Length)
        {
            return false;
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            var p = pattern[i];
            if (p == "*" ? !IsIndex(segments[i]) : !string.Equals(p, segments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIndex(string segment) => segment.Length > 0 && segment.All(char.IsAsciiDigit);

    private static PlanItem Item(string id, PlanSection section, string labelJa, string labelEn, DataClass[] classes, bool structural, params string[] pointers) =>
        new()
        {
            Id = id,
            Section = section,
            LabelJa = labelJa,
            LabelEn = labelEn,
            Classes = DataClassSet.Of(classes),
            Structural = structural,
            Pointers = pointers,
        };

    /// <summary>
    /// The section ids, computed once: the disclosure engine asks for a section's id for every item and consent
    /// record, and converting the enum name each time was the largest single cost of a consented decision (a nested
    /// class, so that it is initialized on first use whatever the order of this class's static fields).
    /// </summary>
    private static class SectionNames
    {
        public static readonly FrozenDictionary<PlanSection, string> ById =
            Enum.GetValues<PlanSection>().ToFrozenDictionary(s => s, s => JsonNamingPolicy.KebabCaseLower.ConvertName(s.ToString()));
    }
}
