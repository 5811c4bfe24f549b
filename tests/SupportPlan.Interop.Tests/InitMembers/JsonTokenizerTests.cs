using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Tests.Support;
using SupportPlan.Interop.Tests.Validation;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;
using SupportPlan.Rules.Decisions;
using SupportPlan.Testing;

namespace SupportPlan.Interop.Tests.InitMembers;

/// <summary>
/// The fast reader's tokenizer (<see cref="JsonTokenizer"/>) takes exactly the documents <see cref="Utf8JsonReader"/>
/// takes with the contract's options, token for token, and refuses the others; and the scalars it reads without their
/// converter (<see cref="FastScalars{T}"/>) read as the converter reads them, or are left to it.
/// </summary>
public sealed class JsonTokenizerTests
{
    private const int MaxDepth = 64;

    /// <summary>The tokens of a document as (type, value, escaped), as Utf8JsonReader reads them, and whether it took the whole document.</summary>
    private static (List<string> Tokens, bool Taken) Reference(byte[] json, int maxDepth) => Collect(tokens =>
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
        while (reader.Read())
        {
            tokens.Add(Describe(reader.TokenType, reader.ValueSpan, reader.ValueIsEscaped));
        }
    });

    /// <summary>The same, as the tokenizer reads them.</summary>
    private static (List<string> Tokens, bool Taken) Tokenized(byte[] json, int maxDepth) => Collect(tokens =>
    {
        var tokenizer = new JsonTokenizer(json, maxDepth);
        while (tokenizer.Read())
        {
            tokens.Add(Describe(tokenizer.TokenType, tokenizer.ValueSpan, tokenizer.ValueIsEscaped));
        }
    });

    private static (List<string> Tokens, bool Taken) Collect(Action<List<string>> read)
    {
        var tokens = new List<string>();
        try
        {
            read(tokens);
            return (tokens, tokens.Count > 0);
        }
        catch (JsonException)
        {
            return (tokens, false);
        }
    }

    /// <summary>A token as text: its type, its value as written and whether it is escaped.</summary>
    private static string Describe(JsonTokenType type, ReadOnlySpan<byte> value, bool escaped) =>
        $"{type} {Convert.ToHexString(value)}{(escaped ? " escaped" : "")}";

    /// <summary>Both take the document with the same tokens, or both refuse it (having agreed on the tokens before).</summary>
    private static bool Agree(byte[] json, int maxDepth = MaxDepth)
    {
        var expected = Reference(json, maxDepth);
        var actual = Tokenized(json, maxDepth);
        var label = Encoding.UTF8.GetString(json.Length > 300 ? json[..300] : json);
        Assert.True(expected.Taken == actual.Taken, $"{(expected.Taken ? "refused" : "taken")}: {label}");
        var common = Math.Min(expected.Tokens.Count, actual.Tokens.Count);
        var differ = Enumerable.Range(0, common).FirstOrDefault(i => expected.Tokens[i] != actual.Tokens[i], -1);
        Assert.True(differ < 0, differ < 0 ? "" : $"token {differ}: {expected.Tokens[differ]} but {actual.Tokens[differ]}");
        if (expected.Taken)
        {
            Assert.Equal(expected.Tokens, actual.Tokens);
        }

        return expected.Taken;
    }

    /// <summary>Pieces of JSON, most of them well-formed and some not, to be put together at random.</summary>
    private static readonly Gen<string> Piece = Gen.Elements(
        "{", "}", "[", "]", ",", ":", " ", "\n  ", "\t", "\r\n", "\"a\"", "\"名前\"", "\"\"", "\"\\u00e9\\n\"", "\"\\\"\\\\\\/\\b\\f\\r\\t\"",
        "\"\\x\"", "\"\\u12G4\"", "\"\\u12\"", "\"a\u0001b\"", "\"unterminated", "0", "-0", "12", "-3.25e+10", "1E5", "0.5", "01", "1.", ".5",
        "-", "1e", "1e+", "+1", "1x", "true", "false", "null", "tru", "nul", "nulll", "/", "/* c */", "x", "\u00a0", "\"\\ud800\"");

    private static readonly Gen<byte[]> Soup = Gen.ListOf(Piece).Select(pieces => Encoding.UTF8.GetBytes(string.Concat(pieces)));

    /// <summary>Well-formed documents of the same pieces, which a mutation then breaks or not.</summary>
    private static Gen<string> Value(int depth) => depth == 0
        ? Gen.Elements("\"a\"", "\"名前\"", "\"\\u00e9\\n\"", "0", "-0", "-3.25e+10", "1E5", "true", "false", "null", "{}", "[]")
        : Gen.Frequency(
            (2, Value(0)),
            (1, Gen.ListOf(Value(depth - 1)).Select(items => "[" + string.Join(", ", items) + "]")),
            (1, Gen.ListOf(Value(depth - 1)).Select(items => "{" + string.Join(",\n ", items.Select((v, i) => $"\"m{i}\": {v}")) + "}")));

    [Fact]
    public void Random_pieces_of_JSON_are_taken_or_refused_as_Utf8JsonReader_takes_or_refuses_them()
    {
        var taken = 0;
        Properties.ForAll(Soup, json => { taken += Agree(json) ? 1 : 0; }, 20_000);
        Assert.True(taken > 200, $"only {taken} of the random documents were JSON");
    }

    [Fact]
    public void Mutations_of_well_formed_documents_are_taken_or_refused_as_Utf8JsonReader_takes_or_refuses_them()
    {
        var mutations = from text in Value(4)
                        let bytes = Encoding.UTF8.GetBytes(text)
                        from mutated in ValidatorProperties.ByteMutations(bytes, Gen.Elements("\"{}[],:0-.1eE\\tnul x\n"u8.ToArray()))
                        select mutated;
        Properties.ForAll(mutations, json => { _ = Agree(json); }, 20_000);
        Properties.ForAll(Value(4).Select(Encoding.UTF8.GetBytes), json => Assert.True(Agree(json)), 2_000);
    }

    [Fact]
    public void Every_sample_package_and_mutations_of_the_file_are_tokenized_alike()
    {
        foreach (var sample in SamplePackages.All)
        {
            Assert.True(Agree(sample.Bytes), sample.Name);
            Assert.True(Agree(PackageJson.Serialize(sample.Package)), sample.Name);
        }

        Properties.ForAll(ValidatorProperties.ByteMutations(SamplePackages.Nemuro.Bytes, Gen.Elements("\"{}[],:0-.1eE\\tnul x\n"u8.ToArray())), json => { _ = Agree(json); }, 1_000);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(63)]
    [InlineData(64)]
    public void Nesting_is_refused_beyond_the_same_depth(int maxDepth)
    {
        foreach (var depth in new[] { maxDepth - 1, maxDepth, maxDepth + 1 }.Where(d => d > 0))
        {
            var arrays = Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth));
            var objects = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", depth - 1)) + "{}" + new string('}', depth - 1));
            Assert.Equal(depth <= maxDepth, Agree(arrays, maxDepth));
            Assert.Equal(depth <= maxDepth, Agree(objects, maxDepth));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{} {}")]
    [InlineData("{},")]
    [InlineData("[1,]")]
    [InlineData("{\"a\":1,}")]
    [InlineData("{\"a\" 1}")]
    [InlineData("{\"a\":1 \"b\":2}")]
    [InlineData("[1 2]")]
    [InlineData("{1:2}")]
    [InlineData("[\"a\":1]")]
    [InlineData("{\"a\":1]")]
    [InlineData("[}")]
    [InlineData("-01")]
    [InlineData("1.e5")]
    [InlineData("1e5.5")]
    [InlineData("\"\t\"")]
    [InlineData("\"\\u00\"")]
    [InlineData("nan")]
    [InlineData("[1]  ")]
    [InlineData(" 0 ")]
    [InlineData("\"\\uD83D\\uDE00\"")]
    public void Edge_cases_are_taken_or_refused_as_Utf8JsonReader_takes_or_refuses_them(string json) => _ = Agree(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Indentation_of_every_length_around_the_eight_byte_steps_is_skipped_as_Utf8JsonReader_skips_it()
    {
        // Indentation is skipped eight bytes at a time, then byte by byte near the end of the text: lines of 0 to 25
        // spaces, followed by a value, by other white space, by a byte that is not JSON, or by the end of the text.
        var taken = 0;
        for (var n = 0; n <= 25; n++)
        {
            var spaces = new string(' ', n);
            string[] documents =
            [
                $"[\n{spaces}1,\n{spaces}\"名前\",\n{spaces}{{\n{spaces}\"a\": true\n{spaces}}}\n{spaces}]",
                $"[\n{spaces}\t1\r\n{spaces} ]",
                $"[1]\n{spaces}",
                $"[1]\n{spaces}x",
                $"[\n{spaces}x]",
                $"\n{spaces}",
            ];
            taken += documents.Count(document => Agree(Encoding.UTF8.GetBytes(document)));
        }

        Assert.Equal(26 * 3, taken);
    }

    [Fact]
    public void Dates_read_without_their_converter_read_as_the_converter_reads_them_or_are_left_to_it()
    {
        var candidates = from year in Gen.Elements("0000", "0001", "2024", "2025", "2100", "9999", "12345", "20x6")
                         from month in Gen.Elements("00", "01", "02", "12", "13", "1", "2-")
                         from day in Gen.Elements("00", "01", "28", "29", "30", "31", "32", "1")
                         from separator in Gen.Elements("-", "/", "")
                         select $"{year}-{month}{separator}{day}";
        Properties.ForAll(candidates, text =>
        {
            AgreesWithConverter<DateOnly>(text);
            AgreesWithConverter<DateOnly?>(text);
        }, 2_000);
        Assert.True(AgreesWithConverter<DateOnly>("2024-02-29"));
        Assert.False(AgreesWithConverter<DateOnly>("2025-02-29"));
    }

    [Fact]
    public void Enumerations_read_without_their_converter_read_as_the_converter_reads_them_or_are_left_to_it()
    {
        foreach (var name in new[] { "public-school", "family", "PublicSchool", "public_school", "public-school ", "0", "", "disclosed-on-consent", "withheld" })
        {
            AgreesWithConverter<RecipientKind>(name);
            AgreesWithConverter<ItemOutcome>(name);
            AgreesWithConverter<WithholdReason?>(name);
            AgreesWithConverter<Establishment?>(name);
        }

        foreach (var kind in Enum.GetValues<RecipientKind>())
        {
            var name = JsonSerializer.Deserialize<string>(JsonSerializer.SerializeToUtf8Bytes(kind, PackageJson.ReadingTypeInfo.Options))!;
            Assert.True(AgreesWithConverter<RecipientKind>(name), name);
        }

        Assert.True(AgreesWithConverter<ItemOutcome>("disclosed-on-consent"));
        Assert.False(AgreesWithConverter<ItemOutcome>("Withheld"));
    }

    /// <summary>Reads the string token <paramref name="text"/> both ways: the same value, or left to the converter. Returns whether it was read without it.</summary>
    private static bool AgreesWithConverter<T>(string text)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(text);
        var options = PackageJson.ReadingTypeInfo.Options;
        var converter = (System.Text.Json.Serialization.JsonConverter<T>)options.GetTypeInfo(typeof(T)).Converter;
        var tokenizer = new JsonTokenizer(json, MaxDepth);
        Assert.True(tokenizer.Read());
        if (!FastScalars<T>.TryRead(ref tokenizer, converter, out var fast))
        {
            return false;
        }

        var reader = new Utf8JsonReader(json);
        reader.Read();
        var expected = converter.Read(ref reader, typeof(T), options);
        Assert.Equal(expected, fast);
        return true;
    }
}
