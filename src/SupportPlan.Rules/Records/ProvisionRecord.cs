using SupportPlan.Model.Collections;
using SupportPlan.Model.Consent;

namespace SupportPlan.Rules.Records;

/// <summary>
/// The record a private or national school keeps when it provides personal data to a private-sector recipient on
/// the basis of consent (APPI Art 29, PPC Rule Art 20): that consent was obtained, the recipient, whom the data is
/// about and which items. Kept 3 years as a rule.
/// </summary>
public sealed record ProvisionRecord
{
    /// <summary>The article that asks for the record (<c>appi-29</c>).</summary>
    public required string ArticleId { get; init; }

    /// <summary>When the data was provided.</summary>
    public required DateOnly ProvidedOn { get; init; }

    /// <summary>The provider (the sending school).</summary>
    public required string ProviderName { get; init; }

    /// <summary>The recipient's name.</summary>
    public required string RecipientName { get; init; }

    /// <summary>The recipient's address, where known.</summary>
    public string? RecipientAddress { get; init; }

    /// <summary>The recipient's kind.</summary>
    public required RecipientKind RecipientKind { get; init; }

    /// <summary>Whom the data is about: the student's name (or the plan id where the name is not held).</summary>
    public required string Subject { get; init; }

    /// <summary>The plan's id.</summary>
    public required Guid PlanId { get; init; }

    /// <summary>The items provided on consent (labels in Japanese).</summary>
    public required ValueList<string> Items { get; init; }

    /// <summary>That consent was obtained, with the consent records relied on.</summary>
    public required ValueList<string> ConsentIds { get; init; }

    /// <summary>Until when the record is kept.</summary>
    public required DateOnly KeepUntil { get; init; }
}
