using FsCheck.Fluent;
using SupportPlan.Rules.Decisions;
using SupportPlan.Testing;

namespace SupportPlan.Rules.Tests.Properties;

/// <summary>The disclosure properties only mean something if the generated requests reach every outcome.</summary>
public sealed class GeneratorCoverageTests
{
    [Fact]
    public void Generated_requests_reach_every_outcome_and_every_withhold_reason()
    {
        var engine = new DisclosureEngine();
        var councilEngine = new DisclosureEngine(Policy.DefaultDisclosurePolicy.Instance with { CouncilConsultationRequiredFor = [.. Enum.GetValues<Model.Consent.RecipientKind>()] });
        var outcomes = new HashSet<ItemOutcome>();
        var reasons = new HashSet<WithholdReason>();
        foreach (var (request, _) in RequestGenerators.MarkedRequest.Sample(400, 50))
        {
            foreach (var entry in engine.Decide(request).Report.Entries.Concat(councilEngine.Decide(request).Report.Entries))
            {
                outcomes.Add(entry.Outcome);
                if (entry.Reason is { } reason)
                {
                    reasons.Add(reason);
                }
            }
        }

        Assert.Equal(Enum.GetValues<ItemOutcome>().Order(), outcomes.Order());
        Assert.Superset(
            new HashSet<WithholdReason> { WithholdReason.NoConsent, WithholdReason.Refused, WithholdReason.Withdrawn, WithholdReason.Deferred, WithholdReason.OutsideIndispensableRange, WithholdReason.SpecialCareNotExplicit, WithholdReason.ProcedureMissing, WithholdReason.NothingElseDisclosed },
            reasons);
    }
}
