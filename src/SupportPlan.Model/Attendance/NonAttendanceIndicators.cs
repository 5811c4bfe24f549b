using SupportPlan.Model.Calendar;

namespace SupportPlan.Model.Attendance;

/// <summary>
/// Non-attendance indicators of one school year, derived from the attendance data (MEXT notice): the statistical
/// 30-day definition, and where daily data exists the consecutive-absence triggers (3rd day: share within the
/// school; 7th day: prepare the sheet). Lateness and leaving early count towards a run, as the notice says.
/// </summary>
public sealed record NonAttendanceIndicators
{
    /// <summary>The school year.</summary>
    public required SchoolYear SchoolYear { get; init; }

    /// <summary>Days absent in the year (from the monthly table, or the daily data), when known.</summary>
    public int? AbsentDays { get; init; }

    /// <summary>Whether absences reach 30 days: the statistical definition of 不登校 (for psychological, emotional, physical or social reasons).</summary>
    public bool ReachesThirtyDays { get; init; }

    /// <summary>The longest run of consecutive absence-like school days (absent, late, left early), when daily data exists.</summary>
    public int? LongestConsecutiveRun { get; init; }

    /// <summary>The day of the first 3rd consecutive absence-like day: share information within the school.</summary>
    public DateOnly? ShareWithinSchoolFrom { get; init; }

    /// <summary>The day of the first 7th consecutive absence-like day: prepare the support sheet.</summary>
    public DateOnly? PrepareSheetFrom { get; init; }
}
