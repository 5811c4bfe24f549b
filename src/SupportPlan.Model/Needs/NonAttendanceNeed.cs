namespace SupportPlan.Model.Needs;

/// <summary>The non-attendance facet (不登校). Attendance figures live in the sheets; indicators are derived.</summary>
public sealed record NonAttendanceNeed
{
    /// <summary>When the school began organised support (e.g. the 7th consecutive absence).</summary>
    public DateOnly? SupportStartedOn { get; init; }

    /// <summary>The main background as the school understands it, stated as fact (e.g. 友人関係, 学業不振).</summary>
    public string? Background { get; init; }
}
