using SupportPlan.Model.Checks;
using SupportPlan.Model.Plans;

namespace SupportPlan.Model.Json;

/// <summary>The outcome of reading a plan from JSON: the plan, or the findings that explain why it could not be read.</summary>
public sealed record PlanReadResult
{
    /// <summary>The plan, when the document could be read.</summary>
    public StudentSupportPlan? Plan { get; init; }

    /// <summary>Why the document could not be read (empty on success).</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Whether the plan was read.</summary>
    public bool Success => Plan is not null;
}
