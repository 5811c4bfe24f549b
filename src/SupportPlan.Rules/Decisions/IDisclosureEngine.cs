using SupportPlan.Rules.Policy;
using SupportPlan.Rules.Records;
using SupportPlan.Rules.Recipients;

namespace SupportPlan.Rules.Decisions;

/// <summary>Decides, item by item, what a recipient may receive from a plan, and says why.</summary>
public interface IDisclosureEngine
{
    /// <summary>The policy in force.</summary>
    DisclosurePolicy Policy { get; }

    /// <summary>Decides a request. Deterministic: the same request gives the same result.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The disclosed plan, the report, the family preview and the Art 29 record where due.</returns>
    DisclosureResult Decide(DisclosureRequest request);

    /// <summary>
    /// For a private-sector recipient importing a plan: the APPI Art 30 confirmation record, or
    /// <see langword="null"/> when the law asks for none (public recipient, provision under an exception).
    /// </summary>
    /// <param name="report">The disclosure report that came with the plan.</param>
    /// <param name="recipient">The recipient confirming.</param>
    /// <param name="receivedOn">When it was received.</param>
    /// <returns>The record, or null.</returns>
    ConfirmationRecord? Confirm(DisclosureReport report, Recipient recipient, DateOnly receivedOn);
}
