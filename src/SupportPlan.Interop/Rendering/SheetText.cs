using System.Globalization;
using SupportPlan.Model.Accommodations;
using SupportPlan.Model.Attendance;
using SupportPlan.Model.Calendar;
using SupportPlan.Model.Conferences;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Gifu;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Needs;
using SupportPlan.Model.People;
using SupportPlan.Model.Plans;
using SupportPlan.Model.Sheets;
using SupportPlan.Rules.Recipients;

namespace SupportPlan.Interop.Rendering;

/// <summary>
/// The Japanese text the sheets print for values: era dates, grades, school years and the names of code values. Never
/// throws: a value outside its range (a date before 明治, an undefined enum value built in code) prints as its ISO or
/// code form.
/// </summary>
internal static class SheetText
{
    /// <summary>A date in the Japanese era (令和7年4月1日); ISO before 明治.</summary>
    public static string Date(DateOnly date) =>
        date >= new DateOnly(1868, 10, 23)
            ? JapaneseEraFormatter.FormatDate(date)
            : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date or nothing.</summary>
    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    /// <summary>A short month/day, as the form's ○／○ headings print it.</summary>
    public static string MonthDay(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Month}／{date.Day}");

    /// <summary>A school year in the era (令和7年度).</summary>
    public static string SchoolYear(SchoolYear year) =>
        year == default || year.StartYear < 1869 ? year.ToString() : JapaneseEraFormatter.FormatSchoolYear(year);

    /// <summary>A grade as forms print it (小3); the code for an unknown grade.</summary>
    public static string Grade(Grade grade) => grade.JapaneseLabel;

    /// <summary>A number or blank (a blank cell is not zero).</summary>
    public static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>A name with its reading in brackets: 根室 太郎（ねむろ たろう）.</summary>
    public static string? Name(PersonName? name) =>
        name is null ? null
        : name.Reading is { } reading && reading.Value.Length > 0 ? $"{name.Name}（{reading.Value}）"
        : name.Name;

    public static string Sex(Sex sex) => sex switch
    {
        Model.People.Sex.Male => "男",
        Model.People.Sex.Female => "女",
        Model.People.Sex.Other => "その他",
        Model.People.Sex.NotStated => "記載なし",
        _ => Code(sex),
    };

    public static string Row(SupportRow row) => row switch
    {
        SupportRow.OwnSchool => "在籍校",
        SupportRow.Home => "家庭",
        SupportRow.Welfare => "福祉",
        SupportRow.Medical => "医療",
        SupportRow.Other => "その他",
        _ => Code(row),
    };

    public static string Term(Term term) => term switch
    {
        Model.Sheets.Term.First => "1学期",
        Model.Sheets.Term.Second => "2学期",
        Model.Sheets.Term.Third => "3学期",
        Model.Sheets.Term.FirstHalf => "前期",
        Model.Sheets.Term.SecondHalf => "後期",
        _ => Code(term),
    };

    public static string Stage(SchoolStage stage) => stage switch
    {
        SchoolStage.Preschool => "(幼)",
        SchoolStage.Elementary => "(小)",
        SchoolStage.JuniorHigh => "(中)",
        SchoolStage.HighSchool => "(高)",
        SchoolStage.Compulsory => "(義務)",
        SchoolStage.Secondary => "(中等)",
        _ => Code(stage),
    };

    public static string Enrollment(EnrollmentStatus status) => status switch
    {
        EnrollmentStatus.Enrolled => "在籍",
        EnrollmentStatus.Graduated => "卒業",
        EnrollmentStatus.TransferredOut => "転出",
        _ => Code(status),
    };

    public static string Participant(ParticipantRole role) => role switch
    {
        ParticipantRole.Student => "本人",
        ParticipantRole.Guardian => "保護者",
        ParticipantRole.SchoolStaff => "学校職員",
        ParticipantRole.Agency => "関係機関",
        ParticipantRole.Other => "その他",
        _ => Code(role),
    };

    public static string Certificate(CertificateType type) => type switch
    {
        CertificateType.PhysicalDisability => "身体障害者手帳",
        CertificateType.Ryoiku => "療育手帳",
        CertificateType.MentalHealthWelfare => "精神障害者保健福祉手帳",
        _ => Code(type),
    };

    public static string Category(DisabilityCategory category) =>
        Enum.IsDefined(category) ? DisabilityCategories.JapaneseName(category) : Code(category);

    public static string Viewpoint(AccommodationViewpoint viewpoint)
    {
        var info = AccommodationViewpoints.All.FirstOrDefault(v => v.Viewpoint == viewpoint);
        return info is null ? Code(viewpoint) : $"{info.Code} {info.NameJa}（{info.GroupNameJa}）";
    }

    public static string Consensus(ConsensusStatus status) => status switch
    {
        ConsensusStatus.Agreed => "合意",
        ConsensusStatus.UnderDiscussion => "協議中",
        ConsensusStatus.ReferredToCommittee => "教育支援委員会へ付託",
        _ => Code(status),
    };

    public static string Party(AgreementParty party) => party switch
    {
        AgreementParty.Student => "本人",
        AgreementParty.Guardian => "保護者",
        AgreementParty.School => "学校",
        AgreementParty.Establisher => "設置者",
        _ => Code(party),
    };

    public static string Placement(EducationPlacement placement) => placement switch
    {
        EducationPlacement.SpecialNeedsSchool => "特別支援学校",
        EducationPlacement.SpecialNeedsClass => "特別支援学級",
        EducationPlacement.ResourceRoom => "通級による指導",
        EducationPlacement.RegularClass => "通常の学級",
        EducationPlacement.Preschool => "幼稚園・保育所・認定こども園",
        _ => Code(placement),
    };

    public static string Basis(DisabilityBasis basis) => basis switch
    {
        DisabilityBasis.Diagnosis => "医師の診断",
        DisabilityBasis.SchoolCommitteeJudgement => "校内委員会の判断",
        _ => Code(basis),
    };

    public static string Division(SpecialNeedsDivision division) => division switch
    {
        SpecialNeedsDivision.Kindergarten => "幼稚部",
        SpecialNeedsDivision.Elementary => "小学部",
        SpecialNeedsDivision.JuniorHigh => "中学部",
        SpecialNeedsDivision.HighSchool => "高等部",
        _ => Code(division),
    };

    public static string Agency(AgencyKind kind) => kind switch
    {
        AgencyKind.Medical => "医療",
        AgencyKind.Welfare => "福祉",
        AgencyKind.Health => "保健",
        AgencyKind.Education => "教育",
        AgencyKind.Labour => "労働",
        AgencyKind.Other => "その他",
        _ => Code(kind),
    };

    public static string Decision(ConsentDecision decision) => decision switch
    {
        ConsentDecision.Granted => "同意",
        ConsentDecision.Refused => "拒否",
        ConsentDecision.Withdrawn => "撤回",
        ConsentDecision.Deferred => "保留",
        ConsentDecision.Unreachable => "連絡不能",
        _ => Code(decision),
    };

    public static string Grantor(GrantorKind kind) => kind switch
    {
        GrantorKind.Student => "本人",
        GrantorKind.Guardian => "保護者",
        _ => Code(kind),
    };

    public static string Method(ConsentMethod method) => method switch
    {
        ConsentMethod.Written => "書面",
        ConsentMethod.Oral => "口頭",
        ConsentMethod.Electronic => "電磁的方法",
        _ => Code(method),
    };

    public static string Recipient(RecipientKind kind) => Enum.IsDefined(kind) ? RecipientKinds.JapaneseName(kind) : Code(kind);

    public static string Purpose(DisclosurePurpose purpose) => Enum.IsDefined(purpose) ? RecipientKinds.JapaneseName(purpose) : Code(purpose);

    public static string Establishment(Establishment establishment) =>
        Enum.IsDefined(establishment) ? Establishments.JapaneseName(establishment) : Code(establishment);

    public static string Daily(DailyAttendanceStatus status) => status switch
    {
        DailyAttendanceStatus.Present => "出席",
        DailyAttendanceStatus.Absent => "欠席",
        DailyAttendanceStatus.Late => "遅刻",
        DailyAttendanceStatus.LeftEarly => "早退",
        DailyAttendanceStatus.SeparateRoom => "別室登校",
        DailyAttendanceStatus.CountedAsAttended => "出席扱い",
        DailyAttendanceStatus.NotRequired => "出席停止・忌引等",
        _ => Code(status),
    };

    /// <summary>The labels of the institution rows ①–⑧, in form order.</summary>
    public static IReadOnlyList<string> InstitutionLabels { get; } =
    [
        "①教育支援センター", "②教育委員会所管の機関(①除く。)", "③児童相談所・福祉事務所", "④保健所、精神保健福祉センター",
        "⑤病院、診療所", "⑥民間団体、民間施設", "⑦その他の機関等", "⑧IT等の活用",
    ];

    /// <summary>The values of ①–⑧ in form order (all blank when there are none).</summary>
    public static int?[] Institutions(InstitutionDays? days) =>
        days is null
            ? new int?[8]
            : [days.EducationSupportCenter, days.OtherBoardInstitution, days.ChildGuidanceOrWelfareOffice, days.HealthCenter,
                days.HospitalOrClinic, days.PrivateFacility, days.OtherInstitution, days.Ict];

    private static string Code<T>(T value)
        where T : struct, Enum => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
}
