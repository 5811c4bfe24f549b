using SupportPlan.Model.Classification;
using SupportPlan.Model.Collections;

namespace SupportPlan.Rules.Retention;

/// <summary>
/// How long a school keeps a plan after the student has left it (graduation or transfer): plans that hold any of
/// <see cref="Sections"/> are kept <see cref="YearsAfterLeaving"/> years from the leaving date.
/// </summary>
public sealed record RetentionRule
{
    /// <summary>A stable id, e.g. <c>integrated-sheet</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The sections that make a plan fall under the rule (any one of them present is enough).</summary>
    public required ValueList<PlanSection> Sections { get; init; }

    /// <summary>How many years the plan is kept after the student left the school (at least 1).</summary>
    public required int YearsAfterLeaving { get; init; }

    /// <summary>Where the period comes from, in Japanese (a regulation or a local guide).</summary>
    public required string BasisJa { get; init; }

    /// <summary>Where the period comes from, in English.</summary>
    public required string BasisEn { get; init; }
}
