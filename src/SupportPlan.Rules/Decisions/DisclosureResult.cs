using SupportPlan.Model.Plans;
using SupportPlan.Rules.Preview;
using SupportPlan.Rules.Records;

namespace SupportPlan.Rules.Decisions;

/// <summary>The decision on one request: the disclosed plan, the report, the family preview and the records the law asks for.</summary>
public sealed record DisclosureResult
{
    /// <summary>The plan holding only what may go (pruned of empty containers).</summary>
    public required StudentSupportPlan DisclosedPlan { get; init; }

    /// <summary>The report: one entry per item of the input.</summary>
    public required DisclosureReport Report { get; init; }

    /// <summary>The preview for the family, in Japanese.</summary>
    public required FamilyPreview Preview { get; init; }

    /// <summary>The APPI Art 29 record the sender must keep, where the law asks for one.</summary>
    public ProvisionRecord? ProvisionRecord { get; init; }

    /// <summary>Whether nothing but structure may go.</summary>
    public bool NothingDisclosed => !Report.DisclosesContent();

    /// <summary>Whether a required procedure is missing (some items are blocked until it is recorded).</summary>
    public bool IsBlocked => Report.IsBlocked();
}
