namespace SupportPlan.Model.Consent;

/// <summary>A refusal: the family's reasons and the discussion of what could still be handed over.</summary>
public sealed record RefusalDetails
{
    /// <summary>The reasons, as the family gave them.</summary>
    public required string Reasons { get; init; }

    /// <summary>The discussion: the benefits explained, what and how much might be handed over.</summary>
    public string? Discussion { get; init; }
}
