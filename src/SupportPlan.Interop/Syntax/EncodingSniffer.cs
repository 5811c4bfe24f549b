using System.Buffers;
using System.Text.Unicode;

namespace SupportPlan.Interop.Syntax;

/// <summary>The encoding the <see cref="EncodingSniffer"/> decided on.</summary>
internal enum DetectedEncoding
{
    /// <summary>No bytes at all (or only a UTF-8 byte-order mark).</summary>
    Empty,

    /// <summary>Valid UTF-8 without a byte-order mark: the only form RFC 8259 allows.</summary>
    Utf8,

    /// <summary>Valid UTF-8 after a UTF-8 byte-order mark.</summary>
    Utf8WithBom,

    /// <summary>UTF-16, little-endian.</summary>
    Utf16LittleEndian,

    /// <summary>UTF-16, big-endian.</summary>
    Utf16BigEndian,

    /// <summary>UTF-32, little-endian.</summary>
    Utf32LittleEndian,

    /// <summary>UTF-32, big-endian.</summary>
    Utf32BigEndian,

    /// <summary>Not UTF-8, but well-formed Shift_JIS (CP932) with at least one double-byte character.</summary>
    ShiftJis,

    /// <summary>Not valid UTF-8 at <see cref="SniffResult.InvalidOffset"/>, and not recognisably anything else.</summary>
    InvalidUtf8,
}

/// <summary>What <see cref="EncodingSniffer.Sniff"/> found.</summary>
/// <param name="Encoding">The encoding.</param>
/// <param name="BomLength">The length of the byte-order mark (0 when there is none).</param>
/// <param name="InvalidOffset">For <see cref="DetectedEncoding.InvalidUtf8"/> and <see cref="DetectedEncoding.ShiftJis"/>: the offset of the first byte that is not valid UTF-8; -1 otherwise.</param>
internal readonly record struct SniffResult(DetectedEncoding Encoding, int BomLength, int InvalidOffset)
{
    /// <summary>Whether the text is UTF-8 the JSON reader can take (with or without a byte-order mark).</summary>
    public bool IsUtf8 => Encoding is DetectedEncoding.Utf8 or DetectedEncoding.Utf8WithBom;
}

/// <summary>
/// Decides the encoding of a file from its bytes: byte-order marks first (UTF-32 before UTF-16, since the UTF-32LE
/// mark starts with the UTF-16LE one), then the NUL-byte patterns of RFC 4627 §3 for UTF-16 and UTF-32 text without a
/// mark, then UTF-8 validity (vectorized). Text that is not UTF-8 is told apart as Shift_JIS when it is well-formed
/// Shift_JIS with at least one double-byte character and the part before the first invalid UTF-8 byte holds at most
/// <see cref="MaxUtf8CharactersBeforeShiftJis"/> non-ASCII characters (UTF-8 Japanese text happens to be well-formed
/// Shift_JIS too, so a UTF-8 file with one damaged byte after real Japanese text stays "invalid UTF-8").
/// </summary>
internal static class EncodingSniffer
{
    /// <summary>
    /// The most non-ASCII UTF-8 characters that may precede the first invalid byte for the text still to be taken for
    /// Shift_JIS (a few Shift_JIS pairs can happen to form valid UTF-8).
    /// </summary>
    internal const int MaxUtf8CharactersBeforeShiftJis = 2;

    /// <summary>Decides the encoding of <paramref name="input"/>.</summary>
    /// <param name="input">The bytes of the file.</param>
    /// <returns>The encoding, the byte-order mark's length and, for invalid UTF-8, where.</returns>
    public static SniffResult Sniff(ReadOnlySpan<byte> input)
    {
        if (input.IsEmpty)
        {
            return new(DetectedEncoding.Empty, 0, -1);
        }

        if (input is [0xEF, 0xBB, 0xBF, ..])
        {
            var rest = input[3..];
            if (rest.IsEmpty)
            {
                return new(DetectedEncoding.Empty, 3, -1);
            }

            return Utf8.IsValid(rest) ? new(DetectedEncoding.Utf8WithBom, 3, -1) : NotUtf8(input, 3);
        }

        switch (input)
        {
            case [0xFF, 0xFE, 0x00, 0x00, ..]:
                return new(DetectedEncoding.Utf32LittleEndian, 4, -1);
            case [0x00, 0x00, 0xFE, 0xFF, ..]:
                return new(DetectedEncoding.Utf32BigEndian, 4, -1);
            case [0xFF, 0xFE, ..]:
                return new(DetectedEncoding.Utf16LittleEndian, 2, -1);
            case [0xFE, 0xFF, ..]:
                return new(DetectedEncoding.Utf16BigEndian, 2, -1);

            // RFC 4627 §3: JSON text starts with an ASCII character, so the pattern of NULs in the first four octets
            // gives the encoding away.
            case [0x00, 0x00, 0x00, not 0x00, ..]:
                return new(DetectedEncoding.Utf32BigEndian, 0, -1);
            case [not 0x00, 0x00, 0x00, 0x00, ..]:
                return new(DetectedEncoding.Utf32LittleEndian, 0, -1);
            case [0x00, not 0x00, ..]:
                return new(DetectedEncoding.Utf16BigEndian, 0, -1);
            case [not 0x00, 0x00, ..]:
                return new(DetectedEncoding.Utf16LittleEndian, 0, -1);
            default:
                return Utf8.IsValid(input) ? new(DetectedEncoding.Utf8, 0, -1) : NotUtf8(input, 0);
        }
    }

    /// <summary>The offset of the first byte of <paramref name="input"/> that is not valid UTF-8, or -1.</summary>
    /// <param name="input">The bytes.</param>
    /// <returns>The 0-based offset, or -1 when all of it is valid.</returns>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> input)
    {
        if (Utf8.IsValid(input))
        {
            return -1;
        }

        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var offset = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(input[offset..], buffer, out var read, out _, replaceInvalidSequences: false);
                offset += read;
                if (status != OperationStatus.DestinationTooSmall)
                {
                    // Done or InvalidData (NeedMoreData cannot happen on a final block).
                    return status == OperationStatus.Done ? -1 : offset;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Whether <paramref name="input"/> is well-formed Shift_JIS (CP932) with at least one double-byte character:
    /// ASCII and half-width katakana (0xA1–0xDF) as single bytes, lead bytes 0x81–0x9F and 0xE0–0xFC each followed by a
    /// trail byte 0x40–0x7E or 0x80–0xFC.
    /// </summary>
    /// <param name="input">The bytes.</param>
    /// <returns><see langword="true"/> when the bytes read as Shift_JIS.</returns>
    public static bool IsWellFormedShiftJis(ReadOnlySpan<byte> input)
    {
        var doubles = 0;
        var i = 0;
        while (i < input.Length)
        {
            // Skip ASCII runs quickly.
            var next = input[i..].IndexOfAnyExceptInRange((byte)0x00, (byte)0x7F);
            if (next < 0)
            {
                break;
            }

            i += next;
            var b = input[i];
            if (b is >= 0xA1 and <= 0xDF)
            {
                i++;
            }
            else if (b is (>= 0x81 and <= 0x9F) or (>= 0xE0 and <= 0xFC))
            {
                if (i + 1 >= input.Length || input[i + 1] is not ((>= 0x40 and <= 0x7E) or (>= 0x80 and <= 0xFC)))
                {
                    return false;
                }

                doubles++;
                i += 2;
            }
            else
            {
                return false;                                   // 0x80, 0xA0, 0xFD–0xFF
            }
        }

        return doubles > 0;
    }

    private static SniffResult NotUtf8(ReadOnlySpan<byte> input, int bomLength)
    {
        var invalid = bomLength + FirstInvalidUtf8(input[bomLength..]);
        var shiftJis = bomLength == 0
            && NonAsciiCharacters(input[..invalid], MaxUtf8CharactersBeforeShiftJis + 1) <= MaxUtf8CharactersBeforeShiftJis
            && IsWellFormedShiftJis(input);
        return new(shiftJis ? DetectedEncoding.ShiftJis : DetectedEncoding.InvalidUtf8, bomLength, invalid);
    }

    // Counts the UTF-8 lead bytes (non-ASCII characters) of valid UTF-8, stopping at `atMost`.
    private static int NonAsciiCharacters(ReadOnlySpan<byte> validUtf8, int atMost)
    {
        var count = 0;
        while (count < atMost)
        {
            var next = validUtf8.IndexOfAnyInRange((byte)0xC0, (byte)0xFF);
            if (next < 0)
            {
                break;
            }

            count++;
            validUtf8 = validUtf8[(next + 1)..];
        }

        return count;
    }
}
