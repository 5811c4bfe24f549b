using SupportPlan.Model.Calendar;
using SupportPlan.Model.Identifiers;

namespace SupportPlan.Model.Attendance;

/// <summary>学年別欠席日数等: one column of the common sheet's attendance table (one grade, with its 年度).</summary>
public sealed record GradeAttendance : AttendanceCounts
{
    /// <summary>年度: the school year of this column.</summary>
    public required SchoolYear SchoolYear { get; init; }

    /// <summary>学年: 小1–高4 (preschool and other grades are accepted too).</summary>
    public required Grade Grade { get; init; }
}
