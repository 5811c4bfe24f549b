using SupportPlan.Model.Collections;

namespace SupportPlan.Model.Accommodations;

/// <summary>
/// 合理的配慮: one accommodation decided for the child by the establisher and school with the student and guardians,
/// written into the plan and reviewed flexibly.
/// </summary>
public sealed record ReasonableAccommodation
{
    /// <summary>The viewpoint (観点) it falls under.</summary>
    public required AccommodationViewpoint Viewpoint { get; init; }

    /// <summary>What is provided (e.g. 視覚的なスケジュール表の提示).</summary>
    public required string Provision { get; init; }

    /// <summary>The disability categories it responds to.</summary>
    public ValueList<DisabilityCategory> Categories { get; init => field = value ?? ValueList<DisabilityCategory>.Empty; } = ValueList<DisabilityCategory>.Empty;

    /// <summary>Where the consensus stands.</summary>
    public ConsensusStatus Status { get; init; } = ConsensusStatus.Agreed;

    /// <summary>When it was agreed.</summary>
    public DateOnly? AgreedOn { get; init; }

    /// <summary>With whom it was agreed.</summary>
    public ValueList<AgreementParty> AgreedWith { get; init => field = value ?? ValueList<AgreementParty>.Empty; } = ValueList<AgreementParty>.Empty;

    /// <summary>Review dates (見直し), past and planned, in order.</summary>
    public ValueList<DateOnly> ReviewDates { get; init => field = value ?? ValueList<DateOnly>.Empty; } = ValueList<DateOnly>.Empty;

    /// <summary>Notes on the discussion or the outcome of reviews.</summary>
    public string? Notes { get; init; }
}
