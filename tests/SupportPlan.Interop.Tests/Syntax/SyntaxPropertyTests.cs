using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using FsCheck;
using FsCheck.Fluent;
using SupportPlan.Interop.Syntax;
using SupportPlan.Model.Checks;
using SupportPlan.Testing;
using static SupportPlan.Interop.Tests.Syntax.SyntaxTesting;

namespace SupportPlan.Interop.Tests.Syntax;

public sealed class SyntaxPropertyTests
{
    private static readonly string[] Pieces =
    [
        "{", "}", "[", "]", ":", ",", "\"", "\"a\"", "\"名前\"", "\"根室\"", " ", "\n", "\r\n", "\t", "0", "-1", "1.5e3",
        "true", "fals", "null", "\\", "\\\"", "\\u0041", "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\n", "/", "//", "'",
        "\u3042", "😀", "\uFEFF",
    ];

    /// <summary>Random bytes, half of them from JSON's alphabet so that the reader gets past the first token.</summary>
    private static Gen<byte[]> AnyBytes { get; } =
        Gen.Frequency(
            (1, Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))),
            (3, Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => Encoding.UTF8.GetBytes(string.Concat(p)))),
            (1, Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => Encoding.UTF8.GetBytes("{\"a\":" + string.Concat(p)))));

    private static readonly JsonSerializerOptions[] WriterOptions =
    [
        new() { WriteIndented = false, Encoder = JavaScriptEncoder.Default },
        new() { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
        new() { WriteIndented = true, Encoder = JavaScriptEncoder.Default },
        new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
    ];

    private static Gen<string> Keys { get; } =
        Gen.Frequency((3, Gen.Elements("id", "name", "grade", "a", "a/b", "m~1", "", "学校名", "氏名", "😀")), (2, TextGenerators.Text));

    private static Gen<JsonNode?> Leaf { get; } =
        Gen.Frequency(
            (3, TextGenerators.Text.Select(t => (JsonNode?)JsonValue.Create(t))),
            (2, Gen.Choose(-100_000, 100_000).Select(n => (JsonNode?)JsonValue.Create(n))),
            (1, Gen.Elements(true, false).Select(b => (JsonNode?)JsonValue.Create(b))),
            (1, Gen.Choose(0, 1).Select(_ => (JsonNode?)null)));

    private static Gen<JsonNode?> Node(int size) =>
        size <= 1
            ? Leaf
            : Gen.Frequency(
                (3, Leaf),
                (1, JsonObjectGen(size / 2).Select(o => (JsonNode?)o)),
                (1, Gen.ListOf(Gen.Sized(_ => Node(size / 2))).Select(items => (JsonNode?)new JsonArray([.. items]))));

    private static Gen<JsonObject> JsonObjectGen(int size) =>
        Gen.ListOf(Gen.Zip(Keys, Gen.Sized(_ => Node(size))))
            .Select(members => new JsonObject(members.DistinctBy(m => m.Item1).Select(m => KeyValuePair.Create(m.Item1, m.Item2))));

    /// <summary>Well-formed documents without duplicates: compact or indented, escaped or not.</summary>
    private static Gen<byte[]> Documents { get; } =
        from tree in Gen.Sized(size => JsonObjectGen(Math.Max(size, 4)))
        from indented in Gen.Elements(false, true)
        from relaxed in Gen.Elements(false, true)
        select JsonSerializer.SerializeToUtf8Bytes(tree, WriterOptions[(indented ? 2 : 0) + (relaxed ? 1 : 0)]);

    private static readonly string[] Splices =
    [
        "\"id\": 1, \"id\": 2, ", "\"x\": \"\\ud800\", ", "\"\\udc00\": 0, ", "\"s\": \"\\ud83d\\ude00\", ", "\"n\": [[[[]]]], ",
        "\"a\": 1,", ",", "\"", "\\ud800", "// x\n", "[", "{", "}", "\u3042", "\uFEFF",
    ];

    private static Gen<byte[]> Mutations { get; } =
        from document in Documents
        from kind in Gen.Choose(0, 8)
        from position in Gen.Choose(0, Math.Max(0, document.Length - 1))
        from value in Gen.Elements<byte>(0x00, 0x22, 0x2C, 0x3A, 0x5B, 0x5C, 0x5D, 0x7B, 0x7D, 0x20, 0x0A, 0x41, 0x80, 0xE3, 0xFF)
        from splice in Gen.Elements(Splices).Select(Encoding.UTF8.GetBytes)
        select kind switch
        {
            0 => [.. document[..position], value, .. document[(position + 1)..]],      // flip
            1 => [.. document[..position], value, .. document[position..]],            // insert
            2 => [.. document[..position], .. document[(position + 1)..]],             // delete
            3 => document[..position],                                               // truncate
            4 => [.. document[..position], .. splice, .. document[position..]],        // splice anywhere
            _ => SpliceAfterBrace(document, position, splice),                       // splice as a member (most often)
        };

    private static byte[] SpliceAfterBrace(byte[] document, int position, byte[] splice)
    {
        var brace = Array.IndexOf(document, (byte)'{', position);
        brace = brace < 0 ? 0 : brace;
        return [.. document[..(brace + 1)], .. splice, .. document[(brace + 1)..]];
    }

    [Fact]
    public void Any_bytes_never_throw_and_well_formed_means_no_error() =>
        Properties.ForAll(AnyBytes, AssertConsistent, 500);

    [Fact]
    public void Any_mutation_of_a_valid_document_never_throws_and_agrees_with_a_strict_parse() =>
        Properties.ForAll(Mutations, AssertConsistent, 500);

    [Fact]
    public void Documents_from_random_trees_without_duplicates_have_no_findings() =>
        Properties.ForAll(Documents, document =>
        {
            var (outcome, findings) = Run(document);
            Assert.Empty(findings);
            Assert.True(outcome.WellFormed);
        });

    [Fact]
    public void A_member_written_twice_in_a_random_tree_is_found_at_its_line()
    {
        var gen = from document in Documents
                  where document.Length > 2
                  select document;
        Properties.ForAll(gen, document =>
        {
            // Append a copy of the first member of the top-level object at its end: {"k": v, …, "k": v}.
            using var parsed = JsonDocument.Parse(document);
            var first = parsed.RootElement.EnumerateObject().FirstOrDefault();
            if (first.Value.ValueKind == JsonValueKind.Undefined)
            {
                return;
            }

            var member = JsonSerializer.Serialize(first.Name) + ":" + first.Value.GetRawText();
            var text = Encoding.UTF8.GetString(document);
            var body = text.TrimEnd()[..^1].TrimEnd();
            var json = body + ",\n" + member + "}";
            var findings = Run(json).Findings;
            var duplicate = Assert.Single(findings);
            Assert.Equal(SyntaxFindings.DuplicateMember.Code, duplicate.Code);
            Assert.Equal("/" + first.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal), duplicate.Pointer);
            Assert.Equal(json.Count(c => c == '\n') - member.Count(c => c == '\n') + 1, duplicate.Line);
            Assert.Equal(1, duplicate.Column);
        });
    }

    private static void AssertConsistent(byte[] bytes)
    {
        var (outcome, findings) = Run(bytes);
        Assert.Equal(outcome.WellFormed, !findings.Any(f => f.Severity == FindingSeverity.Error));
        Assert.Equal(StrictlyParses(bytes), outcome.WellFormed);
        Assert.All(findings, f =>
        {
            Assert.StartsWith("SP-SYN-", f.Code, StringComparison.Ordinal);
            Assert.True(f.Line >= 1);
            Assert.True(f.Column >= 1);
        });
    }

    /// <summary>
    /// The oracle: UTF-8, a strict System.Text.Json parse without duplicates, an object at the top and every string
    /// readable as .NET text (no lone surrogates).
    /// </summary>
    private static bool StrictlyParses(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        if (!Utf8.IsValid(bytes))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes.AsMemory(start), new JsonDocumentOptions
            {
                AllowTrailingCommas = false,
                CommentHandling = JsonCommentHandling.Disallow,
                MaxDepth = 64,
                AllowDuplicateProperties = false,
            });
            return document.RootElement.ValueKind == JsonValueKind.Object && AllStringsReadable(document.RootElement);
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            // JsonDocument's duplicate check unescapes names and throws on a lone surrogate escape.
            return false;
        }
    }

    private static bool AllStringsReadable(JsonElement element)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        if (!AllStringsReadable(property.Value))
                        {
                            return false;
                        }
                    }

                    return true;
                case JsonValueKind.Array:
                    return element.EnumerateArray().All(AllStringsReadable);
                case JsonValueKind.String:
                    _ = element.GetString();
                    return true;
                default:
                    return true;
            }
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
