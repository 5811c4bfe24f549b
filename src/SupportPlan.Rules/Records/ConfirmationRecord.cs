using SupportPlan.Model.Collections;

namespace SupportPlan.Rules.Records;

/// <summary>
/// The record a private-sector recipient makes on receiving personal data (APPI Art 30): it confirms the
/// provider's identity and how the provider obtained the data, and records it with the items received.
/// </summary>
public sealed record ConfirmationRecord
{
    /// <summary>The article (<c>appi-30</c>).</summary>
    public required string ArticleId { get; init; }

    /// <summary>When the data was received and confirmed.</summary>
    public required DateOnly ConfirmedOn { get; init; }

    /// <summary>The provider's name.</summary>
    public required string ProviderName { get; init; }

    /// <summary>The provider's address, where given.</summary>
    public string? ProviderAddress { get; init; }

    /// <summary>How the provider obtained the data and on what basis it provides it.</summary>
    public required string HowObtained { get; init; }

    /// <summary>Whom the data is about.</summary>
    public required string Subject { get; init; }

    /// <summary>The plan's id.</summary>
    public required Guid PlanId { get; init; }

    /// <summary>The items received (labels in Japanese).</summary>
    public required ValueList<string> Items { get; init; }

    /// <summary>The consent records the provider relied on.</summary>
    public required ValueList<string> ConsentIds { get; init; }

    /// <summary>Until when the record is kept.</summary>
    public required DateOnly KeepUntil { get; init; }
}
