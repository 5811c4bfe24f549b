using SupportPlan.Model.Collections;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Plans;
using SupportPlan.Rules.Recipients;

namespace SupportPlan.Rules.Decisions;

/// <summary>What to decide: this plan, from this sender to this recipient, for this purpose, on this date.</summary>
public sealed record DisclosureRequest
{
    /// <summary>The full plan.</summary>
    public required StudentSupportPlan Plan { get; init; }

    /// <summary>The sending school.</summary>
    public required Sender Sender { get; init; }

    /// <summary>The recipient.</summary>
    public required Recipient Recipient { get; init; }

    /// <summary>The purpose of provision.</summary>
    public required DisclosurePurpose Purpose { get; init; }

    /// <summary>The date of provision (consent periods are evaluated on it).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The sender's claim of a legal exception, when consent cannot be obtained.</summary>
    public ExceptionClaim? Exception { get; init; }

    /// <summary>Procedures carried out (council consultation, confidentiality duty explained …).</summary>
    public ValueList<RecordedProcedure> Procedures { get; init => field = value ?? ValueList<RecordedProcedure>.Empty; } = ValueList<RecordedProcedure>.Empty;
}
