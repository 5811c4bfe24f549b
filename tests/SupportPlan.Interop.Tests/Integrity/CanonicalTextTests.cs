using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck.Fluent;
using SupportPlan.Interop.Integrity;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Tests.Support;
using SupportPlan.Interop.Validation;
using SupportPlan.Model.Classification;
using SupportPlan.Model.Extensions;
using SupportPlan.Testing;

namespace SupportPlan.Interop.Tests.Integrity;

/// <summary>
/// The fast path's digest is computed from what the package reader writes to a <see cref="CanonicalText"/> as it reads
/// the file, once. Whenever the reader takes a document, that canonical form must be byte for byte the one
/// <see cref="JsonCanonicalizer"/> writes for the parsed document without its <c>digest</c> member (the layers' digest,
/// itself held to the RFC 8785 test vectors): on every sample and generated package, every one-value mistake the
/// reader takes, the same package spelled otherwise (members in any order, strings escaped, white space, <c>-0</c>), and
/// extension data of any shape and spelling.
/// </summary>
public sealed class CanonicalTextTests
{
    /// <summary>The layers' canonical form of a document without its digest member, or null where it has none.</summary>
    private static byte[]? Reference(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = ValidationOptions.DefaultMaxDepth });
            var output = new ArrayBufferWriter<byte>();
            return JsonCanonicalizer.TryWrite(document.RootElement, output, "digest", out _) ? output.WrittenSpan.ToArray() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads with the package reader; when it takes the document, its canonical form and digest must be the layers'.
    /// </summary>
    /// <returns>The digest when the reader took the document; otherwise null.</returns>
    private static string? Agrees(byte[] json, string label)
    {
        using var text = new CanonicalText(json.Length);
        if (PackageReader.TryRead(json, ValidationOptions.DefaultMaxDepth, text) is null)
        {
            return null;
        }

        var reference = Reference(json);
        Assert.True(reference is not null, $"{label}: the reader takes a document that has no canonical form.");
        var form = text.CanonicalForm();
        var at = form.AsSpan().CommonPrefixLength(reference);
        Assert.True(at == form.Length && at == reference.Length,
            $"{label}: the canonical forms differ from byte {at}: …{Encoding.UTF8.GetString(form.AsSpan(at, Math.Min(80, form.Length - at)))} "
            + $"instead of …{Encoding.UTF8.GetString(reference.AsSpan(at, Math.Min(80, reference.Length - at)))}");
        var digest = text.Sha256();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(reference)), digest);
        return digest;
    }

    [Theory]
    [MemberData(nameof(SamplePackages.Names), MemberType = typeof(SamplePackages))]
    public void Every_sample_package_gives_its_own_digest_indented_or_compact(string name)
    {
        var sample = SamplePackages.Named(name);
        Assert.Equal(sample.Package.Digest.Value, Agrees(sample.Bytes, name));
        Assert.Equal(sample.Package.Digest.Value, Agrees(PackageJson.Serialize(sample.Package), name + " compact"));
    }

    [Fact]
    public void Generated_packages_give_their_own_digest() =>
        Properties.ForAll(GeneratedPackages.Any, package =>
        {
            if (package is not null)
            {
                Assert.Equal(package.Digest.Value, Agrees(PackageJson.Serialize(package, indented: true), "a generated package"));
            }
        }, 100);

    [Fact]
    public void Every_one_value_mistake_the_reader_takes_has_the_layers_canonical_form()
    {
        var documents = SamplePackages.All.Select(s => s.Bytes).OrderBy(b => b.Length);
        var taken = ReadingAgreement.Mutations(documents).Concat(ReadingAgreement.ValueMutations(documents))
            .Count(m => Agrees(m.Json, m.Label) is not null);
        Assert.True(taken > 1000, $"{taken} mutations taken");
    }

    [Fact]
    public void The_same_package_spelled_otherwise_gives_the_same_digest_and_takes_the_fast_path()
    {
        var sample = SamplePackages.Nemuro;
        var root = JsonNode.Parse(sample.Bytes)!;
        var validator = new PackageValidator();
        Properties.ForAll(Gen.Choose(0, int.MaxValue), seed =>
        {
            var json = Respell(root, new Random(seed));
            Assert.Equal(sample.Package.Digest.Value, Agrees(json, $"spelling {seed}"));
            var result = validator.Validate(json);
            Assert.True(result is { FastPath: true, IsValid: true, Findings.Count: 0 }, $"spelling {seed}: {string.Join("; ", result.Findings.Select(f => f.Code))}");
        }, 60);
    }

    [Fact]
    public void Extension_data_of_any_shape_and_spelling_has_the_layers_canonical_form()
    {
        var taken = 0;
        Properties.ForAll(
            from tree in JsonTrees.Object
            from seed in Gen.Choose(0, int.MaxValue)
            select (tree, seed),
            c =>
            {
                var data = JsonTrees.Write(c.tree, c.seed);
                taken += Agrees(WithExtensionData(data), "data " + data) is null ? 0 : 1;
            }, 200);

        // The data are distinct-named objects written in any valid spelling: the reader takes every one.
        Assert.Equal(200, taken);
    }

    [Fact]
    public void Scalar_extension_data_in_any_spelling_is_written_from_its_token_as_the_layers_write_it()
    {
        // A string, number or literal as extension data is written by the canonical text itself (not through a parsed
        // element): strings with any escapes, numbers as 1E3, 1000.0, -0, 1e21, 5e-324, literals. A null is left to the
        // layers (the reader gives up on a null for a member whose converter reads null itself), so it is not drawn.
        var taken = 0;
        Properties.ForAll(
            from leaf in JsonTrees.Leaf.Where(l => l is not JLiteral { Text: "null" })
            from seed in Gen.Choose(0, int.MaxValue)
            select JsonTrees.Write(leaf, seed),
            data => { taken += Agrees(WithExtensionData(data), "data " + data) is null ? 0 : 1; }, 300);

        Assert.Equal(300, taken);
        Assert.Null(Agrees(WithExtensionData("null"), "data null"));
    }

    [Fact]
    public void Hostile_extension_data_is_given_up_on_or_has_the_layers_canonical_form() =>
        Properties.ForAll(
            from tree in JsonTrees.HostileNode
            from seed in Gen.Choose(0, int.MaxValue)
            select JsonTrees.Write(tree, seed),
            data => { _ = Agrees(WithExtensionData(data), "data " + data); }, 200);

    [Theory]
    [InlineData("""{"a":1,"a":2}""")]
    [InlineData("""{"n":1e400}""")]
    [InlineData("""{"s":"\ud800"}""")]
    public void Extension_data_without_a_canonical_form_is_given_up_on(string data)
    {
        Assert.Null(Reference(WithExtensionData(data)));
        Assert.Null(Agrees(WithExtensionData(data), data));
    }

    [Theory]
    [InlineData("data")]
    [InlineData("enum")]
    [InlineData("string")]
    public void Invalid_UTF_8_anywhere_is_given_up_on(string where)
    {
        // Utf8JsonReader does not check the UTF-8 of string tokens: the reader does, where it transcodes, where a
        // converter reads the text, and in extension data, which is kept as bytes.
        byte[] bad = [0xFF];
        var json = where switch
        {
            "data" => WithExtensionData("{\"s\":\"ab\"}"),
            "enum" => WithExtensionData("{}"),
            _ => WithExtensionData("{}", label: "ab"),
        };
        var marker = where switch
        {
            "data" => "\"ab\"}"u8.ToArray(),
            "enum" => "\"special-care-health\""u8.ToArray(),
            _ => "\"ab\""u8.ToArray(),
        };
        var at = json.AsSpan().IndexOf(marker) + 2;
        Assert.True(at > 1, $"{where}: the marker is not in the package");
        byte[] broken = [.. json[..at], .. bad, .. json[at..]];
        Assert.NotNull(Agrees(json, where));
        Assert.Null(Agrees(broken, where + " broken"));
    }

    [Fact]
    public void Nesting_is_taken_up_to_the_limit_and_given_up_on_beyond_it()
    {
        var json = SamplePackages.Nemuro.Bytes;
        var depth = Depth(json);
        using (var text = new CanonicalText(json.Length))
        {
            Assert.NotNull(PackageReader.TryRead(json, depth, text));
        }

        using (var text = new CanonicalText(json.Length))
        {
            Assert.Null(PackageReader.TryRead(json, depth - 1, text));
        }
    }

    [Fact]
    public void Only_objects_out_of_order_are_indexed_so_memory_follows_what_must_be_reordered()
    {
        // As the library writes it (members in declaration order) most objects are out of canonical order; in
        // canonical order, with the digest member added last, only the root is indexed (for its left-out member).
        var sample = SamplePackages.Largest;
        using (var text = new CanonicalText(sample.Bytes.Length))
        {
            Assert.NotNull(PackageReader.TryRead(sample.Bytes, ValidationOptions.DefaultMaxDepth, text));
            Assert.True(text.ObjectsToReorder > 100, $"{text.ObjectsToReorder} objects indexed");
        }

        var canonical = Encoding.UTF8.GetString(Reference(sample.Bytes)!);
        var digest = JsonNode.Parse(sample.Bytes)!["digest"]!.ToJsonString();
        var inOrder = Encoding.UTF8.GetBytes(canonical[..^1] + ",\"digest\":" + digest + "}");
        using (var text = new CanonicalText(inOrder.Length))
        {
            Assert.NotNull(PackageReader.TryRead(inOrder, ValidationOptions.DefaultMaxDepth, text));
            Assert.Equal(1, text.ObjectsToReorder);
            Assert.Equal(sample.Package.Digest.Value, text.Sha256());
        }
    }

    /// <summary>The deepest nesting of containers in a document.</summary>
    private static int Depth(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        var depth = 0;
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                depth = Math.Max(depth, reader.CurrentDepth + 1);
            }
        }

        return depth;
    }

    /// <summary>The Nemuro package, compact, with one extension whose data is <paramref name="data"/> as written.</summary>
    private static byte[] WithExtensionData(string data, string? label = null)
    {
        var package = SamplePackages.Nemuro.Package;
        using var placeholder = JsonDocument.Parse("\"DATA-PLACEHOLDER\"");
        var extension = new RegionalExtension
        {
            Namespace = "jp.example.test",
            Label = label,
            DataClass = DataClass.SpecialCareHealth,
            Data = placeholder.RootElement.Clone(),
        };
        var text = Encoding.UTF8.GetString(PackageJson.Serialize(package with { Plan = package.Plan with { Extensions = [extension] } }));
        Assert.Contains("\"DATA-PLACEHOLDER\"", text, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text.Replace("\"DATA-PLACEHOLDER\"", data, StringComparison.Ordinal));
    }

    /// <summary>
    /// The document spelled otherwise with the same content: every object's members in a random order, random white
    /// space, characters of strings escaped at random (<c>\uXXXX</c>, <c>\/</c>), and a zero written as <c>-0</c> at
    /// random. Member names stay unescaped (the reader leaves an escaped name to the layers).
    /// </summary>
    private static byte[] Respell(JsonNode root, Random random)
    {
        var output = new StringBuilder();
        Write(root, output, random);
        return Encoding.UTF8.GetBytes(output.ToString());
    }

    private static void Write(JsonNode? node, StringBuilder output, Random random)
    {
        Space(output, random);
        switch (node)
        {
            case JsonObject o:
                output.Append('{');
                var members = o.ToList();
                random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(members));
                for (var i = 0; i < members.Count; i++)
                {
                    output.Append(i == 0 ? "" : ",");
                    Space(output, random);
                    output.Append('"').Append(members[i].Key).Append("\":");
                    Write(members[i].Value, output, random);
                }

                output.Append('}');
                break;
            case JsonArray a:
                output.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    output.Append(i == 0 ? "" : ",");
                    Write(a[i], output, random);
                }

                output.Append(']');
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                output.Append('"');
                foreach (var c in v.GetValue<string>())
                {
                    output.Append(c switch
                    {
                        '"' => "\\\"",
                        '\\' => "\\\\",
                        '/' when random.Next(2) == 0 => "\\/",
                        < ' ' => $"\\u{(int)c:x4}",
                        _ when char.IsSurrogate(c) => c.ToString(), // a pair is escaped whole or not at all: here not
                        _ when random.Next(4) == 0 => $"\\u{(int)c:X4}",
                        _ => c.ToString(),
                    });
                }

                output.Append('"');
                break;
            case JsonValue v when v.ToJsonString() == "0" && random.Next(2) == 0:
                output.Append("-0");
                break;
            default:
                output.Append(node?.ToJsonString() ?? "null");
                break;
        }

        Space(output, random);
    }

    private static void Space(StringBuilder output, Random random) =>
        output.Append(random.Next(4) switch { 0 => "", 1 => " ", 2 => "\n  ", _ => "\r\n\t" });
}
