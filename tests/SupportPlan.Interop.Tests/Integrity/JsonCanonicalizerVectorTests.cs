using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SupportPlan.Interop.Integrity;

namespace SupportPlan.Interop.Tests.Integrity;

/// <summary>
/// RFC 8785 test vectors: the examples of §3.2.2 and §3.2.3, the number table of Appendix B, the input/output pairs of
/// the reference implementation's <c>testdata</c> (cyberphone/json-canonicalization) and a table of doubles with the
/// string Node.js (V8) gives for them.
/// </summary>
public sealed class JsonCanonicalizerVectorTests
{
    private static readonly string FixtureDirectory = Path.Combine(AppContext.BaseDirectory, "Fixtures", "jcs");

    private static readonly string[] FixtureFiles = Directory.EnumerateFiles(Path.Combine(FixtureDirectory, "input"), "*.json")
        .Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string> FixtureNames => new(FixtureFiles);

    [Fact]
    public void Rfc_3_2_2_sample_is_canonicalized()
    {
        const string input = """
            {
              "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
              "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
              "literals": [null, true, false]
            }
            """;
        const string expected =
            "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27]," +
            "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";

        Assert.Equal(expected, Canonical(input));
    }

    [Fact]
    public void Rfc_3_2_2_sample_has_the_rfc_utf8_bytes()
    {
        // RFC 8785 §3.2.4 gives the UTF-8 of the §3.2.2 output in hexadecimal.
        const string hex =
            "7b226c69746572616c73223a5b6e756c6c2c747275652c66616c73655d2c226e756d62657273223a5b333333333333333333" +
            "2e333333333333332c31652b33302c342e352c302e3030322c31652d32375d2c22737472696e67223a22e282ac245c7530" +
            "3030665c6e4127425c225c5c5c5c5c222f227d";
        byte[] canonical = JsonCanonicalizer.Canonicalize(
            """{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"string":"\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/","literals":[null,true,false]}"""u8);

        Assert.Equal(hex, Convert.ToHexStringLower(canonical));
    }

    [Fact]
    public void Rfc_3_2_3_members_are_sorted_by_utf16_code_units()
    {
        const string input = """
            {
              "\u20ac": "Euro Sign",
              "\r": "Carriage Return",
              "\ufb33": "Hebrew Letter Dalet With Dagesh",
              "1": "One",
              "\ud83d\ude00": "Emoji: Grinning Face",
              "\u0080": "Control",
              "\u00f6": "Latin Small Letter O With Diaeresis"
            }
            """;

        string canonical = Canonical(input);

        string[] names = JsonDocument.Parse(canonical).RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["\r", "1", "\u0080", "\u00f6", "\u20ac", "\ud83d\ude00", "\ufb33"], names);
        Assert.Equal(
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\"," +
            "\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
            canonical);
    }

    [Fact]
    public void Utf16_order_differs_from_code_point_order_above_the_bmp()
    {
        // U+10000 is D800 DC00 in UTF-16, so it sorts before U+FFFF although its code point is larger.
        Assert.Equal("{\"\U00010000\":2,\"\uffff\":1}", Canonical("""{"\uffff":1,"\ud800\udc00":2}"""));
    }

    // RFC 8785 Appendix B. The brief this was written from listed 44b52d02c7e14af5 as 1e+23 and 44b52d02c7e14af6 as
    // 1.0000000000000001e+23; the RFC, the reference implementation's test file and V8 all give the values below.
    [Theory]
    [InlineData("0000000000000000", "0")]
    [InlineData("8000000000000000", "0")]
    [InlineData("0000000000000001", "5e-324")]
    [InlineData("8000000000000001", "-5e-324")]
    [InlineData("7fefffffffffffff", "1.7976931348623157e+308")]
    [InlineData("ffefffffffffffff", "-1.7976931348623157e+308")]
    [InlineData("4340000000000000", "9007199254740992")]
    [InlineData("c340000000000000", "-9007199254740992")]
    [InlineData("4430000000000000", "295147905179352830000")]
    [InlineData("44b52d02c7e14af5", "9.999999999999997e+22")]
    [InlineData("44b52d02c7e14af6", "1e+23")]
    [InlineData("44b52d02c7e14af7", "1.0000000000000001e+23")]
    [InlineData("444b1ae4d6e2ef4e", "999999999999999700000")]
    [InlineData("444b1ae4d6e2ef4f", "999999999999999900000")]
    [InlineData("444b1ae4d6e2ef50", "1e+21")]
    [InlineData("3eb0c6f7a0b5ed8c", "9.999999999999997e-7")]
    [InlineData("3eb0c6f7a0b5ed8d", "0.000001")]
    [InlineData("41b3de4355555553", "333333333.3333332")]
    [InlineData("41b3de4355555554", "333333333.33333325")]
    [InlineData("41b3de4355555555", "333333333.3333333")]
    [InlineData("41b3de4355555556", "333333333.3333334")]
    [InlineData("41b3de4355555557", "333333333.33333343")]
    [InlineData("becbf647612f3696", "-0.0000033333333333333333")]
    [InlineData("43143ff3c1cb0959", "1424953923781206.2")]
    public void Rfc_appendix_b_numbers_are_serialized_as_es6(string ieeeHex, string expected)
    {
        double value = BitConverter.Int64BitsToDouble(long.Parse(ieeeHex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));

        Assert.Equal(expected, Format(value));
        // And through JSON text, spelled with 17 significant digits.
        Assert.Equal(expected, Canonical(value.ToString("E16", CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("1e21", "1e+21")]
    [InlineData("1E21", "1e+21")]
    [InlineData("1e20", "100000000000000000000")]
    [InlineData("1e-7", "1e-7")]
    [InlineData("1.5e-7", "1.5e-7")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("0.0000015", "0.0000015")]
    [InlineData("123456789012345680000", "123456789012345680000")]
    [InlineData("123456789012345678901", "123456789012345680000")]
    [InlineData("5e-324", "5e-324")]
    [InlineData("1.7976931348623157e308", "1.7976931348623157e+308")]
    [InlineData("9007199254740993", "9007199254740992")]
    [InlineData("-9007199254740993", "-9007199254740992")]
    [InlineData("9007199254740991", "9007199254740991")]
    [InlineData("-0.0", "0")]
    [InlineData("-0", "0")]
    [InlineData("0e10", "0")]
    [InlineData("1E3", "1000")]
    [InlineData("1000.0", "1000")]
    [InlineData("10000e-1", "1000")]
    [InlineData("0.30000000000000004", "0.30000000000000004")]
    [InlineData("0.1", "0.1")]
    [InlineData("4.50", "4.5")]
    [InlineData("2e-3", "0.002")]
    [InlineData("1E30", "1e+30")]
    [InlineData("-1e-7", "-1e-7")]
    [InlineData("1e-400", "0")]
    [InlineData("123456789", "123456789")]
    [InlineData("-123.456", "-123.456")]
    [InlineData("1e15", "1000000000000000")]
    [InlineData("1e16", "10000000000000000")]
    [InlineData("1.2345e25", "1.2345e+25")]
    [InlineData("9223372036854775807", "9223372036854776000")]
    [InlineData("-9223372036854775808", "-9223372036854776000")]
    [InlineData("18446744073709551615", "18446744073709552000")]
    [InlineData("0.00000000000000000000000000000000000000000000000000000000000001", "1e-62")]
    public void Number_spellings_are_serialized_as_es6(string json, string expected) =>
        Assert.Equal(expected, Canonical(json));

    [Fact]
    public void Sum_of_point_one_and_point_two_keeps_its_seventeen_digits() =>
        Assert.Equal("0.30000000000000004", Format(0.1 + 0.2));

    [Fact]
    public void Node_es6_number_table_is_matched()
    {
        // Fixtures/jcs/es6numbers.txt: "ieee-hex,expected" lines written by Node.js's String(number) for the RFC
        // Appendix B values, powers of ten and their neighbours, and pseudo-random bit patterns.
        string[] lines = File.ReadAllLines(Path.Combine(FixtureDirectory, "es6numbers.txt"));
        Assert.True(lines.Length > 5000);
        List<string> failures = [];
        foreach (string line in lines)
        {
            string[] parts = line.Split(',');
            double value = BitConverter.Int64BitsToDouble(unchecked((long)ulong.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            string actual = Format(value);
            if (actual != parts[1])
            {
                failures.Add($"{parts[0]}: expected {parts[1]}, got {actual}");
            }

            string viaJson = Canonical(value.ToString("R", CultureInfo.InvariantCulture));
            if (viaJson != parts[1])
            {
                failures.Add($"{parts[0]} via JSON: expected {parts[1]}, got {viaJson}");
            }
        }

        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Reference_implementation_test_data_is_matched_byte_for_byte(string name)
    {
        byte[] input = File.ReadAllBytes(Path.Combine(FixtureDirectory, "input", name));
        byte[] expected = File.ReadAllBytes(Path.Combine(FixtureDirectory, "output", name));

        Assert.Equal(expected, JsonCanonicalizer.Canonicalize(input));

        using JsonDocument document = JsonDocument.Parse(input);
        Assert.True(CanonicalDigest.TrySha256(document.RootElement, null, out string hex, out string? error), error);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(expected)), hex);
    }

    [Fact]
    public void Fixture_pairs_are_all_present() =>
        Assert.Equal(
            ["arrays.json", "french.json", "simpleString.json", "structures.json", "unicode.json", "values.json", "weird.json"],
            FixtureFiles);

    [Theory]
    [InlineData("\"\\u0000\\u0001\\u001f\"", "\"\\u0000\\u0001\\u001f\"")]
    [InlineData("\"\\b\\t\\n\\f\\r\"", "\"\\b\\t\\n\\f\\r\"")]
    [InlineData("\"\\u0008\\u0009\\u000A\\u000C\\u000D\"", "\"\\b\\t\\n\\f\\r\"")]
    [InlineData("\"\\u000b\\u000B\\u001F\\u001e\"", "\"\\u000b\\u000b\\u001f\\u001e\"")]
    [InlineData("\"\\/\\u002F/\"", "\"///\"")]
    [InlineData("\"\\u0022\\\"\\u005C\\\\\"", "\"\\\"\\\"\\\\\\\\\"")]
    [InlineData("\"\\u007f\\u0080\\u00ff\"", "\"\u007f\u0080\u00ff\"")]
    [InlineData("\"\\u2028\\u2029\"", "\"\u2028\u2029\"")]
    [InlineData("\"\\u65e5\\u672c\\u8a9e\"", "\"日本語\"")]
    [InlineData("\"日本語\"", "\"日本語\"")]
    [InlineData("\"\\ud83d\\ude00\"", "\"\U0001F600\"")]
    [InlineData("\"\\uD83D\\uDE00x\"", "\"\U0001F600x\"")]
    [InlineData("\"\\ufeff\\uffff\"", "\"\ufeff\uffff\"")]
    [InlineData("\"<script>&'\"", "\"<script>&'\"")]
    [InlineData("\"\"", "\"\"")]
    public void Strings_are_escaped_as_rfc_8785_says(string json, string expected) =>
        Assert.Equal(expected, Canonical(json));

    [Fact]
    public void Literals_and_structures_have_no_whitespace() =>
        Assert.Equal(
            "[true,false,null,[],{},[[]],{\"a\":{\"b\":[1,{}]}}]",
            Canonical(" [ true ,\n false,\tnull , [ ] , { } , [ [ ] ] , { \"a\" : { \"b\" : [ 1 , { } ] } } ] \r\n"));

    [Fact]
    public void Array_order_is_kept_and_nested_objects_are_sorted() =>
        Assert.Equal(
            "[{\"a\":1,\"b\":2},{\"a\":3,\"b\":4},3,1,2]",
            Canonical("""[{"b":2,"a":1},{"a":3,"b":4},3,1,2]"""));

    [Fact]
    public void Member_names_are_escaped_like_strings() =>
        Assert.Equal("{\"\\n\":1,\"\\u001f\":2,\"\\\"\":3,\"/\":4,\"\\\\\":5}", Canonical("""{"\\":5,"\/":4,"\"":3,"\u001F":2,"\n":1}"""));

    [Fact]
    public void Scalars_at_the_root_are_canonicalized()
    {
        Assert.Equal("\"x\"", Canonical(" \"x\" "));
        Assert.Equal("1", Canonical("1.0"));
        Assert.Equal("null", Canonical("null"));
    }

    [Fact]
    public void Skipped_root_member_is_left_out_but_nested_ones_are_kept()
    {
        using JsonDocument document = JsonDocument.Parse("""{"z":1,"digest":"abc","a":{"digest":2},"b":[{"digest":3}]}""");

        Assert.Equal("{\"a\":{\"digest\":2},\"b\":[{\"digest\":3}],\"z\":1}", Write(document.RootElement, "digest"));
        Assert.Equal("{\"a\":{\"digest\":2},\"b\":[{\"digest\":3}],\"digest\":\"abc\",\"z\":1}", Write(document.RootElement, null));
        Assert.Equal("{\"a\":{\"digest\":2},\"b\":[{\"digest\":3}],\"digest\":\"abc\",\"z\":1}", Write(document.RootElement, "missing"));
        Assert.Equal("{\"a\":{\"digest\":2},\"b\":[{\"digest\":3}],\"digest\":\"abc\",\"z\":1}", Write(document.RootElement, "Digest"));
    }

    [Fact]
    public void Skipping_the_only_member_leaves_an_empty_object()
    {
        using JsonDocument document = JsonDocument.Parse("""{"digest":"abc"}""");
        Assert.Equal("{}", Write(document.RootElement, "digest"));
    }

    [Fact]
    public void Skip_name_is_ignored_when_the_root_is_not_an_object()
    {
        using JsonDocument document = JsonDocument.Parse("""[{"digest":1}]""");
        Assert.Equal("[{\"digest\":1}]", Write(document.RootElement, "digest"));
    }

    [Theory]
    [InlineData("1e400", "/")]
    [InlineData("-1e400", "/")]
    [InlineData("[1, 2, 1E+309]", "/2")]
    [InlineData("{\"a\":{\"b/c\":[0, 1e999]}}", "/a/b~1c/1")]
    public void Numbers_that_are_not_finite_doubles_are_refused(string json, string pointer)
    {
        string error = Refusal(json);
        Assert.Contains("not finite", error, StringComparison.Ordinal);
        Assert.Contains($"'{(pointer == "/" ? string.Empty : pointer)}'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"\\udc00\"")]
    [InlineData("\"a\\ud83dx\"")]
    [InlineData("\"\\ude00\\ud83d\"")]
    [InlineData("\"\\ud83d\\u0041\"")]
    [InlineData("\"\\ud83d\\ud83d\"")]
    [InlineData("[\"ok\", \"\\ud800\"]")]
    [InlineData("{\"\\ud800\": 1}")]
    [InlineData("{\"a\": {\"x\\udfff\": 1}}")]
    public void Lone_surrogates_are_refused(string json) => Assert.Contains("Unicode", Refusal(json), StringComparison.Ordinal);

    [Fact]
    public void Refusal_of_a_lone_surrogate_names_the_value() =>
        Assert.Contains("'/list/1/x'", Refusal("""{"list":[0,{"x":"\ud800"}]}"""), StringComparison.Ordinal);

    [Theory]
    [InlineData(new byte[] { 0x22, 0xFF, 0x22 })]
    [InlineData(new byte[] { 0x22, 0xC3, 0x22 })]
    [InlineData(new byte[] { 0x22, 0xED, 0xA0, 0x80, 0x22 })]
    [InlineData(new byte[] { 0x22, 0xC0, 0xAF, 0x22 })]
    [InlineData(new byte[] { 0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D })]
    [InlineData(new byte[] { 0x22, 0x5C, 0x6E, 0xFF, 0x22 })]
    public void Invalid_utf8_is_refused_if_the_parser_lets_it_through(byte[] utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            return;
        }

        using (document)
        {
            Assert.False(JsonCanonicalizer.TryWrite(document.RootElement, new ArrayBufferWriter<byte>(), null, out string? error));
            Assert.NotNull(error);
            Assert.False(CanonicalDigest.TrySha256(document.RootElement, null, out string hex, out _));
            Assert.Equal(string.Empty, hex);
        }
    }

    [Fact]
    public void Duplicate_member_names_are_refused()
    {
        string error = Refusal("""{"a":{"x":1,"y":2,"x":3}}""");
        Assert.Contains("more than one member", error, StringComparison.Ordinal);
        Assert.Contains("'/a/x'", error, StringComparison.Ordinal);

        // Also when they are spelled differently, and when the duplicate is the skipped member.
        Assert.NotEmpty(Refusal("""{"A":1,"\u0041":2}"""));
        using JsonDocument document = JsonDocument.Parse("""{"digest":"a","digest":"b"}""");
        Assert.False(JsonCanonicalizer.TryWrite(document.RootElement, new ArrayBufferWriter<byte>(), "digest", out _));
    }

    [Fact]
    public void Default_and_disposed_elements_are_refused_without_throwing()
    {
        Assert.False(JsonCanonicalizer.TryWrite(default, new ArrayBufferWriter<byte>(), null, out string? error));
        Assert.NotNull(error);

        JsonDocument document = JsonDocument.Parse("""{"a":[1,"x"]}""");
        JsonElement root = document.RootElement;
        document.Dispose();
        Assert.False(JsonCanonicalizer.TryWrite(root, new ArrayBufferWriter<byte>(), null, out error));
        Assert.NotNull(error);
        Assert.False(CanonicalDigest.TrySha256(root, null, out _, out error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Nesting_deeper_than_the_stack_is_refused_without_crashing()
    {
        const int depth = 5_000;
        string json = new string('[', depth) + new string(']', depth);
        using JsonDocument document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = depth + 1 });

        // Run on a thread with a small stack so that the guard, not the process, gives out.
        bool ok = true;
        string? error = null;
        Thread thread = new(() => ok = JsonCanonicalizer.TryWrite(document.RootElement, new ArrayBufferWriter<byte>(), null, out error), 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.False(ok);
        Assert.Contains("nested too deeply", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Moderate_nesting_is_canonicalized()
    {
        const int depth = 500;
        string json = string.Concat(Enumerable.Repeat("{\"a\":[", depth)) + "1" + string.Concat(Enumerable.Repeat("]}", depth));
        using JsonDocument document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 2 * depth + 1 });

        Assert.Equal(json, Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(document.RootElement)));
    }

    [Fact]
    public void Canonicalize_throws_when_there_is_no_canonical_form()
    {
        InvalidOperationException ex = Assert.Throws<InvalidOperationException>(() => JsonCanonicalizer.Canonicalize("[1e400]"u8));
        Assert.Contains("not finite", ex.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonCanonicalizer.Canonicalize("[1,]"u8));
        Assert.ThrowsAny<JsonException>(() => JsonCanonicalizer.Canonicalize("{} {}"u8));
        Assert.ThrowsAny<JsonException>(() => JsonCanonicalizer.Canonicalize(""u8));
    }

    [Fact]
    public void Long_strings_are_written_through_small_output_spans()
    {
        string value = string.Concat(Enumerable.Repeat("日本語テキストabc\u00e9\U0001F600", 5000));
        string json = JsonSerializer.Serialize(value);
        string plain = "\"" + value + "\"";
        TinySpanWriter tiny = new();

        using JsonDocument escaped = JsonDocument.Parse(json);
        using JsonDocument literal = JsonDocument.Parse(plain);
        Assert.True(JsonCanonicalizer.TryWrite(escaped.RootElement, tiny, null, out _));
        Assert.Equal(plain, Encoding.UTF8.GetString(tiny.Written));
        Assert.Equal(Encoding.UTF8.GetBytes(plain), JsonCanonicalizer.Canonicalize(literal.RootElement));
    }

    internal static string Canonical(string json) =>
        Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(Encoding.UTF8.GetBytes(json)));

    private static string Format(double value)
    {
        Span<byte> buffer = stackalloc byte[64];
        int length = JsonCanonicalizer.FormatDouble(value, buffer);
        return Encoding.UTF8.GetString(buffer[..length]);
    }

    private static string Write(JsonElement element, string? skip)
    {
        ArrayBufferWriter<byte> output = new();
        Assert.True(JsonCanonicalizer.TryWrite(element, output, skip, out string? error), error);
        Assert.Null(error);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static string Refusal(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        Assert.False(JsonCanonicalizer.TryWrite(document.RootElement, new ArrayBufferWriter<byte>(), null, out string? error));
        Assert.NotNull(error);
        Assert.False(CanonicalDigest.TrySha256(document.RootElement, null, out string hex, out string? digestError));
        Assert.Equal(string.Empty, hex);
        Assert.Equal(error, digestError);
        return error;
    }

    /// <summary>An output that hands out spans no larger than asked (at most 7 bytes otherwise).</summary>
    private sealed class TinySpanWriter : IBufferWriter<byte>
    {
        private readonly List<byte> _written = [];
        private byte[] _current = [];

        public byte[] Written => [.. _written];

        public void Advance(int count) => _written.AddRange(_current.AsSpan(0, count));

        public Memory<byte> GetMemory(int sizeHint = 0) => _current = new byte[Math.Max(sizeHint, 7)];

        public Span<byte> GetSpan(int sizeHint = 0) => _current = new byte[Math.Max(sizeHint, 7)];
    }
}
