namespace SupportPlan.Model.Sheets;

/// <summary>各学期の個別の支援計画: one term's plan, for the school and for related agencies.</summary>
public sealed record TermPlan
{
    /// <summary>The term.</summary>
    public required Term Term { get; init; }

    /// <summary>学校: the school's goal, support and evaluation.</summary>
    public GoalSupportEvaluation? School { get; init; }

    /// <summary>関係機関: the related agencies' goal, support and evaluation.</summary>
    public GoalSupportEvaluation? Agencies { get; init; }
}
