namespace SupportPlan.Model.Sheets;

/// <summary>目標 / 支援内容 / 経過・評価: one cell group of the term plan (for the school or for related agencies).</summary>
public sealed record GoalSupportEvaluation
{
    /// <summary>目標.</summary>
    public string? Goal { get; init; }

    /// <summary>支援内容.</summary>
    public string? Support { get; init; }

    /// <summary>経過・評価.</summary>
    public string? Evaluation { get; init; }
}
