namespace SupportPlan.Rules.Retention;

/// <summary>A plan's retention on a given day: the leaving date, the rule that applies and until when the plan is kept.</summary>
public sealed record RetentionStatus
{
    /// <summary>The state on the day asked.</summary>
    public required RetentionState State { get; init; }

    /// <summary>When the student left the school the plan last names, where known.</summary>
    public DateOnly? LeftOn { get; init; }

    /// <summary>The rule that sets the period (the longest of those that apply), where one applies.</summary>
    public string? RuleId { get; init; }

    /// <summary>The last day the plan is kept; the day after, it is past due. Known when the state is <see cref="RetentionState.Kept"/> or <see cref="RetentionState.PastDue"/>.</summary>
    public DateOnly? KeepUntil { get; init; }
}
