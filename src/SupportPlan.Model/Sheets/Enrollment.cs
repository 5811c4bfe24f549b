using SupportPlan.Model.Identifiers;

namespace SupportPlan.Model.Sheets;

/// <summary>児童生徒名等: where the student was enrolled in a school year (学校名, 学級). Name and sex come from the common sheet.</summary>
public sealed record Enrollment
{
    /// <summary>学校名.</summary>
    public string? SchoolName { get; init; }

    /// <summary>The school's MEXT school code, when known.</summary>
    public SchoolCode? SchoolCode { get; init; }

    /// <summary>学級 (e.g. 1組, ひまわり学級).</summary>
    public string? ClassName { get; init; }
}
