namespace SupportPlan.Rules.Retention;

/// <summary>Where a plan stands against the retention policy on a given day.</summary>
public enum RetentionState
{
    /// <summary>The student is still enrolled at the school the plan last names: the plan is in use.</summary>
    StillEnrolled,

    /// <summary>The plan does not say when the student left (no header, or no leaving date): the date cannot be computed.</summary>
    NoLeavingDate,

    /// <summary>No rule of the policy covers the sections the plan holds.</summary>
    NoRule,

    /// <summary>Kept: the retention period has not ended.</summary>
    Kept,

    /// <summary>The retention period has ended: the plan is due for disposal.</summary>
    PastDue,
}
