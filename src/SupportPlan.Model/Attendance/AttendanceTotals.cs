namespace SupportPlan.Model.Attendance;

/// <summary>計: the totals of an attendance table, derived from its months (a blank row stays blank).</summary>
public sealed record AttendanceTotals
{
    /// <summary>出席しなければならない日数 (total).</summary>
    public int? RequiredDays { get; init; }

    /// <summary>出席日数 (total).</summary>
    public int? AttendedDays { get; init; }

    /// <summary>別室登校 (total).</summary>
    public int? SeparateRoomDays { get; init; }

    /// <summary>遅刻 (total).</summary>
    public int? LateCount { get; init; }

    /// <summary>早退 (total).</summary>
    public int? EarlyLeaveCount { get; init; }

    /// <summary>欠席日数 (total).</summary>
    public int? AbsentDays { get; init; }

    /// <summary>指導要録上の出席扱い (total).</summary>
    public int? CountedAsAttendedDays { get; init; }
}
