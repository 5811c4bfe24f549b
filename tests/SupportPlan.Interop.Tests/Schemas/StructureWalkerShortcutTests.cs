using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck.Fluent;
using SupportPlan.Interop.Schemas;
using SupportPlan.Interop.Validation;
using SupportPlan.Testing;

namespace SupportPlan.Interop.Tests.Schemas;

/// <summary>
/// The structure walker takes shortcuts on the usual input: it tries the schema's next property on the member name's
/// UTF-8 bytes before looking the name up, decodes short string values onto the stack, and reads <c>yyyy-MM-dd</c>
/// dates by hand. Each shortcut must give the answer the long way gives: members in any order or escaped, and dates
/// whatever the characters.
/// </summary>
public sealed class StructureWalkerShortcutTests
{
    private static readonly Lazy<List<SchemaDocument>> Valid = new(() => [.. SchemaDocuments.ScenarioPlans_().Concat(SchemaDocuments.ScenarioPackages())]);

    private static SchemaNode Compiled(SchemaKind kind) => kind == SchemaKind.Plan ? PublishedSchemas.Schemas.Plan : PublishedSchemas.Schemas.Handover;

    [Fact]
    public void Members_in_reverse_order_conform_as_the_written_order_does()
    {
        foreach (var document in Valid.Value)
        {
            var reversed = Encoding.UTF8.GetBytes(Reverse(JsonNode.Parse(document.Json)!).ToJsonString());
            Assert.True(StructureWalker.Conforms(reversed, Compiled(document.Schema)), document.Name);
            var sink = new FindingSink(100);
            Assert.True(StructureWalker.Check(reversed, Compiled(document.Schema), sink, _ => (1, 1)), document.Name);
            Assert.Empty(sink.Findings);
        }
    }

    [Fact]
    public void An_unknown_member_is_found_whatever_the_order()
    {
        foreach (var document in Valid.Value.Take(3))
        {
            var node = JsonNode.Parse(document.Json)!.AsObject();
            node["zzUnknown"] = 1;
            var reversed = Encoding.UTF8.GetBytes(Reverse(node).ToJsonString());
            Assert.False(StructureWalker.Conforms(reversed, Compiled(document.Schema)), document.Name);
            var sink = new FindingSink(100);
            Assert.False(StructureWalker.Check(reversed, Compiled(document.Schema), sink, _ => (1, 1)));
            Assert.Contains(sink.Findings, f => f.Code == StructureFindings.UnknownMember.Code && f.Pointer == "/zzUnknown");
        }
    }

    [Fact]
    public void Escaped_member_names_and_values_are_read_as_their_text()
    {
        var document = Valid.Value.First(d => d.Schema == SchemaKind.Handover);
        var text = Encoding.UTF8.GetString(document.Json);

        // "format" spelled with an escape, and every date with an escaped digit: still the same document.
        var escaped = text.Replace("\"format\":", "\"\\u0066ormat\":", StringComparison.Ordinal)
            .Replace("\"2026-", "\"\\u0032026-", StringComparison.Ordinal);
        Assert.NotEqual(text, escaped);
        Assert.True(StructureWalker.Conforms(Encoding.UTF8.GetBytes(escaped), PublishedSchemas.Schemas.Handover));

        // A date that is not one is refused whether or not it is escaped.
        var bad = text.Replace("\"2026-", "\"2026-13", StringComparison.Ordinal);
        Assert.False(StructureWalker.Conforms(Encoding.UTF8.GetBytes(bad), PublishedSchemas.Schemas.Handover));
        Assert.False(StructureWalker.Conforms(Encoding.UTF8.GetBytes(bad.Replace("\"2026-13", "\"\\u0032026-13", StringComparison.Ordinal)), PublishedSchemas.Schemas.Handover));
    }

    [Fact]
    public void The_hand_read_date_accepts_exactly_what_the_exact_parse_accepts()
    {
        var alphabet = "0123456789-0123456789-+ /T٣Z".ToCharArray();
        var randomText = Gen.ArrayOf(Gen.Elements(alphabet), 10).Select(c => new string(c));
        var realDates = Gen.Choose(1, 3_652_058).Select(days => DateOnly.FromDayNumber(days - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var nearDates = from year in Gen.Choose(0, 9999)
                        from month in Gen.Choose(0, 13)
                        from day in Gen.Choose(0, 32)
                        select $"{year:D4}-{month:D2}-{day:D2}";
        Properties.ForAll(Gen.OneOf(randomText, realDates, nearDates), text =>
        {
            var exact = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
            Assert.True(exact == StructureWalker.IsCalendarDate(text), text);
        }, 3000);
    }

    [Fact]
    public void A_member_checked_against_additionalProperties_is_reported_under_its_own_name()
    {
        // The published schemas only use additionalProperties: false, but the walker supports a schema there too.
        var documents = new Dictionary<string, string> { ["x.json"] = """{"type":"object","additionalProperties":{"type":"integer"}}""" }
            .ToDictionary(d => d.Key, d => System.Text.Json.JsonDocument.Parse(d.Value).RootElement.Clone());
        var schema = new SchemaCompiler(documents).Compile("x.json");
        var json = """{"a":1,"b":{"c":2},"d":"e"}"""u8.ToArray();

        Assert.False(StructureWalker.Conforms(json, schema));
        var sink = new FindingSink(100);
        Assert.False(StructureWalker.Check(json, schema, sink, _ => (1, 1)));
        Assert.Equal(["/b", "/d"], sink.Findings.Select(f => f.Pointer));
        Assert.All(sink.Findings, f => Assert.Equal(StructureFindings.WrongType.Code, f.Code));
        Assert.True(StructureWalker.Conforms("""{"a":1,"b":2}"""u8, schema));
    }

    private static JsonNode Reverse(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                var members = obj.ToList();
                obj.Clear();
                var reversed = new JsonObject();
                foreach (var (name, value) in Enumerable.Reverse(members))
                {
                    reversed[name] = value is null ? null : Reverse(value);
                }

                return reversed;
            case JsonArray array:
                var items = array.ToList();
                array.Clear();
                return new JsonArray([.. items.Select(i => i is null ? null : Reverse(i))]);
            default:
                return node;
        }
    }
}
