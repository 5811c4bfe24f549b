using System.Text;
using SupportPlan.Interop.Syntax;

namespace SupportPlan.Interop.Tests.Syntax;

public sealed class EncodingSnifferTests
{
    [Fact]
    public void Utf8_with_and_without_a_mark()
    {
        Assert.Equal(new SniffResult(DetectedEncoding.Utf8, 0, -1), EncodingSniffer.Sniff("{\"名前\": \"根室\"}"u8));
        Assert.Equal(new SniffResult(DetectedEncoding.Utf8WithBom, 3, -1), EncodingSniffer.Sniff("\uFEFF{}"u8));
        Assert.Equal(DetectedEncoding.Empty, EncodingSniffer.Sniff([]).Encoding);
        Assert.Equal(DetectedEncoding.Empty, EncodingSniffer.Sniff("\uFEFF"u8).Encoding);
    }

    [Fact]
    public void The_first_invalid_byte_is_found_far_into_a_large_file()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("根室市立根室小学校", 2000))).ToList();
        var at = bytes.Count - 3;                                 // before the last 校
        bytes.Insert(at, 0xC3);                                   // a lead byte followed by a lead byte
        var result = EncodingSniffer.Sniff(bytes.ToArray());
        Assert.Equal(DetectedEncoding.InvalidUtf8, result.Encoding);
        Assert.Equal(at, result.InvalidOffset);
    }

    [Fact]
    public void A_sequence_cut_at_the_end_is_invalid_at_its_start()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"a\": \"根")[..^1];
        Assert.Equal(bytes.Length - 2, EncodingSniffer.FirstInvalidUtf8(bytes));
    }

    [Fact]
    public void Invalid_utf8_after_a_mark_counts_the_mark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat("{\"a\":\""u8.ToArray()).Append((byte)0xFF).ToArray();
        Assert.Equal(new SniffResult(DetectedEncoding.InvalidUtf8, 3, 9), EncodingSniffer.Sniff(bytes));
    }

    [Theory]
    [InlineData(new byte[] { 0x8D, 0xAA, 0x8E, 0xBA }, true)]                       // 根室
    [InlineData(new byte[] { 0x7B, 0xB1, 0xB2, 0x95, 0x53, 0x7D }, true)]           // {ｱｲ百} with half-width katakana
    [InlineData(new byte[] { 0xB1, 0xB2, 0xB3 }, false)]                            // half-width only: no double-byte character
    [InlineData(new byte[] { 0x8D, 0x20 }, false)]                                  // a lead byte without a trail byte
    [InlineData(new byte[] { 0x8D }, false)]                                        // cut after the lead byte
    [InlineData(new byte[] { 0x41, 0x80, 0x41 }, false)]                            // 0x80 is neither
    [InlineData(new byte[] { 0xFD, 0x40 }, false)]
    [InlineData(new byte[] { 0xFC, 0xFC }, true)]                                   // CP932 extension area
    public void Shift_jis_is_recognised_by_hand(byte[] bytes, bool expected) =>
        Assert.Equal(expected, EncodingSniffer.IsWellFormedShiftJis(bytes));

    [Fact]
    public void Shift_jis_text_is_not_invalid_utf8()
    {
        // 「児童生徒理解・支援シート」 in Shift_JIS, inside a JSON string.
        byte[] sjis =
        [
            0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0x8E, 0x99, 0x93, 0xB6, 0x90, 0xB6, 0x93, 0x6B, 0x97, 0x9D, 0x89, 0xF0,
            0x81, 0x45, 0x8E, 0x78, 0x89, 0x87, 0x83, 0x56, 0x81, 0x5B, 0x83, 0x67, 0x22, 0x7D,
        ];
        Assert.Equal(DetectedEncoding.ShiftJis, EncodingSniffer.Sniff(sjis).Encoding);
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x00, 0x7D, 0x00 }, nameof(DetectedEncoding.Utf16LittleEndian), 0)]
    [InlineData(new byte[] { 0x00, 0x7B, 0x00, 0x7D }, nameof(DetectedEncoding.Utf16BigEndian), 0)]
    [InlineData(new byte[] { 0x7B, 0x00, 0x00, 0x00 }, nameof(DetectedEncoding.Utf32LittleEndian), 0)]
    [InlineData(new byte[] { 0x00, 0x00, 0x00, 0x7B }, nameof(DetectedEncoding.Utf32BigEndian), 0)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x7B, 0x00 }, nameof(DetectedEncoding.Utf16LittleEndian), 2)]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x7B }, nameof(DetectedEncoding.Utf16BigEndian), 2)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x7B, 0x00, 0x00, 0x00 }, nameof(DetectedEncoding.Utf32LittleEndian), 4)]
    [InlineData(new byte[] { 0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x7B }, nameof(DetectedEncoding.Utf32BigEndian), 4)]
    public void Utf16_and_utf32_by_mark_or_nul_pattern(byte[] bytes, string encoding, int bom)
    {
        var result = EncodingSniffer.Sniff(bytes);
        Assert.Equal((Enum.Parse<DetectedEncoding>(encoding), bom), (result.Encoding, result.BomLength));
    }

    [Fact]
    public void Utf16_japanese_without_a_mark_is_found()
    {
        var bytes = Encoding.Unicode.GetBytes("{\"学校名\": \"根室市立根室小学校\"}");
        Assert.Equal(DetectedEncoding.Utf16LittleEndian, EncodingSniffer.Sniff(bytes).Encoding);
    }
}
