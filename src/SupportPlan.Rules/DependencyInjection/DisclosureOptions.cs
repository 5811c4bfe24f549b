using SupportPlan.Rules.Policy;

namespace SupportPlan.Rules.DependencyInjection;

/// <summary>Options of the disclosure rules: the policy in force (the default unless a municipality replaces it).</summary>
public sealed class DisclosureOptions
{
    /// <summary>
    /// The policy. Replace it, or amend the default with a <c>with</c> expression, e.g.
    /// <c>o.Policy = DefaultDisclosurePolicy.Instance with { CouncilConsultationRequiredFor = [RecipientKind.PrivateSchool] }</c>.
    /// </summary>
    public DisclosurePolicy Policy { get; set; } = DefaultDisclosurePolicy.Instance;
}
