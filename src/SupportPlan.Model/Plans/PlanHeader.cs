using SupportPlan.Model.Collections;

namespace SupportPlan.Model.Plans;

/// <summary>
/// The sheet header: the schools (current or graduated, one per stage) and the local classification number. The
/// student's name and reading printed in the header are those of the common sheet, not stored twice.
/// </summary>
public sealed record PlanHeader
{
    /// <summary>現在在籍する学校名又は卒業校名, oldest first.</summary>
    public ValueList<SchoolHistoryEntry> Schools { get; init => field = value ?? ValueList<SchoolHistoryEntry>.Empty; } = ValueList<SchoolHistoryEntry>.Empty;

    /// <summary>分類番号: a local classification number.</summary>
    public string? ClassificationNumber { get; init; }
}
