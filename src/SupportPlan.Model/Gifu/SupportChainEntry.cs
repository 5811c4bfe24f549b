namespace SupportPlan.Model.Gifu;

/// <summary>様式3: one chain 実態 → 支援目標 → 支援内容 → 評価 for an area of life or learning.</summary>
public sealed record SupportChainEntry
{
    /// <summary>The area (e.g. 学習, 生活, 社会性, 健康).</summary>
    public string? Area { get; init; }

    /// <summary>実態: できていること.</summary>
    public string? CanDo { get; init; }

    /// <summary>実態: 困難なこと.</summary>
    public string? Difficulties { get; init; }

    /// <summary>支援目標.</summary>
    public string? Goal { get; init; }

    /// <summary>支援内容.</summary>
    public SupportMethod? Support { get; init; }

    /// <summary>評価.</summary>
    public string? Evaluation { get; init; }

    /// <summary>When it was evaluated.</summary>
    public DateOnly? EvaluatedOn { get; init; }
}
