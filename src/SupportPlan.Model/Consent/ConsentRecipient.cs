using SupportPlan.Model.Identifiers;

namespace SupportPlan.Model.Consent;

/// <summary>
/// 提供先: the recipient a consent record is about: a class of recipient (any private school) or, with a name or
/// school code, one recipient.
/// </summary>
public sealed record ConsentRecipient
{
    /// <summary>The kind of recipient.</summary>
    public required RecipientKind Kind { get; init; }

    /// <summary>The recipient's name, when the consent names one recipient.</summary>
    public string? Name { get; init; }

    /// <summary>The recipient's school code, when the consent names one school.</summary>
    public SchoolCode? SchoolCode { get; init; }

    /// <summary>Whether the record covers any recipient of <see cref="Kind"/> (no name or code given).</summary>
    /// <returns>True for a recipient class.</returns>
    public bool IsClass() => Name is null && SchoolCode is null;
}
