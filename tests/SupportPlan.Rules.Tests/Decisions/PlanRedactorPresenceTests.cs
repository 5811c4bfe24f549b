using FsCheck;
using FsCheck.Fluent;
using SupportPlan.Model.Classification;
using SupportPlan.Model.Json;
using SupportPlan.Model.Plans;
using SupportPlan.Rules.Decisions;
using SupportPlan.Testing;

namespace SupportPlan.Rules.Tests.Decisions;

/// <summary>
/// <see cref="PlanRedactor.IsPresent"/> reads presence off the plan; by definition an item is present when removing
/// it changes the plan. The two must agree for every item, on plans with any mix of items already removed.
/// </summary>
public sealed class PlanRedactorPresenceTests
{
    private static readonly string[] Removable = [.. PlanItemCatalog.All.Where(i => PlanRedactor.CanRemove(i.Id)).Select(i => i.Id)];

    private static bool ByDefinition(StudentSupportPlan plan, string itemId) => !plan.Equals(PlanRedactor.Remove(plan, itemId));

    [Fact]
    public void Presence_is_answered_for_exactly_the_removable_items()
    {
        Assert.True(Removable.Length > 50, $"{Removable.Length} removable items");
        Assert.Equal(Removable.Order(StringComparer.Ordinal), PlanRedactor.PresenceItems.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Presence_agrees_with_its_definition_on_the_scenarios()
    {
        foreach (var scenario in SupportPlan.Scenarios.Scenarios.All)
        {
            var plan = scenario.Build();
            foreach (var id in Removable)
            {
                Assert.True(ByDefinition(plan, id) == PlanRedactor.IsPresent(plan, id), $"{scenario.Name}: {id}");
            }
        }
    }

    [Fact]
    public void Presence_agrees_with_its_definition_on_plans_missing_any_one_member()
    {
        // Members left out one at a time reach the partial cases items are made of (a disability with a degree but
        // no categories, a guardian with contact details only, a profile with wishes only).
        var documents = SupportPlan.Scenarios.Scenarios.All.Select(s => PlanJson.Serialize(s.Build()))
            .Concat(PlanGenerators.FullPlan.Sample(5, 1).Select(p => PlanJson.Serialize(p)))
            .OrderBy(d => d.Length);
        var checkedPlans = 0;
        foreach (var (label, json) in ReadingAgreement.Mutations(documents).Where(m => m.Label.EndsWith(" left out", StringComparison.Ordinal) || m.Label.EndsWith(" as null", StringComparison.Ordinal)))
        {
            if (PlanJson.Read(json).Plan is not { } plan)
            {
                continue;
            }

            checkedPlans++;
            foreach (var id in Removable)
            {
                Assert.True(ByDefinition(plan, id) == PlanRedactor.IsPresent(plan, id), $"{label}: {id}");
            }
        }

        Assert.True(checkedPlans > 300, $"{checkedPlans} plans");
    }

    [Fact]
    public void Presence_agrees_with_its_definition_with_any_items_removed()
    {
        var cases =
            from plan in Gen.OneOf(PlanGenerators.Plan, PlanGenerators.FullPlan)
            from removed in Gen.SubListOf(Removable)
            from prune in Gen.Elements(true, false)
            select (plan, removed, prune);
        var seen = Removable.ToDictionary(id => id, _ => (Present: 0, Absent: 0));
        SupportPlan.Testing.Properties.ForAll(cases, c =>
        {
            var plan = c.removed.Aggregate(c.plan, PlanRedactor.Remove);
            plan = c.prune ? PlanRedactor.Prune(plan) : plan;
            foreach (var id in Removable)
            {
                var expected = ByDefinition(plan, id);
                Assert.True(expected == PlanRedactor.IsPresent(plan, id), $"{id}: by definition {(expected ? "present" : "absent")}");
                seen[id] = expected ? (seen[id].Present + 1, seen[id].Absent) : (seen[id].Present, seen[id].Absent + 1);
            }
        }, cases: 200);

        // Every item is seen both present and absent, so a predicate fixed at either answer fails.
        Assert.All(seen, s => Assert.True(s.Value.Present > 0 && s.Value.Absent > 0, $"{s.Key}: {s.Value}"));
    }
}
