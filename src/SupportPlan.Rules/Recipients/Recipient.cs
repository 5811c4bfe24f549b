using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;

namespace SupportPlan.Rules.Recipients;

/// <summary>Who receives the plan: its kind decides the rules; name and code let consent name one recipient.</summary>
public sealed record Recipient
{
    /// <summary>The kind of recipient.</summary>
    public required RecipientKind Kind { get; init; }

    /// <summary>The recipient's name.</summary>
    public string? Name { get; init; }

    /// <summary>The recipient's school code, for schools.</summary>
    public SchoolCode? SchoolCode { get; init; }

    /// <summary>The recipient's address (APPI Art 29 provision records ask for it).</summary>
    public string? Address { get; init; }

    /// <summary>
    /// For a private facility: whether it is under a legal duty of confidentiality. The school must check it and
    /// explain it to the family before asking for consent (MEXT notice §6).
    /// </summary>
    public bool? ConfidentialityDuty { get; init; }

    /// <summary>Whether <paramref name="consent"/>'s recipient covers this recipient (same kind; class, or same name or code).</summary>
    /// <param name="consent">The consent record's recipient.</param>
    /// <returns>True when it matches.</returns>
    public bool IsCoveredBy(ConsentRecipient consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        if (consent.Kind != Kind)
        {
            return false;
        }

        if (consent.IsClass())
        {
            return true;
        }

        if (consent.SchoolCode is { } code)
        {
            return SchoolCode == code;
        }

        return Name is not null && string.Equals(Normalize(consent.Name), Normalize(Name), StringComparison.Ordinal);
    }

    /// <summary>Full-width and half-width variants and spaces do not make two names differ (works without ICU too).</summary>
    private static string? Normalize(string? name) =>
        name is null ? null : JapaneseTextNormalizer.Fold(name).Replace(" ", "", StringComparison.Ordinal);
}
