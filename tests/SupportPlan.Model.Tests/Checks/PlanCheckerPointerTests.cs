using SupportPlan.Model.Attendance;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Collections;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Plans;
using SupportPlan.Model.Sheets;

namespace SupportPlan.Model.Tests.Checks;

/// <summary>
/// The exact JSON Pointer of each model finding, at an element deep inside the largest scenario (not the first of its
/// array), so that every level of the pointer (sheet, month, member) is pinned. The checker builds pointers only when it
/// reports a finding; these tests keep that lazy building exact.
/// </summary>
public sealed class PlanCheckerPointerTests
{
    private static readonly StudentSupportPlan Lifelong = SupportPlan.Scenarios.Scenarios.Lifelong();

    public static TheoryData<string, string, string> Cases { get; } = new()
    {
        { "negative institution days", "SP-SEM-004", "/gradeSheets/3/sheetA/monthlyAttendance/5/institutionDays/healthCenter" },
        { "institution days over required", "SP-SEM-006", "/gradeSheets/3/sheetA/monthlyAttendance/6/institutionDays/ict" },
        { "negative late count", "SP-SEM-004", "/gradeSheets/4/sheetA/monthlyAttendance/2/lateCount" },
        { "attended over required in a column", "SP-SEM-001", "/commonSheet/attendanceByGrade/2/attendedDays" },
        { "month 13", "SP-SEM-007", "/gradeSheets/2/sheetA/monthlyAttendance/7/month" },
        { "month twice", "SP-SEM-008", "/gradeSheets/2/sheetA/monthlyAttendance/8/month" },
        { "month too long", "SP-SEM-009", "/gradeSheets/2/sheetA/monthlyAttendance/9/requiredDays" },
        { "monthly totals against the column", "SP-SEM-010", "/gradeSheets/5/sheetA/monthlyAttendance" },
        { "daily record outside the year", "SP-SEM-012", "/gradeSheets/4/sheetA/dailyAttendance/1/date" },
        { "daily record twice", "SP-SEM-013", "/gradeSheets/4/sheetA/dailyAttendance/1/date" },
        { "term outside the term system", "SP-SEM-050", "/gradeSheets/5/sheetB/termPlans/1/term" },
        { "sheet B created outside its year", "SP-SEM-030", "/gradeSheets/6/sheetB/authorship/createdOn" },
        { "conference append before creation", "SP-SEM-031", "/caseConferences/4/authorship/appends/0/on" },
        { "conference before birth", "SP-SEM-032", "/caseConferences/2/heldOn" },
        { "grade goes back", "SP-SEM-022", "/gradeSheets/7/grade" },
        { "column grade goes back", "SP-SEM-022", "/commonSheet/attendanceByGrade/4/grade" },
        { "school left before entered", "SP-SEM-033", "/header/schools/1/leftOn" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_finding_points_at_the_member_that_causes_it(string corruption, string code, string pointer)
    {
        var findings = PlanChecker.Default.Check(Corrupt(corruption));

        Assert.Contains(findings, f => f.Code == code && f.Pointer == pointer);
    }

    [Fact]
    public void The_uncorrupted_plan_has_no_finding() => Assert.Empty(PlanChecker.Default.Check(Lifelong));

    private static StudentSupportPlan Corrupt(string corruption) => corruption switch
    {
        "negative institution days" => Month(3, 5, m => m with { InstitutionDays = new InstitutionDays { HealthCenter = -1 } }),
        "institution days over required" => Month(3, 6, m => m with { InstitutionDays = new InstitutionDays { Ict = (m.RequiredDays ?? 0) + 1 } }),
        "negative late count" => Month(4, 2, m => m with { LateCount = -1 }),
        "attended over required in a column" => Column(2, c => c with { AttendedDays = (c.RequiredDays ?? 0) + 5 }),
        "month 13" => Month(2, 7, m => m with { Month = 13 }),
        "month twice" => Month(2, 8, m => m with { Month = Lifelong.GradeSheets[2].SheetA!.MonthlyAttendance[7].Month }),
        "month too long" => Month(2, 9, m => m with { RequiredDays = 32 }),
        "monthly totals against the column" => Column(Lifelong.CommonSheet!.AttendanceByGrade.ToList().FindIndex(c => c.SchoolYear == Lifelong.GradeSheets[5].SchoolYear),
            c => c with { RequiredDays = c.RequiredDays + 1, AbsentDays = c.AbsentDays + 1 }),
        "daily record outside the year" => SheetA(4, a => a with
        {
            DailyAttendance = [Day(Lifelong.GradeSheets[4].SchoolYear.FirstDay), Day(Lifelong.GradeSheets[4].SchoolYear.LastDay.AddDays(1))],
        }),
        "daily record twice" => SheetA(4, a => a with
        {
            DailyAttendance = [Day(Lifelong.GradeSheets[4].SchoolYear.FirstDay), Day(Lifelong.GradeSheets[4].SchoolYear.FirstDay)],
        }),
        "term outside the term system" => Sheet(5, s => s with
        {
            SheetB = s.SheetB! with { TermSystem = TermSystem.ThreeTerms, TermPlans = Replace(s.SheetB!.TermPlans, 1, t => t with { Term = Term.FirstHalf }) },
        }),
        "sheet B created outside its year" => Sheet(6, s => s with
        {
            SheetB = s.SheetB! with { Authorship = s.SheetB!.Authorship with { CreatedOn = s.SchoolYear.LastDay.AddDays(1) } },
        }),
        "conference append before creation" => Lifelong with
        {
            CaseConferences = Replace(Lifelong.CaseConferences, 4, c => c with
            {
                Authorship = c.Authorship with { Appends = [new AppendRecord { On = c.Authorship.CreatedOn.AddDays(-1), By = "追記者" }] },
            }),
        },
        "conference before birth" => Lifelong with
        {
            CaseConferences = Replace(Lifelong.CaseConferences, 2, c => c with { HeldOn = Lifelong.CommonSheet!.Student!.DateOfBirth!.Value.AddDays(-1) }),
        },
        "grade goes back" => Sheet(7, s => s with { Grade = Grade.Elementary(1), Enrollment = null }),
        "column grade goes back" => Column(4, c => c with { Grade = Grade.Elementary(1) }),
        "school left before entered" => Lifelong with
        {
            Header = Lifelong.Header! with
            {
                Schools = Replace(Lifelong.Header!.Schools, 1, s => s with { LeftOn = s.EnteredOn!.Value.AddDays(-1) }),
            },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(corruption), corruption, null),
    };

    private static DailyAttendance Day(DateOnly date) => new() { Date = date, Status = DailyAttendanceStatus.Absent };

    private static ValueList<T> Replace<T>(ValueList<T> items, int index, Func<T, T> change) =>
        [.. items.Select((item, i) => i == index ? change(item) : item)];

    private static StudentSupportPlan Sheet(int sheet, Func<GradeSheet, GradeSheet> change) =>
        Lifelong with { GradeSheets = Replace(Lifelong.GradeSheets, sheet, change) };

    private static StudentSupportPlan SheetA(int sheet, Func<GradeSheetA, GradeSheetA> change) =>
        Sheet(sheet, s => s with { SheetA = change(s.SheetA!) });

    private static StudentSupportPlan Month(int sheet, int month, Func<MonthlyAttendance, MonthlyAttendance> change) =>
        SheetA(sheet, a => a with { MonthlyAttendance = Replace(a.MonthlyAttendance, month, change) });

    private static StudentSupportPlan Column(int column, Func<GradeAttendance, GradeAttendance> change) =>
        Lifelong with { CommonSheet = Lifelong.CommonSheet! with { AttendanceByGrade = Replace(Lifelong.CommonSheet!.AttendanceByGrade, column, change) } };
}
