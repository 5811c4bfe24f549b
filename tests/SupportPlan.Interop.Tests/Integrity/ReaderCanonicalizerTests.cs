using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FsCheck.Fluent;
using SupportPlan.Interop.Integrity;

namespace SupportPlan.Interop.Tests.Integrity;

/// <summary>
/// The validator's fast path computes the digest with <see cref="ReaderCanonicalizer"/> straight from the bytes; it
/// must give exactly what <see cref="JsonCanonicalizer"/> gives over a parsed document, and refuse what it refuses.
/// </summary>
public sealed class ReaderCanonicalizerTests
{
    private static readonly string FixtureDirectory = Path.Combine(AppContext.BaseDirectory, "Fixtures", "jcs");

    public static TheoryData<string> FixtureNames => new(Directory.EnumerateFiles(Path.Combine(FixtureDirectory, "input"), "*.json")
        .Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal));

    /// <summary>What the document-based canonicalizer gives, or null where it refuses or the text does not parse.</summary>
    private static byte[]? Reference(byte[] utf8, string? skip, int maxDepth)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = maxDepth });
            var output = new ArrayBufferWriter<byte>();
            return JsonCanonicalizer.TryWrite(document.RootElement, output, skip, out _) ? output.WrittenSpan.ToArray() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static byte[]? Streamed(byte[] utf8, string? skip, int maxDepth = 64) =>
        ReaderCanonicalizer.TryCanonicalize(utf8, skip is null ? default : Encoding.UTF8.GetBytes(skip), maxDepth);

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Reference_implementation_test_data_is_matched_byte_for_byte(string name)
    {
        var input = File.ReadAllBytes(Path.Combine(FixtureDirectory, "input", name));
        var expected = File.ReadAllBytes(Path.Combine(FixtureDirectory, "output", name));

        Assert.Equal(expected, Streamed(input, null));
        Assert.True(ReaderCanonicalizer.TrySha256(input, default, 64, out var hex));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(expected)), hex);
    }

    [Fact]
    public void Members_are_sorted_by_utf16_code_units_with_names_unescaped_first()
    {
        // "\u0022" is a quote and "\u005c" a backslash: they sort by what they are, not by how they are spelled.
        var input = Encoding.UTF8.GetBytes("""{"\uffff":1,"\ud800\udc00":2,"b":3,"\u0022":4,"\u005c":5,"a\n":6,"€":7}""");
        var canonical = Encoding.UTF8.GetString(Streamed(input, null)!);
        Assert.Equal("{\"\\\"\":4,\"\\\\\":5,\"a\\n\":6,\"b\":3,\"€\":7,\"\U00010000\":2,\"\uffff\":1}", canonical);
        Assert.Equal(Reference(input, null, 64), Streamed(input, null));
    }

    [Theory]
    [InlineData("""{"a":1,"a":2}""")]
    [InlineData("""{"x":{"b":1,"c":2,"b":3}}""")]
    [InlineData("""{"\u0061":1,"a":2}""")]
    [InlineData("""{"digest":1,"digest":2}""")]
    [InlineData("""["\ud800"]""")]
    [InlineData("""{"\udc00":1}""")]
    [InlineData("""[1e400]""")]
    [InlineData("""[-1e400]""")]
    [InlineData("""{"a":1} {}""")]
    [InlineData("""{"a":1,}""")]
    [InlineData("""{"a":1}/**/""")]
    [InlineData("""{"a":""")]
    [InlineData("")]
    public void What_has_no_canonical_form_is_refused(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        Assert.Null(Streamed(bytes, "digest"));
        Assert.False(ReaderCanonicalizer.TrySha256(bytes, "digest"u8, 64, out var hex));
        Assert.Equal("", hex);
    }

    [Fact]
    public void Invalid_utf8_is_refused_in_values_and_names()
    {
        Assert.Null(Streamed([.. "[\""u8, 0xC3, .. "\"]"u8], null));
        Assert.Null(Streamed([.. "{\""u8, 0xFF, .. "\":1}"u8], null));
        Assert.Null(Streamed([.. "[\"\\u0041"u8, 0xED, 0xA0, 0x80, .. "\"]"u8], null));
    }

    [Fact]
    public void Nesting_is_accepted_up_to_the_limit_and_refused_beyond_it()
    {
        static byte[] Nested(int depth) => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":[", depth / 2)) + "1" + string.Concat(Enumerable.Repeat("]}", depth / 2)));

        Assert.NotNull(Streamed(Nested(64), null, maxDepth: 64));
        Assert.Null(Streamed(Nested(66), null, maxDepth: 64));
        Assert.NotNull(Streamed(Nested(66), null, maxDepth: 66));
    }

    [Fact]
    public void Only_the_root_member_named_is_left_out()
    {
        var input = """{"digest":{"value":"x"},"b":{"digest":1},"a":[{"digest":2}]}"""u8.ToArray();
        Assert.Equal("""{"a":[{"digest":2}],"b":{"digest":1}}""", Encoding.UTF8.GetString(Streamed(input, "digest")!));
        Assert.Equal(Reference(input, "digest", 64), Streamed(input, "digest"));
    }

    [Fact]
    public void The_left_out_member_is_only_read_but_still_counts_for_duplicates()
    {
        Assert.Equal("""{"a":1}""", Encoding.UTF8.GetString(Streamed("""{"digest":[1e400,"\ud800",{"x":1,"x":2}],"a":1}"""u8.ToArray(), "digest")!));
        Assert.Null(Streamed("""{"digest":1,"a":1,"digest":2}"""u8.ToArray(), "digest"));
        Assert.Null(Streamed("""{"digest":[1,},"a":1}"""u8.ToArray(), "digest"));
    }

    [Fact]
    public void Agrees_with_the_document_canonicalizer_on_any_spelling_of_any_tree() =>
        SupportPlan.Testing.Properties.ForAll(
            from node in JsonTrees.HostileNode
            from seed in Gen.Choose(0, int.MaxValue)
            from skip in Gen.Elements<string?>(null, "a", "digest")
            select (node, seed, skip),
            c =>
            {
                var bytes = Encoding.UTF8.GetBytes(JsonTrees.Write(c.node, c.seed));
                var expected = Reference(bytes, c.skip, 64);
                var actual = Streamed(bytes, c.skip);
                Assert.True(expected is null ? actual is null : actual is not null && expected.AsSpan().SequenceEqual(actual),
                    $"{Encoding.UTF8.GetString(bytes)} skip {c.skip}: expected {(expected is null ? "refusal" : Encoding.UTF8.GetString(expected))}, got {(actual is null ? "refusal" : Encoding.UTF8.GetString(actual))}");
            },
            cases: 600);

    [Fact]
    public void Agrees_with_the_document_canonicalizer_on_objects_with_shuffled_members() =>
        SupportPlan.Testing.Properties.ForAll(Gen.Zip(JsonTrees.Object, Gen.Choose(0, int.MaxValue)), c =>
        {
            var bytes = Encoding.UTF8.GetBytes(JsonTrees.Write(c.Item1, c.Item2));
            var streamed = Streamed(bytes, null);
            Assert.NotNull(streamed);
            Assert.Equal(Reference(bytes, null, 64), streamed);
            Assert.Equal(JsonCanonicalizer.Canonicalize(bytes), streamed);
        }, cases: 300);
}
