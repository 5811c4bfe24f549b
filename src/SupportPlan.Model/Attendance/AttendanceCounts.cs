namespace SupportPlan.Model.Attendance;

/// <summary>
/// The rows shared by the attendance tables of the common sheet (by grade) and of grade sheet A (by month).
/// Every count is optional: a blank cell is not a zero.
/// </summary>
public abstract record AttendanceCounts
{
    /// <summary>出席しなければならない日数.</summary>
    public int? RequiredDays { get; init; }

    /// <summary>出席日数.</summary>
    public int? AttendedDays { get; init; }

    /// <summary>別室登校: days the student attended a separate room.</summary>
    public int? SeparateRoomDays { get; init; }

    /// <summary>遅刻: times late.</summary>
    public int? LateCount { get; init; }

    /// <summary>早退: times the student left early.</summary>
    public int? EarlyLeaveCount { get; init; }

    /// <summary>
    /// 欠席日数. In the monthly table of grade sheet A this row is 欠席日数(出席扱いを含む): absences including the
    /// days counted as attended.
    /// </summary>
    public int? AbsentDays { get; init; }

    /// <summary>指導要録上の出席扱い: days counted as attended in the official record (e.g. at an education support centre).</summary>
    public int? CountedAsAttendedDays { get; init; }

    /// <summary>①–⑧: days spent at each institution category.</summary>
    public InstitutionDays? InstitutionDays { get; init; }
}
