using FsCheck.Fluent;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Json;
using SupportPlan.Testing;

namespace SupportPlan.Model.Tests.Properties;

public sealed class PlanProperties
{
    [Fact]
    public void Json_round_trip_is_identity() =>
        Testing.Properties.ForAll(PlanGenerators.Plan, plan =>
        {
            var read = PlanJson.Read(PlanJson.Serialize(plan));
            Assert.Empty(read.Findings);
            Assert.Equal(plan, read.Plan);
        });

    [Fact]
    public void Indented_json_round_trips_too() =>
        Testing.Properties.ForAll(PlanGenerators.Plan, plan =>
            Assert.Equal(plan, PlanJson.Read(PlanJson.Serialize(plan, indented: true)).Plan), cases: 30);

    [Fact]
    public void Serialization_is_deterministic() =>
        Testing.Properties.ForAll(PlanGenerators.Plan, plan =>
        {
            var first = PlanJson.Serialize(plan);
            var copy = PlanJson.Read(first).Plan!;
            Assert.Equal(first, PlanJson.Serialize(plan));
            Assert.Equal(first, PlanJson.Serialize(copy));
        });

    [Fact]
    public void Equal_plans_have_equal_hash_codes() =>
        Testing.Properties.ForAll(PlanGenerators.Plan, plan =>
            Assert.Equal(plan.GetHashCode(), PlanJson.Read(PlanJson.Serialize(plan)).Plan!.GetHashCode()), cases: 30);

    [Fact]
    public void Every_generated_plan_passes_the_model_checks() =>
        Testing.Properties.ForAll(PlanGenerators.Plan, plan => Assert.Empty(PlanChecker.Default.Check(plan)));

    [Fact]
    public void Every_full_generated_plan_passes_the_model_checks() =>
        Testing.Properties.ForAll(PlanGenerators.FullPlan, plan => Assert.Empty(PlanChecker.Default.Check(plan)), cases: 30);

    [Fact]
    public void Targeted_corruptions_are_caught_with_the_right_code()
    {
        var cases = from plan in PlanGenerators.Plan
                    from corruption in Gen.Elements(Corruptions.All.ToArray())
                    select (plan, corruption);
        Testing.Properties.ForAll(cases, c =>
        {
            var findings = PlanChecker.Default.Check(c.corruption.Apply(c.plan));
            Assert.Contains(findings, f => f.Code == c.corruption.Code && f.Pointer.StartsWith(c.corruption.PointerPrefix, StringComparison.Ordinal));
        }, cases: 300);
    }

    [Fact]
    public void Every_corruption_is_exercised_on_its_own()
    {
        var plan = PlanGenerators.FullPlan.Sample(1, 1)[0];
        foreach (var corruption in Corruptions.All)
        {
            var codes = PlanChecker.Default.Check(corruption.Apply(plan)).Select(f => f.Code);
            Assert.True(codes.Contains(corruption.Code), $"{corruption.Name}: expected {corruption.Code}, got [{string.Join(", ", codes)}]");
        }
    }
}
