namespace SupportPlan.Model.Attendance;

/// <summary>
/// 計: the totals of an attendance table, derived from its months, row by row, ①–⑧ included (a blank row stays
/// blank). Never stored: see <see cref="AttendanceCalculator.Totals"/>.
/// </summary>
public sealed record AttendanceTotals : AttendanceCounts;
