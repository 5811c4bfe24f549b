using System.Text;
using FsCheck.Fluent;
using SupportPlan.Interop.Syntax;
using SupportPlan.Testing;

namespace SupportPlan.Interop.Tests.Syntax;

public sealed class LineMapTests
{
    private static LineMap Map(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        var map = Map("{\"名前\": \"根室 太郎\"}");
        Assert.Equal((1L, 1L), map.At(0));
        Assert.Equal((1L, 3L), map.At(2));                       // 名
        Assert.Equal((1L, 4L), map.At(5));                       // 前
        Assert.Equal((1L, 5L), map.At(6));                       // inside 前: counted as passed
        Assert.Equal((1L, 5L), map.At(8));                       // the closing quote
    }

    [Fact]
    public void Four_byte_characters_are_one_column()
    {
        var map = Map("𠮷野家😀x");
        Assert.Equal((1L, 4L), map.At(10));
        Assert.Equal((1L, 5L), map.At(14));
        Assert.Equal((1L, 6L), map.At(15));                      // the end
    }

    [Fact]
    public void Lines_end_at_newlines_and_crlf_is_one_ending()
    {
        var map = Map("a\r\nい\nう\r\n\nえ");
        Assert.Equal(5, map.LineCount);
        Assert.Equal((1L, 2L), map.At(1));                       // \r belongs to line 1
        Assert.Equal((1L, 3L), map.At(2));                       // so does \n
        Assert.Equal((2L, 1L), map.At(3));
        Assert.Equal((3L, 1L), map.At(7));
        Assert.Equal((4L, 1L), map.At(12));
        Assert.Equal((5L, 1L), map.At(13));
        Assert.Equal((5L, 2L), map.At(16));
        Assert.Equal(0, map.LineStart(0));
        Assert.Equal(3, map.LineStart(1));
        Assert.Equal(13, map.LineStart(4));
        Assert.Equal(13, map.LineStart(99));
    }

    [Fact]
    public void Offsets_are_clamped_and_empty_text_is_line_one()
    {
        var empty = new LineMap(ReadOnlyMemory<byte>.Empty);
        Assert.Equal((1L, 1L), empty.At(0));
        Assert.Equal((1L, 1L), empty.At(-5));
        Assert.Equal(0, empty.LineStart(3));
        Assert.Equal((1L, 3L), Map("ab").At(100));
    }

    [Fact]
    public void A_byte_order_mark_is_not_a_column()
    {
        var map = new LineMap(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{}\n{}")).ToArray());
        Assert.Equal((1L, 1L), map.At(0));
        Assert.Equal((1L, 1L), map.At(3));
        Assert.Equal((1L, 2L), map.At(4));
        Assert.Equal((2L, 2L), map.At(7));
    }

    [Fact]
    public void Long_single_lines_cross_checkpoints()
    {
        var text = string.Concat(Enumerable.Repeat("根室a😀", 5000));   // 11 bytes, 4 characters per repetition
        var map = Map(text);
        Assert.Equal((1L, 4L * 4999 + 1), map.At(11 * 4999));
        Assert.Equal((1L, 4L * 1000 + 2), map.At(11 * 1000 + 3));
        Assert.Equal((1L, 4L * 5000 + 1), map.At(11 * 5000));
        Assert.Equal((1L, 4L * 10 + 1), map.At(11 * 10));        // backwards after forwards
    }

    [Fact]
    public void Counting_continuation_bytes_agrees_with_a_plain_loop()
    {
        var gen = Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b));
        Properties.ForAll(gen, bytes => LineMap.CountContinuations(bytes) == bytes.Count(b => b is >= 0x80 and <= 0xBF));
    }

    [Fact]
    public void Agrees_with_a_naive_count_on_random_text()
    {
        var gen = Gen.ArrayOf(Gen.Elements("a", "\n", "\r\n", "根", "ｱ", "😀", "é", " ")).Select(string.Concat);
        Properties.ForAll(gen, text =>
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var map = new LineMap(bytes);
            var offset = 0;
            long line = 1, column = 1;
            foreach (var rune in text.EnumerateRunes())
            {
                Assert.Equal((line, column), map.At(offset));
                offset += rune.Utf8SequenceLength;
                (line, column) = rune.Value == '\n' ? (line + 1, 1L) : (line, column + 1);
            }

            Assert.Equal((line, column), map.At(offset));
        });
    }
}
