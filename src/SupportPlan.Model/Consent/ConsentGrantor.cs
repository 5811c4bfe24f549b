namespace SupportPlan.Model.Consent;

/// <summary>The person who gave, refused or withdrew consent.</summary>
public sealed record ConsentGrantor
{
    /// <summary>本人 or 保護者.</summary>
    public required GrantorKind Kind { get; init; }

    /// <summary>The person's name.</summary>
    public string? Name { get; init; }

    /// <summary>続柄, for a guardian.</summary>
    public string? Relationship { get; init; }
}
