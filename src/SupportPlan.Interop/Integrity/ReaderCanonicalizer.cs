using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace SupportPlan.Interop.Integrity;

/// <summary>
/// The RFC 8785 canonical form written straight from a <see cref="Utf8JsonReader"/> pass over the bytes, without a
/// <see cref="JsonDocument"/>: the validator's fast path for the digest. Output goes to one pooled buffer; each object's
/// members are written in the order they come, remembered as byte ranges, and moved into sorted order when the object
/// ends (only if they were not sorted already). Produces exactly what <see cref="JsonCanonicalizer"/> produces, and
/// refuses what it refuses: duplicate member names, invalid UTF-8, lone surrogates, numbers that are not finite
/// doubles, and nesting beyond the depth limit (a test holds the two to each other).
/// </summary>
internal sealed class ReaderCanonicalizer : IDisposable
{
    private byte[] _output = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int _length;
    private byte[] _names = ArrayPool<byte>.Shared.Rent(1024);
    private int _namesLength;
    private Member[] _members = ArrayPool<Member>.Shared.Rent(64);
    private int _memberCount;
    private byte[] _scratch = [];

    private readonly Comparison<Member> _sortOrder;

    private ReaderCanonicalizer()
    {
        // One delegate for every sort (the names buffer may be replaced as it grows, so it is read at each call).
        _sortOrder = (x, y) => new MemberOrder(_names).Compare(x, y);
    }

    /// <summary>The SHA-256 of the canonical form of <paramref name="utf8Json"/>, as lowercase hex.</summary>
    /// <param name="utf8Json">One JSON value (no byte-order mark).</param>
    /// <param name="skipRootMember">The root object's member to leave out (the package's <c>digest</c>), or empty.</param>
    /// <param name="maxDepth">The most containers that may be nested.</param>
    /// <param name="hexLowercase">The digest; empty when the method returns false.</param>
    /// <returns>Whether the text is well-formed and has a canonical form.</returns>
    public static bool TrySha256(ReadOnlySpan<byte> utf8Json, ReadOnlySpan<byte> skipRootMember, int maxDepth, out string hexLowercase)
    {
        using var canonicalizer = new ReaderCanonicalizer();
        if (!canonicalizer.TryRun(utf8Json, skipRootMember, maxDepth))
        {
            hexLowercase = string.Empty;
            return false;
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        _ = SHA256.HashData(canonicalizer._output.AsSpan(0, canonicalizer._length), digest);
        hexLowercase = Convert.ToHexStringLower(digest);
        return true;
    }

    /// <summary>The canonical form of <paramref name="utf8Json"/>, or null when it has none (for tests).</summary>
    /// <param name="utf8Json">One JSON value.</param>
    /// <param name="skipRootMember">The root object's member to leave out, or empty.</param>
    /// <param name="maxDepth">The most containers that may be nested.</param>
    /// <returns>The bytes, or null.</returns>
    public static byte[]? TryCanonicalize(ReadOnlySpan<byte> utf8Json, ReadOnlySpan<byte> skipRootMember, int maxDepth)
    {
        using var canonicalizer = new ReaderCanonicalizer();
        return canonicalizer.TryRun(utf8Json, skipRootMember, maxDepth) ? canonicalizer._output.AsSpan(0, canonicalizer._length).ToArray() : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_output);
        ArrayPool<byte>.Shared.Return(_names);
        ArrayPool<Member>.Shared.Return(_members);
        if (_scratch.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_scratch);
        }

        _output = _names = _scratch = [];
        _members = [];
    }

    private bool TryRun(ReadOnlySpan<byte> utf8Json, ReadOnlySpan<byte> skipRootMember, int maxDepth)
    {
        if (!Utf8.IsValid(utf8Json))
        {
            return false;
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            return reader.Read() && TryValue(ref reader, skipRootMember, maxDepth, 0) && !reader.Read();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    private bool TryValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> skipMember, int maxDepth, int depth)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return depth < maxDepth && TryObject(ref reader, skipMember, maxDepth, depth + 1);
            case JsonTokenType.StartArray:
                return depth < maxDepth && TryArray(ref reader, maxDepth, depth + 1);
            case JsonTokenType.String:
                return TryString(ref reader);
            case JsonTokenType.Number:
                return TryNumber(ref reader);
            case JsonTokenType.True:
                Write("true"u8);
                return true;
            case JsonTokenType.False:
                Write("false"u8);
                return true;
            case JsonTokenType.Null:
                Write("null"u8);
                return true;
            default:
                return false;
        }
    }

    private bool TryArray(ref Utf8JsonReader reader, int maxDepth, int depth)
    {
        Write((byte)'[');
        var first = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!first)
            {
                Write((byte)',');
            }

            first = false;
            if (!TryValue(ref reader, default, maxDepth, depth))
            {
                return false;
            }
        }

        Write((byte)']');
        return true;
    }

    private bool TryObject(ref Utf8JsonReader reader, ReadOnlySpan<byte> skipMember, int maxDepth, int depth)
    {
        var memberBase = _memberCount;
        var namesBase = _namesLength;
        Write((byte)'{');
        var contentStart = _length;
        var skipping = !skipMember.IsEmpty;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // The unescaped name, kept for sorting; the canonical (re-escaped) name goes to the output.
            var nameStart = _namesLength;
            var nameLength = reader.ValueIsEscaped ? reader.CopyString(NamesSpan(reader.ValueSpan.Length)) : CopyName(reader.ValueSpan);
            _namesLength += nameLength;
            var name = _names.AsSpan(nameStart, nameLength);
            if (reader.ValueIsEscaped && !Utf8.IsValid(name))
            {
                return false;
            }

            var ascii = Ascii.IsValid(name);
            if (skipping && name.SequenceEqual(skipMember))
            {
                // Left out of the form (no bytes, no comma), so only read, as the document-based canonicalizer only
                // parses it; its name still counts for duplicates.
                skipping = false;
                if (!reader.Read() || !reader.TrySkip())
                {
                    return false;
                }

                Push(new Member(nameStart, nameLength, ascii, -1, -1));
                continue;
            }

            if (_length > contentStart)
            {
                Write((byte)',');
            }

            var start = _length;
            WriteString(name);
            Write((byte)':');

            // The value may grow the names buffer, so the name is not used after this point.
            if (!reader.Read() || !TryValue(ref reader, default, maxDepth, depth))
            {
                return false;
            }

            Push(new Member(nameStart, nameLength, ascii, start, _length));
        }

        if (reader.TokenType != JsonTokenType.EndObject || !Arrange(memberBase, contentStart))
        {
            return false;
        }

        Write((byte)'}');
        _memberCount = memberBase;
        _namesLength = namesBase;
        return true;
    }

    /// <summary>
    /// Puts the members of the object that starts at <paramref name="contentStart"/> in canonical order (a member left
    /// out has no bytes and a negative start), and refuses duplicate names.
    /// </summary>
    private bool Arrange(int memberBase, int contentStart)
    {
        var members = _members.AsSpan(memberBase, _memberCount - memberBase);
        var order = new MemberOrder(_names);
        var sorted = true;
        for (var i = 1; i < members.Length && sorted; i++)
        {
            sorted = order.Compare(members[i - 1], members[i]) < 0;
        }

        if (sorted)
        {
            return true;
        }

        members.Sort(_sortOrder);
        for (var i = 1; i < members.Length; i++)
        {
            if (order.Compare(members[i - 1], members[i]) == 0)
            {
                return false;
            }
        }

        // Move the members' bytes into order (leaving out the skipped one) through a scratch copy.
        var content = _length - contentStart;
        if (_scratch.Length < content)
        {
            if (_scratch.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_scratch);
            }

            _scratch = ArrayPool<byte>.Shared.Rent(content);
        }

        _output.AsSpan(contentStart, content).CopyTo(_scratch);
        _length = contentStart;
        var first = true;
        foreach (var member in members)
        {
            if (member.Start < 0)
            {
                continue;
            }

            if (!first)
            {
                Write((byte)',');
            }

            first = false;
            Write(_scratch.AsSpan(member.Start - contentStart, member.End - member.Start));
        }

        return true;
    }

    private bool TryString(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            // Unescaped JSON text holds no quote, backslash or control character, so it is its own canonical form.
            Write((byte)'"');
            Write(reader.ValueSpan);
            Write((byte)'"');
            return true;
        }

        var start = _namesLength;
        var length = reader.CopyString(NamesSpan(reader.ValueSpan.Length));
        if (!Utf8.IsValid(_names.AsSpan(start, length)))
        {
            return false;
        }

        WriteString(_names.AsSpan(start, length));
        return true;
    }

    private bool TryNumber(ref Utf8JsonReader reader)
    {
        var span = Reserve(JsonCanonicalizer.SmallWrite);
        int written;
        if (reader.TryGetInt64(out var integer) && integer is >= -JsonCanonicalizer.MaxExactInteger and <= JsonCanonicalizer.MaxExactInteger)
        {
            _ = integer.TryFormat(span, out written, default, CultureInfo.InvariantCulture);
        }
        else if (reader.TryGetDouble(out var value) && double.IsFinite(value))
        {
            written = JsonCanonicalizer.FormatDouble(value, span);
        }
        else
        {
            return false;
        }

        _length += written;
        return true;
    }

    /// <summary>Writes UTF-8 text as a JSON string with the escaping of RFC 8785 §3.2.2.2.</summary>
    private void WriteString(ReadOnlySpan<byte> value)
    {
        Write((byte)'"');
        while (!value.IsEmpty)
        {
            var stop = value.IndexOfAny(JsonCanonicalizer.Utf8NeedsWork);
            Write(stop < 0 ? value : value[..stop]);
            if (stop < 0)
            {
                break;
            }

            var escape = Reserve(6);
            _length += JsonCanonicalizer.WriteEscape((char)value[stop], escape);
            value = value[(stop + 1)..];
        }

        Write((byte)'"');
    }

    private int CopyName(ReadOnlySpan<byte> name)
    {
        name.CopyTo(NamesSpan(name.Length));
        return name.Length;
    }

    /// <summary>Room for <paramref name="length"/> more bytes at the end of the names buffer (unescaping only shrinks).</summary>
    private Span<byte> NamesSpan(int length)
    {
        Ensure(ref _names, _namesLength, length);
        return _names.AsSpan(_namesLength, length);
    }

    private void Push(Member member)
    {
        Ensure(ref _members, _memberCount, 1);
        _members[_memberCount++] = member;
    }

    private Span<byte> Reserve(int count)
    {
        Ensure(ref _output, _length, count);
        return _output.AsSpan(_length);
    }

    /// <summary>Makes room for <paramref name="more"/> items after the first <paramref name="used"/> of a pooled array.</summary>
    private static void Ensure<T>(ref T[] array, int used, int more)
    {
        if (array.Length - used >= more)
        {
            return;
        }

        var larger = ArrayPool<T>.Shared.Rent(Math.Max(array.Length * 2, used + more));
        array.AsSpan(0, used).CopyTo(larger);
        ArrayPool<T>.Shared.Return(array);
        array = larger;
    }

    private void Write(byte value)
    {
        Reserve(1)[0] = value;
        _length++;
    }

    private void Write(ReadOnlySpan<byte> value)
    {
        value.CopyTo(Reserve(value.Length));
        _length += value.Length;
    }

    /// <summary>
    /// An object member: its unescaped name in the names buffer (and whether that name is ASCII, so that it compares as
    /// bytes) and its canonical bytes in the output (a start of -1 for the member left out).
    /// </summary>
    private readonly record struct Member(int NameStart, int NameLength, bool Ascii, int Start, int End);

    /// <summary>Canonical member order: by name in UTF-16 code units (RFC 8785 §3.2.3).</summary>
    private readonly struct MemberOrder(byte[] names) : IComparer<Member>
    {
        public int Compare(Member x, Member y)
        {
            var a = names.AsSpan(x.NameStart, x.NameLength);
            var b = names.AsSpan(y.NameStart, y.NameLength);
            if (x.Ascii && y.Ascii)
            {
                return a.SequenceCompareTo(b);
            }

            // UTF-8 byte order differs from UTF-16 code-unit order above U+FFFF.
            return string.CompareOrdinal(Encoding.UTF8.GetString(a), Encoding.UTF8.GetString(b));
        }
    }
}
