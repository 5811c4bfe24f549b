using SupportPlan.Model.Identifiers;

namespace SupportPlan.Rules.Decisions;

/// <summary>
/// The decisions on one request's items, before the disclosed plan and the report are built from them
/// (<see cref="DisclosureEngine.DecideItems"/>).
/// </summary>
/// <param name="Content">One decision per content item present in the plan, in catalogue order.</param>
/// <param name="Extensions">One decision per regional extension, in plan order.</param>
/// <param name="SenderEstablishment">The sender's establishment, as the decisions took it.</param>
internal sealed record ItemDecisions(IReadOnlyList<ItemDecision> Content, IReadOnlyList<ItemDecision> Extensions, Establishment? SenderEstablishment);
