using System.Text.Json.Serialization.Metadata;
using SupportPlan.Model.Json;
using SupportPlan.Model.Json.InitMembers;
using SupportPlan.Model.Plans;
using SupportPlan.Testing;

namespace SupportPlan.Model.Tests.Json;

/// <summary>
/// <see cref="PlanJson.Read(ReadOnlySpan{byte})"/> builds the model through constructors and <c>init</c> setters
/// (<see cref="InitMemberResolver"/>) instead of the source-generated constructor path; it must read every document
/// exactly as the source-generated contract does: the same plan, or the same error at the same path.
/// </summary>
public sealed class InitMemberReadingTests
{
    private static readonly JsonTypeInfo<StudentSupportPlan> Reference =
        (JsonTypeInfo<StudentSupportPlan>)PlanJson.Options.GetTypeInfo(typeof(StudentSupportPlan));

    private static IEnumerable<(string Name, byte[] Json)> ScenarioPlans() =>
        SupportPlan.Scenarios.Scenarios.All
            .Select(s => (s.Name, Json: PlanJson.Serialize(s.Build())))
            .OrderBy(s => s.Json.Length);

    [Fact]
    public void Every_table_type_is_read_through_its_constructor_and_setters()
    {
        Assert.NotEmpty(ModelInitMembers.All);
        foreach (var type in ModelInitMembers.All)
        {
            var reading = PlanJson.ReadingTypeInfo.Options.GetTypeInfo(type.Type);
            var reference = PlanJson.Options.GetTypeInfo(type.Type);
            Assert.True(reference.CreateObject is null, $"{type.Type.Name}: the source-generated contract has a constructor path of its own now; drop it from the table.");
            Assert.True(reading.CreateObject is not null, $"{type.Type.Name} is still read through the constructor path.");
            Assert.Equal(reference.Properties.Select(p => (p.Name, p.PropertyType, p.IsRequired, p.IsSetNullable, p.Order)),
                reading.Properties.Select(p => (p.Name, p.PropertyType, p.IsRequired, p.IsSetNullable, p.Order)));
        }
    }

    [Fact]
    public void Scenario_plans_read_alike_and_as_built()
    {
        foreach (var (name, json) in ScenarioPlans())
        {
            Assert.True(ReadingAgreement.Agree(json, Reference, PlanJson.ReadingTypeInfo, name));
            Assert.Equal(SupportPlan.Scenarios.Scenarios.Find(name)!.Build(), PlanJson.Read(json).Plan);
        }
    }

    [Fact]
    public void Generated_plans_read_alike() =>
        SupportPlan.Testing.Properties.ForAll(PlanGenerators.Plan, plan =>
        {
            var json = PlanJson.Serialize(plan);
            Assert.True(ReadingAgreement.Agree(json, Reference, PlanJson.ReadingTypeInfo, "a generated plan"));
            Assert.Equal(plan, PlanJson.Read(json).Plan);
        });

    [Fact]
    public void Every_one_value_mistake_in_the_scenario_plans_reads_alike()
    {
        var (read, refused) = (0, 0);
        foreach (var (label, json) in ReadingAgreement.Mutations(ScenarioPlans().Select(s => s.Json)))
        {
            _ = ReadingAgreement.Agree(json, Reference, PlanJson.ReadingTypeInfo, label) ? read++ : refused++;
        }

        // Both outcomes occur often: left-out optional members read, wrong types and unknown members are refused.
        Assert.True(read > 500 && refused > 1000, $"{read} mutations read, {refused} refused");
    }
}
