namespace SupportPlan.Model.Attendance;

/// <summary>
/// 月別欠席状況等: one month's column of grade sheet A. The cumulative absences (累積欠席日数) and the totals (計)
/// are derived: see <see cref="AttendanceCalculator"/>.
/// </summary>
public sealed record MonthlyAttendance : AttendanceCounts
{
    /// <summary>The calendar month, 1–12 (the school year runs 4, 5, …, 12, 1, 2, 3).</summary>
    public required int Month { get; init; }
}
