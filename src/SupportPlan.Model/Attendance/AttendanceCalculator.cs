using SupportPlan.Model.Collections;
using SupportPlan.Model.Sheets;

namespace SupportPlan.Model.Attendance;

/// <summary>Derived attendance values: cumulative absences, totals and non-attendance indicators. Nothing derived is stored.</summary>
public static class AttendanceCalculator
{
    /// <summary>Absences in a school year at which the statistical definition of 不登校 is reached.</summary>
    public const int StatisticalThresholdDays = 30;

    /// <summary>The consecutive absence-like day from which the school shares information internally.</summary>
    public const int ShareWithinSchoolDay = 3;

    /// <summary>The consecutive absence-like day from which the school prepares the sheet.</summary>
    public const int PrepareSheetDay = 7;

    /// <summary>The months in school-year order (April first), ignoring invalid months.</summary>
    /// <param name="months">The monthly table.</param>
    /// <returns>The months sorted April → March.</returns>
    public static IReadOnlyList<MonthlyAttendance> InSchoolYearOrder(IEnumerable<MonthlyAttendance> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        return [.. months.Where(m => m.Month is >= 1 and <= 12).OrderBy(m => SchoolYearIndex(m.Month))];
    }

    /// <summary>累積欠席日数: the running total of absences, month by month (April → March).</summary>
    /// <param name="months">The monthly table.</param>
    /// <returns>Each month with its cumulative absences; a month with a blank row carries the total so far.</returns>
    public static IReadOnlyList<(int Month, int Cumulative)> CumulativeAbsences(IEnumerable<MonthlyAttendance> months)
    {
        var result = new List<(int, int)>();
        var running = 0;
        foreach (var month in InSchoolYearOrder(months))
        {
            running += month.AbsentDays ?? 0;
            result.Add((month.Month, running));
        }

        return result;
    }

    /// <summary>計: the totals of each row, institution days ①–⑧ included.</summary>
    /// <param name="rows">The monthly (or other) columns.</param>
    /// <returns>The totals.</returns>
    public static AttendanceTotals Totals(IEnumerable<AttendanceCounts> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);

        // One pass; each total stays blank (null) until a row has a value for it.
        int? required = null, attended = null, separateRoom = null, late = null, earlyLeave = null, absent = null, countedAsAttended = null;
        int? center = null, board = null, welfare = null, health = null, hospital = null, facility = null, other = null, ict = null;
        var anyInstitution = false;
        foreach (var r in rows)
        {
            Add(ref required, r.RequiredDays);
            Add(ref attended, r.AttendedDays);
            Add(ref separateRoom, r.SeparateRoomDays);
            Add(ref late, r.LateCount);
            Add(ref earlyLeave, r.EarlyLeaveCount);
            Add(ref absent, r.AbsentDays);
            Add(ref countedAsAttended, r.CountedAsAttendedDays);
            if (r.InstitutionDays is { } days)
            {
                anyInstitution = true;
                Add(ref center, days.EducationSupportCenter);
                Add(ref board, days.OtherBoardInstitution);
                Add(ref welfare, days.ChildGuidanceOrWelfareOffice);
                Add(ref health, days.HealthCenter);
                Add(ref hospital, days.HospitalOrClinic);
                Add(ref facility, days.PrivateFacility);
                Add(ref other, days.OtherInstitution);
                Add(ref ict, days.Ict);
            }
        }

        return new AttendanceTotals
        {
            RequiredDays = required,
            AttendedDays = attended,
            SeparateRoomDays = separateRoom,
            LateCount = late,
            EarlyLeaveCount = earlyLeave,
            AbsentDays = absent,
            CountedAsAttendedDays = countedAsAttended,
            InstitutionDays = anyInstitution
                ? new InstitutionDays
                {
                    EducationSupportCenter = center,
                    OtherBoardInstitution = board,
                    ChildGuidanceOrWelfareOffice = welfare,
                    HealthCenter = health,
                    HospitalOrClinic = hospital,
                    PrivateFacility = facility,
                    OtherInstitution = other,
                    Ict = ict,
                }
                : null,
        };
    }

    /// <summary>The non-attendance indicators of one grade sheet's school year.</summary>
    /// <param name="sheet">The grade sheet.</param>
    /// <returns>The indicators.</returns>
    public static NonAttendanceIndicators Indicators(GradeSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var months = sheet.SheetA?.MonthlyAttendance ?? ValueList<MonthlyAttendance>.Empty;
        var days = sheet.SheetA?.DailyAttendance ?? ValueList<DailyAttendance>.Empty;
        int? absent = Totals(months).AbsentDays;
        if (absent is null && !days.IsEmpty)
        {
            absent = days.Count(d => d.Status == DailyAttendanceStatus.Absent);
        }

        var (longest, share, prepare) = Runs(days);
        return new NonAttendanceIndicators
        {
            SchoolYear = sheet.SchoolYear,
            AbsentDays = absent,
            ReachesThirtyDays = absent >= StatisticalThresholdDays,
            LongestConsecutiveRun = days.IsEmpty ? null : longest,
            ShareWithinSchoolFrom = share,
            PrepareSheetFrom = prepare,
        };
    }

    /// <summary>The position of a calendar month in the school year (April = 0 … March = 11).</summary>
    /// <param name="month">The calendar month, 1–12.</param>
    /// <returns>Its index.</returns>
    public static int SchoolYearIndex(int month) => (month + 8) % 12;

    private static (int Longest, DateOnly? Share, DateOnly? Prepare) Runs(ValueList<DailyAttendance> days)
    {
        int longest = 0, run = 0;
        DateOnly? share = null, prepare = null;
        foreach (var day in days.OrderBy(d => d.Date))
        {
            switch (day.Status)
            {
                case DailyAttendanceStatus.NotRequired:
                    continue; // a day without required attendance neither breaks nor extends a run
                case DailyAttendanceStatus.Absent or DailyAttendanceStatus.Late or DailyAttendanceStatus.LeftEarly:
                    run++;
                    break;
                default:
                    run = 0;
                    break;
            }

            longest = Math.Max(longest, run);
            if (run == ShareWithinSchoolDay)
            {
                share ??= day.Date;
            }

            if (run == PrepareSheetDay)
            {
                prepare ??= day.Date;
            }
        }

        return (longest, share, prepare);
    }

    private static void Add(ref int? total, int? value)
    {
        if (value is { } v)
        {
            total = (total ?? 0) + v;
        }
    }
}
