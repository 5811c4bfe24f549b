using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SupportPlan.Interop.Syntax;

/// <summary>
/// Maps byte offsets of a UTF-8 text to 1-based lines and 1-based columns counted in Unicode characters (code
/// points), as an editor shows them. A line ends at <c>\n</c> (so <c>\r\n</c> is one ending, like the JSON reader
/// counts lines); a UTF-8 byte-order mark at the start is not counted as a column.
/// </summary>
/// <remarks>
/// Nothing is computed until the first question: then the newline offsets are found with a vectorized search, and
/// the characters before an offset are counted from checkpoints (one per <see cref="BlockSize"/> bytes, extended only as
/// far as asked), so even a single-line file of many megabytes answers each question in constant time after one scan.
/// Bytes that are not valid UTF-8 count as one character each unless they are continuation bytes.
/// Not thread-safe.
/// </remarks>
internal sealed class LineMap
{
    private const int BlockSize = 4096;

    private readonly ReadOnlyMemory<byte> _text;
    private readonly int _bomLength;
    private int[]? _newlines;

    // _continuations[k] = the number of UTF-8 continuation bytes in [0, k * BlockSize).
    private int[] _continuations = [0];
    private int _checkpoints = 1;

    /// <summary>Creates a map over <paramref name="text"/>, which must not change while the map is used.</summary>
    /// <param name="text">The UTF-8 bytes, the byte-order mark included if there is one.</param>
    public LineMap(ReadOnlyMemory<byte> text)
    {
        _text = text;
        _bomLength = text.Span.StartsWith("\uFEFF"u8) ? 3 : 0;
    }

    /// <summary>The length of the text in bytes.</summary>
    public int Length => _text.Length;

    /// <summary>The number of lines (one more than the number of <c>\n</c>).</summary>
    public int LineCount => Newlines.Length + 1;

    private int[] Newlines => _newlines ??= FindNewlines(_text.Span);

    /// <summary>The line and column of the character at <paramref name="byteOffset"/>.</summary>
    /// <param name="byteOffset">A 0-based byte offset; clamped to 0 … <see cref="Length"/> (the end of the text).</param>
    /// <returns>The 1-based line and the 1-based column in characters.</returns>
    public (long Line, long Column) At(long byteOffset)
    {
        var offset = (int)Math.Clamp(byteOffset, 0, _text.Length);
        var newlines = Newlines;
        var index = Array.BinarySearch(newlines, offset);
        var before = index >= 0 ? index : ~index;             // the newlines before the offset
        var lineStart = before == 0 ? Math.Min(_bomLength, offset) : newlines[before - 1] + 1;
        long characters = offset - lineStart - (ContinuationsBefore(offset) - ContinuationsBefore(lineStart));
        return (before + 1, characters + 1);
    }

    /// <summary>
    /// The byte offset where a line starts, for turning a reader's 0-based line number back into an offset.
    /// </summary>
    /// <param name="zeroBasedLine">The 0-based line; clamped to the lines there are.</param>
    /// <returns>The offset of the line's first byte (0 for the first line, whatever the byte-order mark).</returns>
    public int LineStart(long zeroBasedLine)
    {
        var newlines = Newlines;
        var line = (int)Math.Min(zeroBasedLine, newlines.Length);
        return line <= 0 ? 0 : newlines[line - 1] + 1;
    }

    private int ContinuationsBefore(int offset)
    {
        var block = offset / BlockSize;
        var span = _text.Span;
        if (block >= _checkpoints)
        {
            if (block >= _continuations.Length)
            {
                Array.Resize(ref _continuations, Math.Max(block + 1, _continuations.Length * 2));
            }

            for (; _checkpoints <= block; _checkpoints++)
            {
                var from = (_checkpoints - 1) * BlockSize;
                _continuations[_checkpoints] = _continuations[_checkpoints - 1] + CountContinuations(span.Slice(from, BlockSize));
            }
        }

        var blockStart = block * BlockSize;
        return _continuations[block] + CountContinuations(span[blockStart..offset]);
    }

    /// <summary>Counts the UTF-8 continuation bytes (0x80–0xBF) in <paramref name="bytes"/>.</summary>
    internal static int CountContinuations(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        var i = 0;
        var signed = MemoryMarshal.Cast<byte, sbyte>(bytes);
        if (Vector128.IsHardwareAccelerated)
        {
            // As signed bytes, 0x80–0xBF are -128 … -65: exactly those below -64.
            var limit = Vector128.Create((sbyte)-64);
            ref var start = ref MemoryMarshal.GetReference(signed);
            for (; i <= signed.Length - Vector128<sbyte>.Count; i += Vector128<sbyte>.Count)
            {
                var mask = Vector128.LessThan(Vector128.LoadUnsafe(ref start, (nuint)i), limit);
                count += BitOperations.PopCount(mask.ExtractMostSignificantBits());
            }
        }

        for (; i < signed.Length; i++)
        {
            if (signed[i] < -64)
            {
                count++;
            }
        }

        return count;
    }

    private static int[] FindNewlines(ReadOnlySpan<byte> text)
    {
        var newlines = new int[text.Count((byte)'\n')];
        var offset = 0;
        for (var n = 0; n < newlines.Length; n++)
        {
            var next = text[offset..].IndexOf((byte)'\n');
            newlines[n] = offset + next;
            offset += next + 1;
        }

        return newlines;
    }
}
