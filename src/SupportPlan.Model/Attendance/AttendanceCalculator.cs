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
        var list = rows as IReadOnlyCollection<AttendanceCounts> ?? [.. rows];
        return new AttendanceTotals
        {
            RequiredDays = Sum(list, r => r.RequiredDays),
            AttendedDays = Sum(list, r => r.AttendedDays),
            SeparateRoomDays = Sum(list, r => r.SeparateRoomDays),
            LateCount = Sum(list, r => r.LateCount),
            EarlyLeaveCount = Sum(list, r => r.EarlyLeaveCount),
            AbsentDays = Sum(list, r => r.AbsentDays),
            CountedAsAttendedDays = Sum(list, r => r.CountedAsAttendedDays),
            InstitutionDays = list.Any(r => r.InstitutionDays is not null)
                ? new InstitutionDays
                {
                    EducationSupportCenter = Sum(list, r => r.InstitutionDays?.EducationSupportCenter),
                    OtherBoardInstitution = Sum(list, r => r.InstitutionDays?.OtherBoardInstitution),
                    ChildGuidanceOrWelfareOffice = Sum(list, r => r.InstitutionDays?.ChildGuidanceOrWelfareOffice),
                    HealthCenter = Sum(list, r => r.InstitutionDays?.HealthCenter),
                    HospitalOrClinic = Sum(list, r => r.InstitutionDays?.HospitalOrClinic),
                    PrivateFacility = Sum(list, r => r.InstitutionDays?.PrivateFacility),
                    OtherInstitution = Sum(list, r => r.InstitutionDays?.OtherInstitution),
                    Ict = Sum(list, r => r.InstitutionDays?.Ict),
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

    private static int? Sum(IReadOnlyCollection<AttendanceCounts> rows, Func<AttendanceCounts, int?> row)
    {
        int? total = null;
        foreach (var r in rows)
        {
            if (row(r) is { } value)
            {
                total = (total ?? 0) + value;
            }
        }

        return total;
    }
}
