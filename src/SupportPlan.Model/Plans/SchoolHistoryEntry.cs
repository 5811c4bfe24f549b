using SupportPlan.Model.Identifiers;

namespace SupportPlan.Model.Plans;

/// <summary>One school of the header: 現在在籍する学校名又は卒業校名 for a stage (小/中/高, and preschool).</summary>
public sealed record SchoolHistoryEntry
{
    /// <summary>The stage (the form prints (小), (中), (高)).</summary>
    public required SchoolStage Stage { get; init; }

    /// <summary>学校名.</summary>
    public required string SchoolName { get; init; }

    /// <summary>The MEXT school code, when known.</summary>
    public SchoolCode? SchoolCode { get; init; }

    /// <summary>Enrolled, graduated or transferred out.</summary>
    public EnrollmentStatus Status { get; init; } = EnrollmentStatus.Enrolled;

    /// <summary>When the student entered.</summary>
    public DateOnly? EnteredOn { get; init; }

    /// <summary>When the student graduated or left.</summary>
    public DateOnly? LeftOn { get; init; }
}
