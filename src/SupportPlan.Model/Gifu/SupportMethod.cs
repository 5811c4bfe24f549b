namespace SupportPlan.Model.Gifu;

/// <summary>支援内容: who supports, when and how, the environment that works, and what to do when the child becomes unstable.</summary>
public sealed record SupportMethod
{
    /// <summary>だれが.</summary>
    public string? Who { get; init; }

    /// <summary>いつ.</summary>
    public string? When { get; init; }

    /// <summary>どのように.</summary>
    public string? How { get; init; }

    /// <summary>うまく取り組める環境設定や働きかけ.</summary>
    public string? WorkingEnvironment { get; init; }

    /// <summary>不安定になった時に切り替えるための対応.</summary>
    public string? WhenUnstable { get; init; }
}
