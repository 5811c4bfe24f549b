using System.Text;
using Newtonsoft.Json.Linq;
using SupportPlan.Interop.Tests.Schemas.Generation;
using SupportPlan.Interop.Tests.Support;

namespace SupportPlan.Interop.Tests.Schemas;

/// <summary>The files in <c>schemas/</c> are what the generator makes from the model, and every property is titled.</summary>
public sealed class SchemaGenerationTests
{
    private const string UpdateVariable = "SUPPORTPLAN_UPDATE_SCHEMAS";

    [Fact]
    public void Published_schemas_match_the_model()
    {
        var root = SchemaGenerator.RepoRoot();
        var generated = SchemaGenerator.Generate(root).ToDictionary(f => Path.Combine("schemas", f.Key), f => f.Value);
        GeneratedFiles.AssertUpToDate(root, generated, UpdateVariable, "The published schemas", nameof(Published_schemas_match_the_model));
    }

    [Fact]
    public void Generation_is_deterministic() =>
        Assert.Equal(SchemaGenerator.Generate(SchemaGenerator.RepoRoot()), SchemaGenerator.Generate(SchemaGenerator.RepoRoot()));

    public static TheoryData<string> Files() => [.. SchemaGenerator.Files];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_property_and_definition_has_a_Japanese_title_and_a_description(string file)
    {
        var schema = JObject.Parse(File.ReadAllText(Path.Combine(SchemaFiles.Folder, file)));
        var checkedCount = 0;
        foreach (var owner in schema.DescendantsAndSelf().OfType<JObject>().ToList())
        {
            foreach (var members in new[] { owner["properties"], owner["definitions"] }.OfType<JObject>())
            {
                foreach (var (name, member) in members)
                {
                    var title = member!["title"]?.Value<string>() ?? "";
                    var description = member["description"]?.Value<string>() ?? "";
                    Assert.True(title.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF'), $"{file}: {name} has no Japanese title");
                    Assert.True(description.Any(char.IsAsciiLetter) && description.Any(c => c > '\u3000'), $"{file}: {name} needs a Japanese and English description");
                    checkedCount++;
                }
            }
        }

        Assert.True(schema["title"] is not null && schema["description"] is not null, $"{file}: no schema title");
        Assert.True(file == SchemaGenerator.PlanFile || checkedCount > 10);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Files_are_draft_07_with_an_id_and_written_canonically(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(SchemaFiles.Folder, file));
        var text = Encoding.UTF8.GetString(bytes);
        var schema = JObject.Parse(text);
        Assert.Equal(SchemaGenerator.Draft07, schema["$schema"]!.Value<string>());
        Assert.Equal(SchemaGenerator.BaseUri + file, schema["$id"]!.Value<string>());
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.False(bytes.AsSpan().StartsWith("\uFEFF"u8));
        if (schema["definitions"] is JObject definitions)
        {
            var names = definitions.Properties().Select(p => p.Name).ToList();
            Assert.Equal(names.Order(StringComparer.Ordinal), names);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_library_embeds_the_published_files(string file)
    {
        var assembly = typeof(SupportPlan.Interop.Packages.HandoverPackage).Assembly;
        using var stream = assembly.GetManifestResourceStream("SupportPlan.Interop.Schemas." + file);
        Assert.True(stream is not null, $"{file} is not embedded in {assembly.GetName().Name}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        Assert.Equal(File.ReadAllBytes(Path.Combine(SchemaFiles.Folder, file)), copy.ToArray());
    }
}
