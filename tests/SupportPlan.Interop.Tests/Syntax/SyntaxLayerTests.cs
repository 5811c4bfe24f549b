using System.Text;
using SupportPlan.Interop.Syntax;
using SupportPlan.Interop.Validation;
using SupportPlan.Model.Checks;
using static SupportPlan.Interop.Tests.Syntax.SyntaxTesting;

namespace SupportPlan.Interop.Tests.Syntax;

public sealed class SyntaxLayerTests
{
    private const string Nemuro = """
        {
          "schemaVersion": "1.0",
          "student": {"name": "根室 太郎", "reading": "ねむろ たろう"},
          "school": {"name": "根室市立根室小学校", "code": "B101222300017"}
        }
        """;

    // {"学校名": "根室市立根室小学校"} saved as Shift_JIS (python3: s.encode('shift_jis')).
    private static readonly byte[] NemuroShiftJis =
    [
        0x7B, 0x22, 0x8A, 0x77, 0x8D, 0x5A, 0x96, 0xBC, 0x22, 0x3A, 0x20, 0x22, 0x8D, 0xAA, 0x8E, 0xBA, 0x8E, 0x73,
        0x97, 0xA7, 0x8D, 0xAA, 0x8E, 0xBA, 0x8F, 0xAC, 0x8A, 0x77, 0x8D, 0x5A, 0x22, 0x7D,
    ];

    [Fact]
    public void A_realistic_plan_has_no_findings()
    {
        var (outcome, findings) = Run(Nemuro);
        Assert.Empty(findings);
        Assert.True(outcome.WellFormed);
        Assert.Equal(0, outcome.Start);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t ")]
    [InlineData("\uFEFF")]
    [InlineData("\uFEFF  \n")]
    public void SYN_001_empty_input(string text)
    {
        var (outcome, findings) = Run(Encoding.UTF8.GetBytes(text));
        Assert.False(outcome.WellFormed);
        var finding = Single(findings, SyntaxFindings.Empty);
        Assert.Equal("", finding.Pointer);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
    }

    [Fact]
    public void SYN_002_input_over_the_size_limit()
    {
        var input = Encoding.UTF8.GetBytes(Nemuro);
        var (outcome, findings) = Run(input, new SyntaxLimits(input.Length - 1, 64));
        Assert.False(outcome.WellFormed);
        var finding = Assert.Single(findings);
        Assert.Equal(SyntaxFindings.TooLarge.Code, finding.Code);
        Assert.Contains($"limit is {input.Length - 1:N0} bytes", finding.MessageEn, StringComparison.Ordinal);

        Assert.True(Run(input, new SyntaxLimits(input.Length, 64)).Outcome.WellFormed);
    }

    [Fact]
    public void SYN_003_a_byte_order_mark_is_a_warning_and_the_file_is_still_read()
    {
        var input = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Nemuro)).ToArray();
        var (outcome, findings) = Run(input);
        var finding = Assert.Single(findings);
        Assert.Equal(SyntaxFindings.Utf8ByteOrderMark.Code, finding.Code);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.True(outcome.WellFormed);
        Assert.Equal(3, outcome.Start);
    }

    [Fact]
    public void SYN_003_the_mark_does_not_count_as_a_column()
    {
        var input = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"名前":1,"名前":2}""")).ToArray();
        var (outcome, findings) = Run(input);
        Assert.False(outcome.WellFormed);
        var duplicate = Single(findings, SyntaxFindings.DuplicateMember);
        Assert.Equal((1L, 9L), (duplicate.Line!.Value, duplicate.Column!.Value));
    }

    [Fact]
    public void SYN_003_positions_of_reader_errors_after_the_mark_do_not_count_it()
    {
        var input = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"名前\": 1,}")).ToArray();
        var finding = Single(Run(input).Findings, SyntaxFindings.Malformed);
        Assert.Equal((1L, 10L), (finding.Line!.Value, finding.Column!.Value));
    }

    [Fact]
    public void Huge_limits_are_fine()
    {
        var (outcome, findings) = Run(Nemuro, new SyntaxLimits(long.MaxValue, int.MaxValue));
        Assert.True(outcome.WellFormed);
        Assert.Empty(findings);
    }

    public static TheoryData<string, byte[]> Utf16AndUtf32 => new()
    {
        { "UTF-16LE", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Nemuro)).ToArray() },
        { "UTF-16LE", Encoding.Unicode.GetBytes(Nemuro) },
        { "UTF-16BE", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Nemuro)).ToArray() },
        { "UTF-16BE", Encoding.BigEndianUnicode.GetBytes(Nemuro) },
        { "UTF-32LE", Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(Nemuro)).ToArray() },
        { "UTF-32LE", Encoding.UTF32.GetBytes(Nemuro) },
        { "UTF-32BE", new UTF32Encoding(bigEndian: true, byteOrderMark: true).GetPreamble().Concat(new UTF32Encoding(true, false).GetBytes(Nemuro)).ToArray() },
        { "UTF-32BE", new UTF32Encoding(true, false).GetBytes(Nemuro) },
    };

    [Theory]
    [MemberData(nameof(Utf16AndUtf32))]
    public void SYN_004_utf16_and_utf32_files(string encoding, byte[] input)
    {
        var (outcome, findings) = Run(input);
        Assert.False(outcome.WellFormed);
        var finding = Assert.Single(findings);
        Assert.Equal(SyntaxFindings.Utf16OrUtf32.Code, finding.Code);
        Assert.Equal($"The file seems to be saved as {encoding}; save it as UTF-8.", finding.MessageEn);
        Assert.Contains(encoding, finding.MessageJa, StringComparison.Ordinal);
    }

    [Fact]
    public void SYN_005_a_shift_jis_file_is_named_as_such()
    {
        var (outcome, findings) = Run(NemuroShiftJis);
        Assert.False(outcome.WellFormed);
        var finding = Assert.Single(findings);
        Assert.Equal(SyntaxFindings.ShiftJis.Code, finding.Code);
        Assert.Equal("ファイルがShift_JISで保存されているようです。UTF-8で保存し直してください。", finding.MessageJa);
        Assert.Equal("The file seems to be saved as Shift_JIS; save it as UTF-8.", finding.MessageEn);
        Assert.Equal((1L, 3L), (finding.Line!.Value, finding.Column!.Value));       // 学, the first double-byte character
    }

    [Fact]
    public void SYN_006_invalid_utf8_in_the_middle_of_a_value_has_its_line_and_column()
    {
        // "根室" then a stray 0xFF then "市立" in the value on line 2.
        var input = Encoding.UTF8.GetBytes("{\n  \"学校名\": \"根室")
            .Append((byte)0xFF)
            .Concat(Encoding.UTF8.GetBytes("市立\"\n}"))
            .ToArray();
        var (outcome, findings) = Run(input);
        Assert.False(outcome.WellFormed);
        var finding = Assert.Single(findings);
        Assert.Equal(SyntaxFindings.InvalidUtf8.Code, finding.Code);
        Assert.Equal((2L, 13L), (finding.Line!.Value, finding.Column!.Value));
        Assert.Contains("byte offset 24 (byte 0xFF)", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void SYN_006_a_utf8_file_with_one_damaged_byte_is_not_taken_for_shift_jis()
    {
        // UTF-8 Japanese happens to be well-formed Shift_JIS; a stray byte must not turn it into "Shift_JIS".
        var input = Encoding.UTF8.GetBytes("""{"学年": "中学校", "氏名": "根室""")
            .Append((byte)0xB5)
            .Concat(Encoding.UTF8.GetBytes("\"}"))
            .ToArray();
        Assert.True(EncodingSniffer.IsWellFormedShiftJis(input));
        var finding = Assert.Single(Run(input).Findings);
        Assert.Equal(SyntaxFindings.InvalidUtf8.Code, finding.Code);
    }

    [Theory]
    [InlineData("{\"a\": 1,}", 1, 9, "a comma follows the last member or element")]
    [InlineData("{\n  \"a\": [1, 2,]\n}", 2, 14, "a comma follows the last member or element")]
    [InlineData("{\"a\": 1 // 根室\n}", 1, 9, "comments are not allowed")]
    [InlineData("{'学校名': 1}", 1, 2, "strings must be in double quotes (\")")]
    [InlineData("{\"a\": 1}\n{\"b\": 2}", 2, 1, "there is more content after the end of the document")]
    [InlineData("{\"名前\": \"根室\n太郎\"}", 1, 11, "a string holds the control character U+000A; escape line breaks and tabs as \\n and \\t")]
    [InlineData("{\"a\": 1 \"b\": 2}", 1, 9, "the character '\"' (U+0022) is not allowed here")]
    [InlineData("{\"学年\": 一}", 1, 8, "the character '一' (U+4E00) is not allowed here")]
    public void SYN_007_malformed_json_with_a_stable_reason_and_its_position(string json, long line, long column, string reason)
    {
        var (outcome, findings) = Run(json);
        Assert.False(outcome.WellFormed);
        var finding = Single(findings, SyntaxFindings.Malformed);
        Assert.Equal($"The text is not well-formed JSON: {reason}.", finding.MessageEn);
        Assert.Equal((line, column), (finding.Line!.Value, finding.Column!.Value));
        Assert.DoesNotContain("LineNumber", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void SYN_007_the_pointer_is_where_the_reader_stopped()
    {
        var finding = Single(Run("""{"students": [{"name": "根室"}, {"name": tru]}""").Findings, SyntaxFindings.Malformed);
        Assert.Equal("/students/1/name", finding.Pointer);
    }

    [Theory]
    [InlineData("{\n  \"student\": {\"name\": \"根室 太", "/student/name", 2, 28)]
    [InlineData("{\n  \"student\": {\"name\": \"根室 太郎\",\n", "/student", 3, 1)]
    [InlineData("{\"students\": [{\"grade\": 1}, {\"grade\": 2", "/students/1/grade", 1, 40)]
    [InlineData("{\"students\": [1, 2, ", "/students", 1, 21)]
    [InlineData("{\"consent\": tr", "/consent", 1, 15)]
    [InlineData("{\"nam", "", 1, 6)]
    [InlineData("{", "", 1, 2)]
    public void SYN_008_truncated_input_is_told_apart_from_malformed(string json, string endedIn, long line, long column)
    {
        var (outcome, findings) = Run(json);
        Assert.False(outcome.WellFormed);
        var finding = Assert.Single(findings);
        Assert.Equal(SyntaxFindings.Truncated.Code, finding.Code);
        Assert.Equal("", finding.Pointer);
        Assert.Contains($"while reading {(endedIn.Length == 0 ? "/" : endedIn)})", finding.MessageEn, StringComparison.Ordinal);
        Assert.Equal((line, column), (finding.Line!.Value, finding.Column!.Value));
    }

    [Fact]
    public void SYN_009_every_duplicate_at_nested_pointers_with_line_and_column()
    {
        const string Json = "{\n  \"students\": [\n    {\"name\": \"根室 太郎\", \"grade\": 1},\n    {\"name\": \"根室 花子\", \"grade\": 2, \"name\": \"別海 翔\"}\n  ],\n  \"school\": {\"address\": {\"city\": \"根室市\", \"city\": \"別海町\"}}\n}\n";
        var (outcome, findings) = Run(Json);
        Assert.False(outcome.WellFormed);
        Assert.All(findings, f => Assert.Equal(SyntaxFindings.DuplicateMember.Code, f.Code));
        Assert.Collection(
            findings,
            f =>
            {
                Assert.Equal("/students/1/name", f.Pointer);
                Assert.Equal((4L, 35L), (f.Line!.Value, f.Column!.Value));
                Assert.Equal("同じオブジェクトの中に項目「name」が重複しています（最初の出現は4行目）。", f.MessageJa);
            },
            f =>
            {
                Assert.Equal("/school/address/city", f.Pointer);
                Assert.Equal((6L, 41L), (f.Line!.Value, f.Column!.Value));
            });
    }

    [Fact]
    public void SYN_009_names_are_compared_unescaped()
    {
        var findings = Run("""{"学校": 1, "\u5b66\u6821": 2, "a/b": 3, "a\/b": 4, "a~b": {"x": 1, "\u0078": 2}}""").Findings;
        Assert.Equal(["/学校", "/a~1b", "/a~0b/x"], findings.Select(f => f.Pointer));
        Assert.Equal("The member \"学校\" appears more than once in the same object (first at line 1).", findings[0].MessageEn);
    }

    [Fact]
    public void SYN_009_large_objects_switch_to_a_hash_table_and_still_find_every_duplicate()
    {
        var members = Enumerable.Range(0, 40).Select(i => $"\"m{i}\": {i}").ToList();
        members.Add("\"m3\": 0");
        members.Add("\"m\\u0033\": 0");                       // m3 again, escaped
        members.Add("\"m39\": 0");
        members.Add("\"nested\": {\"m3\": 1}");                // another object: not a duplicate
        var findings = Run("{" + string.Join(",\n", members) + "}").Findings;
        Assert.Equal(["/m3", "/m3", "/m39"], findings.Select(f => f.Pointer));
        Assert.Equal([41L, 42L, 43L], findings.Select(f => f.Line!.Value));
    }

    [Fact]
    public void SYN_009_same_names_in_sibling_objects_are_not_duplicates()
    {
        var json = "{\"list\": [" + string.Join(", ", Enumerable.Range(0, 50).Select(i => $"{{\"id\": {i}, \"name\": \"n{i}\"}}")) + "]}";
        Assert.Empty(Run(json).Findings);
    }

    [Fact]
    public void SYN_009_reports_until_the_sink_is_full()
    {
        var json = "{" + string.Join(", ", Enumerable.Range(0, 20).Select(_ => "\"a\": 1")) + "}";
        var sink = new FindingSink(5);
        var outcome = SyntaxLayer.Check(Encoding.UTF8.GetBytes(json), SyntaxLimits.Default, sink);
        Assert.False(outcome.WellFormed);
        Assert.Equal(5, sink.Findings.Count);
        Assert.True(sink.HasErrors);
    }

    [Fact]
    public void SYN_010_depth_64_is_accepted_and_65_is_not()
    {
        static string Nested(int arrays) => "{\"a\":" + new string('[', arrays) + new string(']', arrays) + "}";

        var (ok, none) = Run(Nested(63));
        Assert.True(ok.WellFormed);
        Assert.Empty(none);

        var (outcome, findings) = Run(Nested(64));
        Assert.False(outcome.WellFormed);
        var finding = Assert.Single(findings);
        Assert.Equal(SyntaxFindings.TooDeep.Code, finding.Code);
        Assert.Equal("/a" + string.Concat(Enumerable.Repeat("/0", 63)), finding.Pointer);
        Assert.Equal((1L, 69L), (finding.Line!.Value, finding.Column!.Value));
        Assert.Contains("64", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void SYN_010_the_limit_is_configurable()
    {
        var json = """{"a": {"b": {"c": [1]}}}""";
        Assert.True(Run(json, new SyntaxLimits(1024, 4)).Outcome.WellFormed);
        var finding = Assert.Single(Run(json, new SyntaxLimits(1024, 3)).Findings);
        Assert.Equal(("/a/b/c", 1L, 19L), (finding.Pointer, finding.Line!.Value, finding.Column!.Value));
    }

    [Theory]
    [InlineData("""{"name": "根室\ud800"}""", "/name", 13, "\\ud800")]
    [InlineData("""{"name": "\ud800\u0041"}""", "/name", 11, "\\ud800")]
    [InlineData("""{"name": "ab\udc00"}""", "/name", 13, "\\udc00")]
    [InlineData("""{"list": ["ok", "\uDBFF"]}""", "/list/1", 18, "\\uDBFF")]
    [InlineData("""{"\ud800": 1}""", "/\\ud800", 3, "\\ud800")]
    [InlineData("""{"a": {"x\udfff": [1]}}""", "/a/x\\udfff", 10, "\\udfff")]
    public void SYN_011_lone_surrogate_escapes(string json, string pointer, long column, string escape)
    {
        var (outcome, findings) = Run(json);
        Assert.False(outcome.WellFormed);
        var finding = Assert.Single(findings);
        Assert.Equal(SyntaxFindings.LoneSurrogate.Code, finding.Code);
        Assert.Equal(pointer, finding.Pointer);
        Assert.Equal(column, finding.Column);
        Assert.Contains(escape, finding.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"emoji": "\ud83d\ude00", "kanji": "\uD842\uDFB7野家"}""")]
    [InlineData("""{"path": "C:\\ud800"}""")]
    [InlineData("""{"quote": "\"\\\/\b\f\n\r\t\u0000\u3042"}""")]
    public void SYN_011_pairs_and_other_escapes_are_fine(string json) => Assert.Empty(Run(json).Findings);

    [Theory]
    [InlineData("[{\"name\": \"根室\"}]", "an array")]
    [InlineData("\"根室\"", "a string")]
    [InlineData("  42", "a number")]
    [InlineData("true", "a boolean (true/false)")]
    [InlineData("null", "null")]
    public void SYN_012_a_top_level_value_that_is_not_an_object(string json, string kind)
    {
        var (outcome, findings) = Run(json);
        Assert.False(outcome.WellFormed);
        var finding = Assert.Single(findings);
        Assert.Equal(SyntaxFindings.TopLevelNotObject.Code, finding.Code);
        Assert.Equal("", finding.Pointer);
        Assert.Equal($"The top-level value is {kind}, not an object ({{ … }}).", finding.MessageEn);
        Assert.Equal(json.Length - json.TrimStart().Length + 1, finding.Column);
    }

    [Fact]
    public void A_top_level_array_still_gets_its_other_findings()
    {
        var findings = Run("""[{"a": 1, "a": 2}]""").Findings;
        Assert.Equal([SyntaxFindings.TopLevelNotObject.Code, SyntaxFindings.DuplicateMember.Code], findings.Select(f => f.Code));
        Assert.Equal("/0/a", findings[1].Pointer);
    }

    [Fact]
    public void Crlf_line_endings_count_as_one()
    {
        var finding = Assert.Single(Run("{\r\n  \"a\": 1,\r\n  \"a\": 2\r\n}").Findings);
        Assert.Equal((3L, 3L), (finding.Line!.Value, finding.Column!.Value));
    }

    [Fact]
    public void The_span_overload_copies_and_agrees()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"名前\": 1, \"名前\": 2}");
        var sink = new FindingSink(10);
        var outcome = SyntaxLayer.Check(new ReadOnlySpan<byte>(bytes), SyntaxLimits.Default, sink);
        Array.Clear(bytes);
        Assert.False(outcome.WellFormed);
        Assert.Equal((1L, 9L), outcome.Lines.At(12));
        Assert.Equal(11, Assert.Single(sink.Findings).Column);
    }

    [Fact]
    public void Invalid_limits_are_argument_errors()
    {
        var sink = new FindingSink(10);
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntaxLayer.Check("{}"u8.ToArray(), new SyntaxLimits(10, 0), sink));
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntaxLayer.Check("{}"u8.ToArray(), new SyntaxLimits(-1, 10), sink));
    }
}
