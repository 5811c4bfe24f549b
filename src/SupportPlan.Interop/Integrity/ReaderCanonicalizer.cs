using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace SupportPlan.Interop.Integrity;

/// <summary>
/// The RFC 8785 canonical form computed straight from a <see cref="Utf8JsonReader"/> pass over the bytes, without a
/// <see cref="JsonDocument"/>: the validator's fast path for the digest. The pass writes the document compactly, in the
/// order its members come, with strings and numbers already in their canonical spelling, into one pooled buffer, and
/// indexes the objects not written in canonical order with their members sorted (20 bytes an object and 12 a member);
/// the canonical form is then emitted from that text (straight into SHA-256, or into a buffer for tests), each indexed
/// object's members in order, so that no byte is copied more than once however deep the nesting. An object whose
/// members (and its objects' members) came in order is emitted as written.
/// Produces exactly what <see cref="JsonCanonicalizer"/> produces, and refuses what it refuses: duplicate member names,
/// invalid UTF-8, lone surrogates, numbers that are not finite doubles, and nesting beyond the depth limit (a test holds
/// the two to each other).
/// </summary>
/// <remarks>
/// <see cref="TryOpen"/> serves the validator's fast path: it keeps the left-out root member (the package's digest) in
/// the compact text, so that the strict read can take the package from that text instead of tokenizing the indented
/// file a second time, and leaves it out of the digest.
/// </remarks>
internal sealed class ReaderCanonicalizer : IDisposable
{
    /// <summary>Objects with at most this many members are sorted in place by insertion; larger ones by the framework's sort.</summary>
    private const int InsertionSortLimit = 32;

    /// <summary>The canonical form is gathered in pieces of this size before it is hashed or copied.</summary>
    private const int ChunkSize = 16 * 1024;

    private readonly bool _keepLeftOut;

    // The compact text, in the order written.
    private byte[] _output;
    private int _length;

    // Unescaped member names and the members of the objects still open, for sorting.
    private byte[] _names = ArrayPool<byte>.Shared.Rent(1024);
    private int _namesLength;
    private Member[] _members = ArrayPool<Member>.Shared.Rent(64);
    private int _memberCount;

    // The objects not written in canonical order, in the order they open, and their members (left-out ones aside) sorted.
    private ObjectEntry[] _objects = ArrayPool<ObjectEntry>.Shared.Rent(64);
    private int _objectCount;
    private MemberText[] _sorted = ArrayPool<MemberText>.Shared.Rent(64);
    private int _sortedCount;
    private int _reordered;

    // Where the canonical form goes while it is emitted.
    private byte[] _chunk = [];
    private int _chunkLength;
    private IncrementalHash? _hash;
    private ArrayBufferWriter<byte>? _copy;

    private ReaderCanonicalizer(int inputLength, bool keepLeftOut)
    {
        // The compact text is rarely longer than the input (only numbers such as 1e20 grow), so one buffer usually does.
        _output = ArrayPool<byte>.Shared.Rent(Math.Max(16 * 1024, inputLength + 64));
        _keepLeftOut = keepLeftOut;
    }

    /// <summary>Whether every number was written in the input exactly as in the canonical form (so that reading either gives the same values).</summary>
    public bool NumbersAsWritten { get; private set; } = true;

    /// <summary>How many objects the index holds: those not written in canonical order (for tests of its size).</summary>
    public int ObjectsToReorder => _objectCount;

    /// <summary>
    /// The document written compactly: the input's members in the input's order, without white space, strings and
    /// numbers spelled as in the canonical form; with the left-out member when <see cref="TryOpen"/> kept it.
    /// </summary>
    public ReadOnlySpan<byte> CompactText => _output.AsSpan(0, _length);

    /// <summary>
    /// Reads <paramref name="utf8Json"/> keeping <paramref name="leftOutRootMember"/> in <see cref="CompactText"/>
    /// (the other entry points only read it): its value must then have a canonical form too.
    /// </summary>
    /// <param name="utf8Json">One JSON value (no byte-order mark).</param>
    /// <param name="leftOutRootMember">The root object's member that <see cref="Sha256"/> leaves out.</param>
    /// <param name="maxDepth">The most containers that may be nested.</param>
    /// <returns>The canonicalizer holding the text (dispose it to return its buffers), or null when there is none.</returns>
    public static ReaderCanonicalizer? TryOpen(ReadOnlySpan<byte> utf8Json, ReadOnlySpan<byte> leftOutRootMember, int maxDepth)
    {
        var canonicalizer = new ReaderCanonicalizer(utf8Json.Length, keepLeftOut: true);
        if (canonicalizer.TryRun(utf8Json, leftOutRootMember, maxDepth))
        {
            return canonicalizer;
        }

        canonicalizer.Dispose();
        return null;
    }

    /// <summary>The SHA-256 of the canonical form (without the left-out member), as lowercase hex.</summary>
    /// <returns>The digest.</returns>
    public string Sha256()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        _hash = hash;
        EmitCanonicalForm();
        _hash = null;
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        _ = hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>The SHA-256 of the canonical form of <paramref name="utf8Json"/>, as lowercase hex.</summary>
    /// <param name="utf8Json">One JSON value (no byte-order mark).</param>
    /// <param name="skipRootMember">The root object's member to leave out (the package's <c>digest</c>), or empty.</param>
    /// <param name="maxDepth">The most containers that may be nested.</param>
    /// <param name="hexLowercase">The digest; empty when the method returns false.</param>
    /// <returns>Whether the text is well-formed and has a canonical form.</returns>
    public static bool TrySha256(ReadOnlySpan<byte> utf8Json, ReadOnlySpan<byte> skipRootMember, int maxDepth, out string hexLowercase)
    {
        using var canonicalizer = new ReaderCanonicalizer(utf8Json.Length, keepLeftOut: false);
        hexLowercase = canonicalizer.TryRun(utf8Json, skipRootMember, maxDepth) ? canonicalizer.Sha256() : string.Empty;
        return hexLowercase.Length > 0;
    }

    /// <summary>The canonical form of <paramref name="utf8Json"/>, or null when it has none (for tests).</summary>
    /// <param name="utf8Json">One JSON value.</param>
    /// <param name="skipRootMember">The root object's member to leave out, or empty.</param>
    /// <param name="maxDepth">The most containers that may be nested.</param>
    /// <returns>The bytes, or null.</returns>
    public static byte[]? TryCanonicalize(ReadOnlySpan<byte> utf8Json, ReadOnlySpan<byte> skipRootMember, int maxDepth)
    {
        using var canonicalizer = new ReaderCanonicalizer(utf8Json.Length, keepLeftOut: false);
        return canonicalizer.TryRun(utf8Json, skipRootMember, maxDepth) ? canonicalizer.CanonicalForm() : null;
    }

    /// <summary>The canonical form (without the left-out member), as bytes.</summary>
    /// <returns>The bytes.</returns>
    public byte[] CanonicalForm()
    {
        _copy = new ArrayBufferWriter<byte>(Math.Max(1, _length));
        EmitCanonicalForm();
        var bytes = _copy.WrittenSpan.ToArray();
        _copy = null;
        return bytes;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_output);
        ArrayPool<byte>.Shared.Return(_names);
        ArrayPool<Member>.Shared.Return(_members);
        ArrayPool<MemberText>.Shared.Return(_sorted);
        ArrayPool<ObjectEntry>.Shared.Return(_objects);
        if (_chunk.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_chunk);
        }

        _output = _names = _chunk = [];
        _members = [];
        _sorted = [];
        _objects = [];
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
        var reorderedBefore = _reordered;
        var index = _objectCount;
        Ensure(ref _objects, _objectCount, 1);
        _objectCount++;
        var open = _length;
        Write((byte)'{');
        var skipping = !skipMember.IsEmpty;
        var leftOutKept = false;
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

            var key = Key(name);
            var leftOut = skipping && name.SequenceEqual(skipMember);
            skipping &= !leftOut;
            if (leftOut && !_keepLeftOut)
            {
                // Left out of the text, so only read, as the document-based canonicalizer only parses it; its name
                // still counts for duplicates.
                if (!reader.Read() || !reader.TrySkip())
                {
                    return false;
                }

                Push(new Member(nameStart, nameLength, key, -1, -1, _objectCount, LeftOut: true));
                continue;
            }

            leftOutKept |= leftOut;
            if (_length > open + 1)
            {
                Write((byte)',');
            }

            var start = _length;
            var firstObject = _objectCount;
            WriteString(name, reader.ValueIsEscaped);
            Write((byte)':');

            // The value may grow the names buffer, so the name is not used after this point.
            if (!reader.Read() || !TryValue(ref reader, default, maxDepth, depth))
            {
                return false;
            }

            Push(new Member(nameStart, nameLength, key, start, _length, firstObject, leftOut));
        }

        if (reader.TokenType != JsonTokenType.EndObject || !TryArrange(memberBase, out var sorted))
        {
            return false;
        }

        // An object is emitted as written when its members came in order, nothing of it is left out, and the same
        // holds for every object inside it (each of which has ended, and counted itself in _reordered if not). Such
        // an object is only bytes to the emission, so it is dropped from the index with the objects inside it (all
        // of them as written too): the index holds only objects to reorder, which keeps it small for any input.
        if (sorted && !leftOutKept && _reordered == reorderedBefore)
        {
            _objectCount = index;
        }
        else
        {
            _reordered++;
            var first = _sortedCount;
            Ensure(ref _sorted, _sortedCount, _memberCount - memberBase);
            foreach (var member in _members.AsSpan(memberBase, _memberCount - memberBase))
            {
                if (!member.LeftOut)
                {
                    _sorted[_sortedCount++] = new MemberText(member.Start, member.End, member.FirstObject);
                }
            }

            _objects[index] = new ObjectEntry(open, _length, first, _sortedCount - first, _objectCount);
        }

        Write((byte)'}');
        _memberCount = memberBase;
        _namesLength = namesBase;
        return true;
    }

    /// <summary>Sorts the members of the object that has just ended into canonical order, and refuses duplicate names.</summary>
    /// <param name="memberBase">Where its members start on the stack.</param>
    /// <param name="sorted">Whether they came in order already.</param>
    private bool TryArrange(int memberBase, out bool sorted)
    {
        var members = _members.AsSpan(memberBase, _memberCount - memberBase);
        var order = new MemberOrder(_names);
        sorted = true;
        for (var i = 1; i < members.Length && sorted; i++)
        {
            sorted = order.Compare(members[i - 1], members[i]) < 0;
        }

        if (sorted)
        {
            return true;
        }

        Sort(members, order);
        for (var i = 1; i < members.Length; i++)
        {
            if (order.Compare(members[i - 1], members[i]) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Emits the canonical form of the whole text into the hash or the copy.</summary>
    private void EmitCanonicalForm()
    {
        if (_chunk.Length == 0)
        {
            _chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        }

        _chunkLength = 0;
        EmitRange(0, _length, 0);
        Flush();
    }

    /// <summary>
    /// Emits the text from <paramref name="from"/> to <paramref name="to"/>, each object in it that was not written in
    /// canonical order (those in the index) emitted in order instead.
    /// </summary>
    /// <param name="from">Where the text starts.</param>
    /// <param name="to">Where it ends.</param>
    /// <param name="next">The first object that opens at or after <paramref name="from"/>.</param>
    private void EmitRange(int from, int to, int next)
    {
        while (next < _objectCount && _objects[next].Open < to)
        {
            var entry = _objects[next];
            next = entry.End;
            Emit(_output.AsSpan(from, entry.Open - from));
            Emit((byte)'{');
            var first = true;
            foreach (var member in _sorted.AsSpan(entry.FirstSorted, entry.Count))
            {
                if (!first)
                {
                    Emit((byte)',');
                }

                first = false;
                EmitRange(member.Start, member.End, member.FirstObject);
            }

            Emit((byte)'}');
            from = entry.Close + 1;
        }

        Emit(_output.AsSpan(from, to - from));
    }

    private void Emit(byte value)
    {
        if (_chunkLength == _chunk.Length)
        {
            Flush();
        }

        _chunk[_chunkLength++] = value;
    }

    private void Emit(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _chunk.Length - _chunkLength)
        {
            Flush();
            if (bytes.Length >= _chunk.Length)
            {
                Sink(bytes);
                return;
            }
        }

        bytes.CopyTo(_chunk.AsSpan(_chunkLength));
        _chunkLength += bytes.Length;
    }

    private void Flush()
    {
        Sink(_chunk.AsSpan(0, _chunkLength));
        _chunkLength = 0;
    }

    private void Sink(ReadOnlySpan<byte> bytes)
    {
        _hash?.AppendData(bytes);
        _copy?.Write(bytes);
    }

    /// <summary>Sorts an object's members into canonical order: by insertion when they are few (the common case), else by the framework's sort.</summary>
    private static void Sort(Span<Member> members, MemberOrder order)
    {
        if (members.Length > InsertionSortLimit)
        {
            members.Sort(order.Compare);
            return;
        }

        for (var i = 1; i < members.Length; i++)
        {
            var member = members[i];
            var j = i - 1;
            while (j >= 0 && order.Compare(members[j], member) > 0)
            {
                members[j + 1] = members[j];
                j--;
            }

            members[j + 1] = member;
        }
    }

    private bool TryString(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            WriteString(reader.ValueSpan, wasEscaped: false);
            return true;
        }

        var start = _namesLength;
        var length = reader.CopyString(NamesSpan(reader.ValueSpan.Length));
        if (!Utf8.IsValid(_names.AsSpan(start, length)))
        {
            return false;
        }

        WriteString(_names.AsSpan(start, length), wasEscaped: true);
        return true;
    }

    private bool TryNumber(ref Utf8JsonReader reader)
    {
        // The common case: an integer of at most 15 digits (below 2^53) without a leading zero or a minus zero is
        // its own canonical form. A number is a single token of one segment here, so its text is the value span.
        var text = reader.ValueSpan;
        var digits = text[0] == (byte)'-' ? text[1..] : text;
        if (digits.Length is > 0 and <= 15 && !digits.ContainsAnyExceptInRange((byte)'0', (byte)'9')
            && (digits[0] != (byte)'0' || (digits.Length == 1 && text.Length == 1)))
        {
            Write(text);
            return true;
        }

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

        NumbersAsWritten &= span[..written].SequenceEqual(text);
        _length += written;
        return true;
    }

    /// <summary>Writes UTF-8 text as a JSON string with the escaping of RFC 8785 §3.2.2.2.</summary>
    /// <param name="value">The text, unescaped.</param>
    /// <param name="wasEscaped">
    /// Whether the input spelled it with escapes. Text the input spelled without any holds no quote, backslash or
    /// control character, so it is its own canonical form and is copied as it is.
    /// </param>
    private void WriteString(ReadOnlySpan<byte> value, bool wasEscaped)
    {
        Write((byte)'"');
        if (!wasEscaped)
        {
            Write(value);
            value = default;
        }

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
    /// An object member: its unescaped name in the names buffer (and the name's first bytes as a number, for sorting),
    /// its bytes in the compact text (a start of -1 for the member left out and only read), the first object that may
    /// be inside it, and whether it is the root member left out of the canonical form.
    /// </summary>
    private readonly record struct Member(int NameStart, int NameLength, ulong Key, int Start, int End, int FirstObject, bool LeftOut);

    /// <summary>
    /// An object of the compact text not written in canonical order: where its braces are, its members in canonical
    /// order, and the index after the objects inside it.
    /// </summary>
    private readonly record struct ObjectEntry(int Open, int Close, int FirstSorted, int Count, int End);

    /// <summary>A member of an object to reorder: its bytes in the compact text, and the first object of the index that may be inside it.</summary>
    private readonly record struct MemberText(int Start, int End, int FirstObject);

    /// <summary>A name's first eight bytes as a big-endian number (zeros after a shorter name), so that most comparisons are one.</summary>
    private static ulong Key(ReadOnlySpan<byte> name)
    {
        if (name.Length >= sizeof(ulong))
        {
            return BinaryPrimitives.ReadUInt64BigEndian(name);
        }

        var key = 0UL;
        for (var i = 0; i < name.Length; i++)
        {
            key |= (ulong)name[i] << (56 - (8 * i));
        }

        return key;
    }

    /// <summary>Canonical member order: by name in UTF-16 code units (RFC 8785 §3.2.3).</summary>
    private readonly struct MemberOrder(byte[] names)
    {
        public int Compare(Member x, Member y)
        {
            if (x.Key != y.Key)
            {
                // The first byte that differs decides, as below, unless both are from EE up.
                var shift = 56 - (System.Numerics.BitOperations.LeadingZeroCount(x.Key ^ y.Key) & ~7);
                if ((byte)(x.Key >> shift) < 0xEE || (byte)(y.Key >> shift) < 0xEE)
                {
                    return x.Key < y.Key ? -1 : 1;
                }
            }

            var a = names.AsSpan(x.NameStart, x.NameLength);
            var b = names.AsSpan(y.NameStart, y.NameLength);
            var common = a.CommonPrefixLength(b);
            if (common == a.Length || common == b.Length)
            {
                return a.Length - b.Length;
            }

            // UTF-8 byte order is code-point order, which is UTF-16 order except between a character above U+FFFF
            // (lead byte F0-F4, a surrogate pair in UTF-16) and one in U+E000-U+FFFF (lead byte EE or EF). The names
            // are valid UTF-8 and equal up to here, so a first difference in two bytes both from EE up is two such lead
            // bytes; continuation bytes are below C0.
            var (p, q) = (a[common], b[common]);
            return p >= 0xEE && q >= 0xEE
                ? string.CompareOrdinal(Encoding.UTF8.GetString(a), Encoding.UTF8.GetString(b))
                : p - q;
        }
    }
}
