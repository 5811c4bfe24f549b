using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FsCheck.Fluent;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Json;
using SupportPlan.Rules.Policy;
using SupportPlan.Rules.Preview;
using SupportPlan.Rules.Records;
using SupportPlan.Testing;

namespace SupportPlan.Rules.Tests.Reading;

/// <summary>
/// The rules' documents are read through constructors and <c>init</c> setters (<see cref="RulesInitMembers"/>); every
/// document must read as the source-generated contract reads it: the same value, or the same error at the same path.
/// </summary>
public sealed class InitMemberReadingTests
{
    private static readonly DisclosureEngine Engine = new();

    private static JsonTypeInfo<T> Reference<T>() => (JsonTypeInfo<T>)RulesJson.Options.GetTypeInfo(typeof(T));

    [Fact]
    public void Every_table_type_is_read_through_its_constructor_and_setters()
    {
        Assert.NotEmpty(RulesInitMembers.All);
        var reading = RulesJson.ReadingTypeInfo<DisclosurePolicy>().Options;
        foreach (var type in RulesInitMembers.All)
        {
            var reference = RulesJson.Options.GetTypeInfo(type.Type);
            Assert.True(reference.CreateObject is null, $"{type.Type.Name}: the source-generated contract has a constructor path of its own now.");
            Assert.True(reading.GetTypeInfo(type.Type).CreateObject is not null, $"{type.Type.Name} is still read through the constructor path.");
        }
    }

    [Fact]
    public void Every_one_value_mistake_in_the_default_policy_reads_alike()
    {
        var json = RulesJson.Serialize(DefaultDisclosurePolicy.Instance);
        Assert.True(ReadingAgreement.Agree(json, Reference<DisclosurePolicy>(), RulesJson.ReadingTypeInfo<DisclosurePolicy>(), "the default policy"));
        var (read, refused) = (0, 0);
        foreach (var (label, mutated) in ReadingAgreement.Mutations([json]))
        {
            _ = ReadingAgreement.Agree(mutated, Reference<DisclosurePolicy>(), RulesJson.ReadingTypeInfo<DisclosurePolicy>(), label) ? read++ : refused++;
        }

        Assert.True(read > 20 && refused > 100, $"{read} mutations read, {refused} refused");
    }

    [Fact]
    public void Reports_previews_and_records_of_generated_requests_read_alike_and_mistakes_in_them_too() =>
        SupportPlan.Testing.Properties.ForAll(PlanGenerators.Plan.SelectMany(RequestGenerators.For), request =>
        {
            var result = Engine.Decide(request);
            Agree(result.Report);
            Agree(result.Preview);
            if (result.ProvisionRecord is { } record)
            {
                Agree(record);
            }

            foreach (var (label, mutated) in ReadingAgreement.Mutations([RulesJson.Serialize(result.Report)]))
            {
                ReadingAgreement.Agree(mutated, Reference<DisclosureReport>(), RulesJson.ReadingTypeInfo<DisclosureReport>(), label);
            }
        }, cases: 30);

    private static void Agree<T>(T value)
    {
        var json = RulesJson.Serialize(value);
        Assert.True(ReadingAgreement.Agree(json, Reference<T>(), RulesJson.ReadingTypeInfo<T>(), typeof(T).Name));
        Assert.Equal(value, JsonSerializer.Deserialize(json, RulesJson.ReadingTypeInfo<T>()));
    }
}
