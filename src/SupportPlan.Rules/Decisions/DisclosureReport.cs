using SupportPlan.Model.Collections;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;
using SupportPlan.Rules.Recipients;

namespace SupportPlan.Rules.Decisions;

/// <summary>The disclosure report: one entry per item present in the plan (one per regional extension), in catalogue order.</summary>
public sealed record DisclosureReport
{
    /// <summary>The plan's id.</summary>
    public required Guid PlanId { get; init; }

    /// <summary>The sender.</summary>
    public required Sender Sender { get; init; }

    /// <summary>The sender's establishment as the rules used it.</summary>
    public Establishment? SenderEstablishment { get; init; }

    /// <summary>The recipient.</summary>
    public required Recipient Recipient { get; init; }

    /// <summary>The purpose.</summary>
    public required DisclosurePurpose Purpose { get; init; }

    /// <summary>The date of provision.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The policy's name.</summary>
    public required string PolicyName { get; init; }

    /// <summary>The policy's version.</summary>
    public required string PolicyVersion { get; init; }

    /// <summary>The entries.</summary>
    public required ValueList<ItemDecision> Entries { get; init; }

    /// <summary>The number of entries with a given outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The count.</returns>
    public int Count(ItemOutcome outcome) => Entries.Count(e => e.Outcome == outcome);

    /// <summary>Whether any content (not mere structure) is disclosed.</summary>
    /// <returns>True when something goes.</returns>
    public bool DisclosesContent() => Entries.Any(e => e.IsDisclosed() && e.Outcome != ItemOutcome.DisclosedAsStructure);

    /// <summary>Whether a required procedure is missing for some item.</summary>
    /// <returns>True when blocked.</returns>
    public bool IsBlocked() => Entries.Any(e => e.Outcome == ItemOutcome.Blocked);
}
