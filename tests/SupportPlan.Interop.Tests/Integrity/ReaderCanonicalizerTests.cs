using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FsCheck.Fluent;
using SupportPlan.Interop.Integrity;
using SupportPlan.Interop.Tests.Support;

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

    [Theory]
    [MemberData(nameof(SamplePackages.Names), MemberType = typeof(SamplePackages))]
    public void Whole_packages_are_matched_as_written_and_in_canonical_order(string name)
    {
        // The canonical form is gathered in 16 KB pieces, and a canonical text is passed through whole (the largest sample
        // is over twice that).
        var bytes = SamplePackages.Named(name).Bytes;
        var expected = Reference(bytes, "digest", 64);
        Assert.NotNull(expected);
        Assert.Equal(expected, Streamed(bytes, "digest"));

        var canonical = Streamed(bytes, null)!;
        Assert.True(name != SamplePackages.Largest.Name || canonical.Length > 32 * 1024, $"{canonical.Length} bytes");
        Assert.Equal(canonical, Streamed(canonical, null));
        Assert.Equal(expected, Streamed(canonical, "digest"));
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

    [Theory]
    [InlineData("""{"digest":{"v":"x"},"b":1,"a":2}""", """{"digest":{"v":"x"},"b":1,"a":2}""", """{"a":2,"b":1}""")]
    [InlineData("""{"b":1,"digest":0,"a":2}""", """{"b":1,"digest":0,"a":2}""", """{"a":2,"b":1}""")]
    [InlineData("""{"e":1,"digest":0}""", """{"e":1,"digest":0}""", """{"e":1}""")]
    [InlineData("""{"a":1,"digest":0,"e":2}""", """{"a":1,"digest":0,"e":2}""", """{"a":1,"e":2}""")]
    [InlineData("""{ "digest" : [ 1 ] }""", """{"digest":[1]}""", """{}""")]
    [InlineData("""{"a":{"digest":1,"c":[{"y":1,"x":2}]}}""", """{"a":{"digest":1,"c":[{"y":1,"x":2}]}}""", """{"a":{"c":[{"x":2,"y":1}],"digest":1}}""")]
    [InlineData("""[{"digest":1}, "\u0041\n", 1E2]""", """[{"digest":1},"A\n",100]""", """[{"digest":1},"A\n",100]""")]
    public void Opened_the_text_is_compact_in_the_order_written_and_the_digest_leaves_the_member_out(string json, string text, string hashed)
    {
        using var canonical = ReaderCanonicalizer.TryOpen(Encoding.UTF8.GetBytes(json), "digest"u8, 64);
        Assert.NotNull(canonical);
        Assert.Equal(text, Encoding.UTF8.GetString(canonical.CompactText));
        Assert.Equal(hashed, Encoding.UTF8.GetString(canonical.CanonicalForm()));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hashed))), canonical.Sha256());
    }

    [Theory]
    [InlineData("[1,-2,0,0.5,1e+21,1.5e-7,9007199254740992]", true)]
    [InlineData("[123456789012345,-123456789012345,1234567890123456]", true)]
    [InlineData("[9007199254740993]", false)]
    [InlineData("[12345678901234567890]", false)]
    [InlineData("[1.0]", false)]
    [InlineData("[1e2]", false)]
    [InlineData("[1E+21]", false)]
    [InlineData("[-0]", false)]
    [InlineData("[0.50]", false)]
    [InlineData("""{"digest":1.0,"a":1}""", false)]
    public void Numbers_written_as_their_canonical_form_are_told_apart(string json, bool asWritten)
    {
        using var canonical = ReaderCanonicalizer.TryOpen(Encoding.UTF8.GetBytes(json), "digest"u8, 64);
        Assert.NotNull(canonical);
        Assert.Equal(asWritten, canonical.NumbersAsWritten);
    }

    [Fact]
    public void Only_objects_out_of_order_are_indexed_so_memory_follows_what_must_be_reordered()
    {
        // 10,000 objects in order inside a root out of order, then the same objects out of order: only the root is
        // indexed in the first case, every object in the second.
        var inOrder = Encoding.UTF8.GetBytes("{\"z\":1,\"a\":[" + string.Join(",", Enumerable.Repeat("""{"a":{"b":[1]},"c":2}""", 10_000)) + "]}");
        var outOfOrder = Encoding.UTF8.GetBytes("{\"z\":1,\"a\":[" + string.Join(",", Enumerable.Repeat("""{"c":2,"a":{"b":[1]}}""", 10_000)) + "]}");

        using (var canonical = ReaderCanonicalizer.TryOpen(inOrder, "digest"u8, 64))
        {
            Assert.Equal(1, canonical!.ObjectsToReorder);
            Assert.Equal(Reference(inOrder, null, 64), canonical.CanonicalForm());
        }

        using (var canonical = ReaderCanonicalizer.TryOpen(outOfOrder, "digest"u8, 64))
        {
            Assert.Equal(10_001, canonical!.ObjectsToReorder);
            Assert.Equal(Reference(outOfOrder, null, 64), canonical.CanonicalForm());
        }
    }

    [Fact]
    public void Opened_the_left_out_member_must_have_a_canonical_form_too() =>
        Assert.Null(ReaderCanonicalizer.TryOpen("""{"digest":[1e400],"a":1}"""u8, "digest"u8, 64));

    [Fact]
    public void Opened_the_text_holds_the_same_tree_and_the_digest_is_that_of_the_form_without_the_member() =>
        SupportPlan.Testing.Properties.ForAll(
            from node in JsonTrees.HostileNode
            from seed in Gen.Choose(0, int.MaxValue)
            from skip in Gen.Elements("a", "b", "digest")
            select (node, seed, skip),
            c =>
            {
                var bytes = Encoding.UTF8.GetBytes(JsonTrees.Write(c.node, c.seed));
                using var canonical = ReaderCanonicalizer.TryOpen(bytes, Encoding.UTF8.GetBytes(c.skip), 64);
                var whole = Streamed(bytes, null);
                Assert.True(whole is null == canonical is null, $"{Encoding.UTF8.GetString(bytes)}: opened {canonical is not null}, canonical form {whole is not null}");
                if (canonical is null)
                {
                    return;
                }

                // The compact text is the same document: its canonical form is the input's.
                Assert.Equal(whole, Streamed(canonical.CompactText.ToArray(), null));
                var without = Streamed(bytes, c.skip);
                Assert.NotNull(without);
                Assert.Equal(without, canonical.CanonicalForm());
                Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(without)), canonical.Sha256());
            },
            cases: 600);

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
