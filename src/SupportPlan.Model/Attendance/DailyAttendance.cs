namespace SupportPlan.Model.Attendance;

/// <summary>One school day's attendance. Optional: where a school keeps daily data, consecutive-absence triggers are computed from it.</summary>
public sealed record DailyAttendance
{
    /// <summary>The school day.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>What happened that day.</summary>
    public required DailyAttendanceStatus Status { get; init; }
}
