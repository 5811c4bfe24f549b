using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Schemas;
using SupportPlan.Interop.Tests.Schemas;
using SupportPlan.Interop.Tests.Support;
using SupportPlan.Interop.Validation;
using SupportPlan.Model.Json;
using SupportPlan.Testing;
using NJsonSchemaDocument = NJsonSchema.JsonSchema;

namespace SupportPlan.Interop.Tests.Validation;

/// <summary>
/// The fast validator's structure layer compiles the published schemas; NJsonSchema reads the same files. They must
/// agree on structural validity for every generated document and every mutation of one, and the fast layer must say
/// where and why.
/// </summary>
public sealed class StructureAgreementTests
{
    private static SchemaNode Compiled(SchemaKind kind) => kind == SchemaKind.Plan ? PublishedSchemas.Schemas.Plan : PublishedSchemas.Schemas.Handover;

    private static bool FastConforms(SchemaKind kind, byte[] json) => StructureWalker.Conforms(json, Compiled(kind));

    private static bool NJsonSchemaConforms(SchemaKind kind, byte[] json) => SchemaFiles.For(kind).Validate(Encoding.UTF8.GetString(json)).Count == 0;

    public static IEnumerable<object[]> Documents()
    {
        var valid = SchemaDocuments.ScenarioPlans_().Concat(SchemaDocuments.ScenarioPackages()).ToList();
        foreach (var document in valid.Concat(valid.Take(4).SelectMany(SchemaDocuments.Mutations)).Concat(valid.Skip(7).Take(3).SelectMany(SchemaDocuments.Mutations)))
        {
            yield return [document.Name];
        }
    }

    private static readonly Lazy<Dictionary<string, SchemaDocument>> ByName = new(() =>
    {
        var valid = SchemaDocuments.ScenarioPlans_().Concat(SchemaDocuments.ScenarioPackages()).ToList();
        return valid.Concat(valid.SelectMany(SchemaDocuments.Mutations)).ToDictionary(d => d.Name);
    });

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_fast_layer_and_NJsonSchema_agree_on_scenario_documents_and_their_mutations(string name)
    {
        var document = ByName.Value[name];
        Assert.Equal(document.Valid, NJsonSchemaConforms(document.Schema, document.Json));
        Assert.Equal(document.Valid, FastConforms(document.Schema, document.Json));
        var sink = new FindingSink(100);
        var ok = StructureWalker.Check(document.Json, Compiled(document.Schema), sink, _ => (1, 1));
        Assert.Equal(document.Valid, ok);
        Assert.Equal(document.Valid, sink.Findings.Count == 0);
        Assert.All(sink.Findings, f => Assert.StartsWith("SP-SCH-", f.Code, StringComparison.Ordinal));
    }

    [Fact]
    public void The_fast_layer_and_NJsonSchema_agree_on_generated_plans_and_random_mutations_of_them()
    {
        var documents =
            from plan in PlanGenerators.Plan
            let json = JsonNode.Parse(PlanJson.Serialize(plan))!
            let paths = JsonPaths.Of(json).ToArray()
            from path in Gen.Elements(paths)
            from kind in Gen.Choose(0, 6)
            select Mutate(json, path, kind);
        var invalid = 0;
        Properties.ForAll(documents, bytes =>
        {
            var expected = NJsonSchemaConforms(SchemaKind.Plan, bytes);
            Assert.True(expected == FastConforms(SchemaKind.Plan, bytes), Encoding.UTF8.GetString(bytes)[..Math.Min(400, bytes.Length)]);
            invalid += expected ? 0 : 1;
        }, 150);
        Assert.True(invalid > 30, $"only {invalid} mutations broke the schema");
    }

    [Fact]
    public void The_fast_layer_and_NJsonSchema_agree_on_random_mutations_of_a_package()
    {
        var json = JsonNode.Parse(SamplePackages.Nemuro.Bytes)!;
        var paths = JsonPaths.Of(json).ToArray();
        var documents =
            from path in Gen.Elements(paths)
            from kind in Gen.Choose(0, 6)
            select Mutate(json, path, kind);
        Properties.ForAll(documents, bytes =>
            Assert.True(NJsonSchemaConforms(SchemaKind.Handover, bytes) == FastConforms(SchemaKind.Handover, bytes), Encoding.UTF8.GetString(bytes)[..Math.Min(400, bytes.Length)]), 200);
    }

    [Theory]
    [InlineData("wrong-type", "SP-SCH-001", "/plan/commonSheet/student/name/name")]
    [InlineData("unknown", "SP-SCH-002", "/plan/commonSheet/student/nickname")]
    [InlineData("missing", "SP-SCH-003", "/plan")]
    [InlineData("null", "SP-SCH-011", "/plan/needs")]
    [InlineData("enum", "SP-SCH-004", "/purpose")]
    [InlineData("pattern", "SP-SCH-005", "/sender/schoolCode")]
    [InlineData("date", "SP-SCH-009", "/decidedOn")]
    [InlineData("date-time", "SP-SCH-009", "/createdAt")]
    [InlineData("const", "SP-SCH-004", "/format")]
    public void Each_break_of_the_contract_is_found_with_its_code_pointer_line_and_column(string what, string code, string pointer)
    {
        var root = JsonNode.Parse(SamplePackages.Nemuro.Bytes)!.AsObject();
        switch (what)
        {
            case "wrong-type": root["plan"]!["commonSheet"]!["student"]!["name"]!["name"] = 7; break;
            case "unknown": root["plan"]!["commonSheet"]!["student"]!["nickname"] = "そうちゃん"; break;
            case "missing": root["plan"]!.AsObject().Remove("id"); break;
            case "null": root["plan"]!["needs"] = null; break;
            case "enum": root["purpose"] = "gossip"; break;
            case "pattern": root["sender"]!["schoolCode"] = "X123"; break;
            case "date": root["decidedOn"] = "2026-02-30"; break;
            case "date-time": root["createdAt"] = "2026-11-21T09:00+09:00"; break; // no seconds: not RFC 3339
            case "const": root["format"] = "supportplan-handover"; root["format"] = "SupportPlan-Handover"; break;
        }

        var result = new PackageValidator().Validate(Encoding.UTF8.GetBytes(root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true })));
        Assert.False(result.IsValid);
        if (what == "const")
        {
            // a package of another format is not read as this one at all
            Assert.Equal("SP-VER-001", Assert.Single(result.Findings).Code);
            return;
        }

        var finding = Assert.Single(result.Findings, f => f.Code.StartsWith("SP-SCH-", StringComparison.Ordinal));
        Assert.Equal(code, finding.Code);
        Assert.Equal(pointer, finding.Pointer);
        Assert.True(finding.Line > 1);
        Assert.True(finding.Column >= 1);
    }

    [Fact]
    public void A_schema_keyword_the_fast_layer_does_not_know_fails_loudly_at_compile_time()
    {
        var documents = new Dictionary<string, string> { ["x.json"] = """{"type":"object","patternProperties":{"^a":{}}}""" }
            .ToDictionary(d => d.Key, d => System.Text.Json.JsonDocument.Parse(d.Value).RootElement.Clone());
        Assert.Throws<NotSupportedException>(() => new SchemaCompiler(documents).Compile("x.json"));
    }

    /// <summary>A structural mutation: wrong type, unknown member, removal, null, an empty string, a number, an enum value changed.</summary>
    private static byte[] Mutate(JsonNode source, string path, int kind)
    {
        var root = source.DeepClone();
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return kind % 2 == 0 ? "[]"u8.ToArray() : Encoding.UTF8.GetBytes(root.ToJsonString());
        }

        var parent = segments[..^1].Aggregate(root, (node, s) => node is JsonArray a ? a[int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)]! : node[s]!);
        var last = segments[^1];
        var index = parent is JsonArray ? int.Parse(last, System.Globalization.CultureInfo.InvariantCulture) : -1;
        var current = index >= 0 ? parent[index] : parent[last];
        JsonNode? replacement = kind switch
        {
            0 => current is JsonValue v && v.TryGetValue<string>(out _) ? JsonValue.Create(3) : JsonValue.Create("x"),
            1 => current is JsonObject o ? WithExtra(o) : JsonValue.Create(true),
            3 => null,
            4 => JsonValue.Create(""),
            5 => JsonValue.Create(2.5),
            _ => current?.DeepClone(),
        };
        if (kind == 2)
        {
            if (parent is JsonArray array)
            {
                array.RemoveAt(index);
            }
            else
            {
                parent.AsObject().Remove(last);
            }
        }
        else if (parent is JsonArray array)
        {
            array[index] = replacement;
        }
        else
        {
            parent[last] = replacement;
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static JsonObject WithExtra(JsonObject o)
    {
        var copy = o.DeepClone().AsObject();
        copy["zzUnknown"] = 1;
        return copy;
    }
}
