using SupportPlan.Model.Collections;
using SupportPlan.Model.Identifiers;

namespace SupportPlan.Rules.Policy;

/// <summary>Providing the plan to the student or guardians themselves: not a provision to a third party.</summary>
public sealed record FamilyRule
{
    /// <summary>A stable id.</summary>
    public required string Id { get; init; }

    /// <summary>The senders' establishments this row applies to.</summary>
    public required ValueList<Establishment> SenderEstablishments { get; init; }

    /// <summary>The article cited.</summary>
    public required string ArticleId { get; init; }
}
