namespace SupportPlan.Model.Consent;

/// <summary>One recorded effort to reach the family for consent.</summary>
public sealed record ContactAttempt
{
    /// <summary>When.</summary>
    public required DateOnly On { get; init; }

    /// <summary>How.</summary>
    public required ContactMethod Method { get; init; }

    /// <summary>What happened (e.g. 不在, 応答なし).</summary>
    public string? Outcome { get; init; }
}
