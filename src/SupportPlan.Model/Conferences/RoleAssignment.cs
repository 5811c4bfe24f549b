namespace SupportPlan.Model.Conferences;

/// <summary>支援状況(役割分担): one row of the conference's support table.</summary>
public sealed record RoleAssignment
{
    /// <summary>目標.</summary>
    public string? Goal { get; init; }

    /// <summary>機関・分掌名: the agency or school duty responsible.</summary>
    public string? AgencyOrDuty { get; init; }

    /// <summary>短期目標.</summary>
    public string? ShortTermGoal { get; init; }

    /// <summary>The date set for the short-term goal (○／○○).</summary>
    public DateOnly? ShortTermGoalDate { get; init; }

    /// <summary>経過・評価.</summary>
    public string? Evaluation { get; init; }

    /// <summary>The date of the evaluation (○／○○).</summary>
    public DateOnly? EvaluationDate { get; init; }
}
