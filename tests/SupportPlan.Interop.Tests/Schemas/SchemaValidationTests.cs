using System.Text;
using System.Text.Json.Nodes;
using FsCheck.Fluent;
using SupportPlan.Interop.Json;
using SupportPlan.Model.Json;
using SupportPlan.Testing;

namespace SupportPlan.Interop.Tests.Schemas;

/// <summary>The published schemas, loaded with NJsonSchema, accept what the library writes and reject broken documents.</summary>
public sealed class SchemaValidationTests
{
    private static void AssertValid(SchemaDocument document)
    {
        var errors = SchemaFiles.Errors(document);
        Assert.True(errors.Count == 0, $"{document.Name}: {string.Join("; ", errors)}");
    }

    [Fact]
    public void Every_scenario_plan_is_valid()
    {
        var plans = SchemaDocuments.ScenarioPlans_().ToList();
        Assert.Equal(7, plans.Count);
        plans.ForEach(AssertValid);
    }

    [Fact]
    public void Packages_built_from_the_scenarios_are_valid()
    {
        var packages = SchemaDocuments.ScenarioPackages().ToList();
        Assert.True(packages.Count >= 7, $"only {packages.Count} packages");
        Assert.Contains(packages, p => p.Text.Contains("\"provisionRecord\"", StringComparison.Ordinal));
        Assert.Contains(packages, p => p.Text.Contains("\"procedures\": [\n    {", StringComparison.Ordinal));
        packages.ForEach(AssertValid);
    }

    [Fact]
    public void Generated_plans_are_valid() =>
        Properties.ForAll(Gen.OneOf(PlanGenerators.FullPlan, PlanGenerators.Plan), plan =>
            AssertValid(new SchemaDocument("generated", SchemaKind.Plan, PlanJson.Serialize(plan), Valid: true)), cases: 60);

    [Fact]
    public void Generated_packages_are_valid() =>
        Properties.ForAll(Gen.OneOf(PlanGenerators.FullPlan, PlanGenerators.Plan).SelectMany(RequestGenerators.For), request =>
        {
            if (SchemaDocuments.Package(request) is { } package)
            {
                AssertValid(new SchemaDocument("generated", SchemaKind.Handover, PackageJson.Serialize(package), Valid: true));
            }
        }, cases: 60);

    private static IEnumerable<SchemaDocument> Mutations() =>
        SchemaDocuments.ScenarioPlans_().Take(2).Concat(SchemaDocuments.ScenarioPackages().Take(2)).SelectMany(SchemaDocuments.Mutations);

    [Fact]
    public void Every_mutation_is_rejected_by_the_schema_and_the_listed_ones_by_the_reader()
    {
        foreach (var mutation in Mutations())
        {
            Assert.True(SchemaFiles.Errors(mutation).Count > 0, $"{mutation.Name} was accepted by the schema");
            if (mutation.ReaderRejects)
            {
                var read = mutation.Schema == SchemaKind.Plan
                    ? PlanJson.Read(mutation.Json).Success
                    : PackageJson.Read(mutation.Json).Success;
                Assert.False(read, $"{mutation.Name} was accepted by the strict reader");
            }
        }
    }

    [Fact]
    public void An_explicit_null_for_a_nullable_member_is_read_and_valid()
    {
        var package = SchemaDocuments.ScenarioPackages().First();
        var root = JsonNode.Parse(package.Json)!.AsObject();
        root["exception"] = null;
        root["provisionRecord"] = null;
        root["sender"]!["address"] = null;
        root["plan"]!["header"] = null;
        root["plan"]!["commonSheet"]!["remarks"] = null;
        var json = Encoding.UTF8.GetBytes(root.ToJsonString());

        var read = PackageJson.Read(json);
        Assert.True(read.Success, string.Join("; ", read.Findings));
        AssertValid(package with { Name = "explicit-nulls", Json = json });
    }

    [Theory]
    [InlineData("/format")]
    [InlineData("/plan/id")]
    [InlineData("/plan/needs")]
    [InlineData("/sender/kind")]
    [InlineData("/digest/value")]
    [InlineData("/report/entries")]
    [InlineData("/plan/consents")]
    public void Null_for_a_non_nullable_member_is_refused_by_reader_and_schema(string pointer)
    {
        var package = SchemaDocuments.ScenarioPackages().First();
        var root = JsonNode.Parse(package.Json)!.AsObject();
        var segments = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var parent = segments[..^1].Aggregate(root, (node, name) => node[name]!.AsObject());
        parent[segments[^1]] = null;
        var json = Encoding.UTF8.GetBytes(root.ToJsonString());

        Assert.False(PackageJson.Read(json).Success, $"{pointer}: null accepted by the reader");
        Assert.NotEmpty(SchemaFiles.Errors(package with { Json = json }));
    }
}
