using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Unicode;
using SupportPlan.Interop.Json;

namespace SupportPlan.Interop.Integrity;

/// <summary>
/// The RFC 8785 canonical form of a document, gathered while something else reads it once: the validator's fast
/// reader (<c>PackageReader</c>) writes each value it reads here, compactly and in the order it comes, with strings
/// and numbers already in their canonical spelling, into one pooled buffer; each object's members are noted with
/// their rank in canonical order (the reader knows its types' member names, so no name is compared while reading),
/// and the objects not written in canonical order are indexed with their members in that order (20 bytes an object
/// and 12 a member). The canonical form is then emitted from that text into a second pooled buffer, each indexed
/// object's members in order, so that no byte is copied more than once however deep the nesting, and hashed with
/// SHA-256 in one call. An object whose members (and its objects' members) came in order is emitted as written.
/// </summary>
/// <remarks>
/// What it writes is held to <see cref="JsonCanonicalizer"/> by tests: the digest of every package the fast reader
/// takes, among the sample, generated and mutated ones, is the digest of the document's canonical form. Values the
/// reader does not read token by token (extension data, held as a <see cref="JsonElement"/>) are written by
/// <see cref="JsonCanonicalizer"/> itself, through this class's <see cref="IBufferWriter{T}"/>.
/// </remarks>
internal sealed class CanonicalText : IBufferWriter<byte>, IDisposable
{
    /// <summary>The rank of a member left out of the canonical form.</summary>
    public const int LeftOut = -1;

    /// <summary>The most bytes the emission copies with one fixed-length copy, and the slack it keeps for that.</summary>
    private const int CopyAtOnce = 32;

    // The text, in the order written.
    private byte[] _output;
    private int _length;

    // The members of the objects still open; unescaped strings, while they are re-escaped.
    private Member[] _members = ArrayPool<Member>.Shared.Rent(64);
    private int _memberCount;
    private byte[] _scratch = [];
    private char[] _chars = [];

    // The objects not written in canonical order, in the order they open, and their members (left-out ones aside) in order.
    private ObjectEntry[] _objects = ArrayPool<ObjectEntry>.Shared.Rent(64);
    private int _objectCount;
    private MemberText[] _sorted = ArrayPool<MemberText>.Shared.Rent(64);
    private int _sortedCount;

    // Where the canonical form goes while it is emitted: never longer than the text, which holds the same members
    // with the same separators, left-out members aside.
    private byte[] _form = [];
    private int _formLength;

    /// <summary>Creates an empty text.</summary>
    /// <param name="inputLength">The length of the document read; the text is rarely longer (only white space goes).</param>
    public CanonicalText(int inputLength) => _output = ArrayPool<byte>.Shared.Rent(Math.Max(16 * 1024, inputLength + 64));

    /// <summary>The text as written: compact, members in the order they came, left-out members kept (for tests).</summary>
    public ReadOnlySpan<byte> Text => _output.AsSpan(0, _length);

    /// <summary>A buffer for transcoding a string of up to <paramref name="length"/> UTF-16 code units, reused (not cleared) from call to call.</summary>
    /// <param name="length">The most code units needed.</param>
    /// <returns>The buffer.</returns>
    public Span<char> Chars(int length)
    {
        Ensure(ref _chars, 0, length);
        return _chars;
    }

    /// <summary>How many objects the index holds: those not written in canonical order (for tests of its size).</summary>
    public int ObjectsToReorder => _objectCount;

    /// <summary>Opens an object: writes its brace and notes where its members start.</summary>
    /// <returns>What <see cref="BeginMember"/> and <see cref="CloseObject"/> need of it.</returns>
    public ObjectFrame OpenObject()
    {
        Ensure(ref _objects, _objectCount, 1);
        var frame = new ObjectFrame(_memberCount, _objectCount++, _length);
        Write((byte)'{');
        return frame;
    }

    /// <summary>
    /// Writes a member's name (with the separator before it when it is not the first) and notes the member; its value
    /// is what is written from here to the next member or the object's end.
    /// </summary>
    /// <param name="frame">The object.</param>
    /// <param name="quotedName">The name in quotes and the colon, as the canonical form spells it.</param>
    /// <param name="rank">
    /// Its place among its object's members in canonical order (by name in UTF-16 code units), from 0 to 63 and
    /// distinct within the object; or <see cref="LeftOut"/> for a member kept in <see cref="Text"/> but left out of the
    /// canonical form (the package's digest).
    /// </param>
    public void BeginMember(in ObjectFrame frame, ReadOnlySpan<byte> quotedName, int rank)
    {
        var span = Reserve(quotedName.Length + 1);
        var comma = _length > frame.Open + 1 ? 1 : 0;
        span[0] = (byte)',';
        quotedName.CopyTo(span[comma..]);
        Ensure(ref _members, _memberCount, 1);
        _members[_memberCount++] = new Member(_length + comma, _objectCount, rank);
        _length += comma + quotedName.Length;
    }

    /// <summary>
    /// Closes an object: indexes it, its members in canonical order, unless it and every object in it came in that
    /// order with nothing left out. The caller has refused repeated members.
    /// </summary>
    /// <param name="frame">The object.</param>
    public void CloseObject(in ObjectFrame frame)
    {
        var members = _members.AsSpan(frame.MemberBase, _memberCount - frame.MemberBase);
        var sorted = true;
        var leftOut = false;
        var ranks = 0UL;
        var previous = -1;
        foreach (var member in members)
        {
            if (member.Rank == LeftOut)
            {
                leftOut = true;
                continue;
            }

            sorted &= previous < member.Rank;
            previous = member.Rank;
            ranks |= 1UL << member.Rank;
        }

        // An object is emitted as written when its members came in order, nothing of it is left out, and the same
        // holds for every object inside it. Those have closed, and each dropped itself from the index if it could, so
        // the entries after this object's own are exactly the objects inside it still to reorder. Such an object is
        // only bytes to the emission, so it is dropped from the index too: the index holds only objects to reorder,
        // which keeps it small for any input.
        if (sorted && !leftOut && _objectCount == frame.Index + 1)
        {
            _objectCount = frame.Index;
        }
        else
        {
            // Ranks are distinct and below 64 (the caller refuses repeated members, and no type has more), so each
            // member's place in canonical order is the number of ranks below its own. A member ends where the comma
            // before the next one is, or the last where the object does.
            var first = _sortedCount;
            var count = BitOperations.PopCount(ranks);
            Ensure(ref _sorted, _sortedCount, count);
            for (var i = 0; i < members.Length; i++)
            {
                var member = members[i];
                if (member.Rank != LeftOut)
                {
                    var end = i + 1 < members.Length ? members[i + 1].Start - 1 : _length;
                    _sorted[first + BitOperations.PopCount(ranks & ((1UL << member.Rank) - 1))] = new MemberText(member.Start, end, member.FirstObject);
                }
            }

            _sortedCount += count;
            _objects[frame.Index] = new ObjectEntry(frame.Open, _length, first, count, _objectCount);
        }

        Write((byte)'}');
        _memberCount = frame.MemberBase;
    }

    /// <summary>Opens an array.</summary>
    public void OpenArray() => Write((byte)'[');

    /// <summary>Writes the separator before an array's element other than the first.</summary>
    public void Comma() => Write((byte)',');

    /// <summary>Closes an array.</summary>
    public void CloseArray() => Write((byte)']');

    /// <summary>Writes <c>null</c>.</summary>
    public void Null() => Write("null"u8);

    /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
    /// <param name="value">The value.</param>
    public void Boolean(bool value) => Write(value ? "true"u8 : "false"u8);

    /// <summary>Writes an integer spelled as its canonical form already (digits after an optional minus, no leading zero, not minus zero).</summary>
    /// <param name="digits">The integer's text.</param>
    public void Integer(ReadOnlySpan<byte> digits) => Write(digits);

    /// <summary>
    /// Writes a string token without escapes whose UTF-8 the caller has checked (by transcoding it): such text holds no
    /// quote, backslash or control character, so it is its own canonical form.
    /// </summary>
    /// <param name="value">The token's value, without its quotes.</param>
    public void CheckedString(ReadOnlySpan<byte> value)
    {
        var span = Reserve(value.Length + 2);
        span[0] = (byte)'"';
        value.CopyTo(span[1..]);
        span[value.Length + 1] = (byte)'"';
        _length += value.Length + 2;
    }

    /// <summary>Writes the reader's scalar token (a string, number or literal) in its canonical form.</summary>
    /// <param name="reader">A reader on a scalar token.</param>
    /// <returns>False when it has none: invalid UTF-8 or a lone surrogate in a string, a number that is not a finite double.</returns>
    public bool TryScalar(ref JsonTokenizer reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return TryString(ref reader);
            case JsonTokenType.Number:
                return TryNumber(ref reader);
            case JsonTokenType.True or JsonTokenType.False:
                Boolean(reader.TokenType == JsonTokenType.True);
                return true;
            case JsonTokenType.Null:
                Null();
                return true;
            default:
                return false;
        }
    }

    /// <summary>Writes the reader's string token in its canonical form, checking its UTF-8.</summary>
    /// <param name="reader">A reader on a string token.</param>
    /// <returns>False for invalid UTF-8 or a lone surrogate.</returns>
    public bool TryString(ref JsonTokenizer reader)
    {
        if (!reader.ValueIsEscaped)
        {
            if (!Utf8.IsValid(reader.ValueSpan))
            {
                return false;
            }

            CheckedString(reader.ValueSpan);
            return true;
        }

        Ensure(ref _scratch, 0, reader.ValueSpan.Length);
        var length = reader.ValueReader().CopyString(_scratch);
        var value = _scratch.AsSpan(0, length);
        if (!Utf8.IsValid(value))
        {
            return false;
        }

        Write((byte)'"');
        while (!value.IsEmpty)
        {
            var stop = value.IndexOfAny(JsonCanonicalizer.Utf8NeedsWork);
            Write(stop < 0 ? value : value[..stop]);
            if (stop < 0)
            {
                break;
            }

            _length += JsonCanonicalizer.WriteEscape((char)value[stop], Reserve(6));
            value = value[(stop + 1)..];
        }

        Write((byte)'"');
        return true;
    }

    /// <summary>Writes the reader's number token in its canonical form (ECMAScript's, RFC 8785 §3.2.2.3).</summary>
    /// <param name="reader">A reader on a number token.</param>
    /// <returns>False for a number that is not a finite double.</returns>
    public bool TryNumber(ref JsonTokenizer reader)
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
        var number = reader.ValueReader();
        if (number.TryGetInt64(out var integer) && integer is >= -JsonCanonicalizer.MaxExactInteger and <= JsonCanonicalizer.MaxExactInteger)
        {
            _ = integer.TryFormat(span, out written, default, CultureInfo.InvariantCulture);
        }
        else if (number.TryGetDouble(out var value) && double.IsFinite(value))
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

    /// <summary>Writes a parsed value (extension data) in its canonical form, through <see cref="JsonCanonicalizer"/>.</summary>
    /// <param name="element">The value.</param>
    /// <returns>False when it has none.</returns>
    public bool TryElement(JsonElement element) => JsonCanonicalizer.TryWrite(element, this, skipRootProperty: null, out _);

    /// <summary>The SHA-256 of the canonical form (without the left-out members), as lowercase hex.</summary>
    /// <returns>The digest.</returns>
    public string Sha256()
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        _ = SHA256.HashData(EmitCanonicalForm(), digest);
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>The canonical form (without the left-out members), as bytes (for tests).</summary>
    /// <returns>The bytes.</returns>
    public byte[] CanonicalForm() => EmitCanonicalForm().ToArray();

    /// <inheritdoc />
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _output.Length - _length);
        _length += count;
    }

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(ref _output, _length, Math.Max(sizeHint, 1));
        return _output.AsMemory(_length);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0) => Reserve(Math.Max(sizeHint, 1));

    /// <inheritdoc />
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_output);
        ArrayPool<Member>.Shared.Return(_members);
        ArrayPool<MemberText>.Shared.Return(_sorted);
        ArrayPool<ObjectEntry>.Shared.Return(_objects);
        ReturnIfRented(_form);
        ReturnIfRented(_scratch);
        ReturnIfRented(_chars);
        _output = _form = _scratch = [];
        _chars = [];
        _members = [];
        _sorted = [];
        _objects = [];
    }

    /// <summary>Returns a buffer rented only when first needed (an empty one never was).</summary>
    private static void ReturnIfRented<T>(T[] buffer)
    {
        if (buffer.Length > 0)
        {
            ArrayPool<T>.Shared.Return(buffer);
        }
    }

    /// <summary>Emits the canonical form of the whole text, in one piece, to be hashed in one call.</summary>
    /// <returns>The canonical form, in a pooled buffer this text owns until it is disposed.</returns>
    private ReadOnlySpan<byte> EmitCanonicalForm()
    {
        // The form is never longer than the text, so with this slack after the text, and the same after the form,
        // every piece of up to CopyAtOnce bytes is copied with one fixed-length copy (see Emit).
        Ensure(ref _output, _length, CopyAtOnce);
        if (_form.Length < _length + CopyAtOnce)
        {
            if (_form.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_form);
            }

            _form = ArrayPool<byte>.Shared.Rent(_length + CopyAtOnce);
        }

        _formLength = 0;
        EmitRange(0, _length, 0);
        return _form.AsSpan(0, _formLength);
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
            Emit(from, entry.Open - from);
            Emit((byte)'{');
            var members = _sorted.AsSpan(entry.FirstSorted, entry.Count);
            for (var i = 0; i < members.Length; i++)
            {
                if (i > 0)
                {
                    Emit((byte)',');
                }

                // Most members hold no object to reorder: their text is copied as it is, without a call.
                var member = members[i];
                if (member.FirstObject < _objectCount && _objects[member.FirstObject].Open < member.End)
                {
                    EmitRange(member.Start, member.End, member.FirstObject);
                }
                else
                {
                    Emit(member.Start, member.End - member.Start);
                }
            }

            Emit((byte)'}');
            from = entry.Close + 1;
        }

        Emit(from, to - from);
    }

    private void Emit(byte value) => _form[_formLength++] = value;

    /// <summary>
    /// Copies a piece of the text to the form. Most pieces are a member of a few to a few dozen bytes, which one
    /// fixed-length copy (unrolled by the JIT) moves faster than a copy of their own length; the bytes it copies past
    /// the piece fall in the slack after the form and are overwritten by what is emitted next.
    /// </summary>
    private void Emit(int from, int length)
    {
        if (length <= CopyAtOnce)
        {
            _output.AsSpan(from, CopyAtOnce).CopyTo(_form.AsSpan(_formLength, CopyAtOnce));
        }
        else
        {
            _output.AsSpan(from, length).CopyTo(_form.AsSpan(_formLength));
        }

        _formLength += length;
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
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array);
        }

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

    /// <summary>An object being written: its first member on the stack, its index entry and where its brace is.</summary>
    internal readonly record struct ObjectFrame(int MemberBase, int Index, int Open);

    /// <summary>A member of an open object: where it starts in the text, the first object that may be inside it, and its rank.</summary>
    private readonly record struct Member(int Start, int FirstObject, int Rank);

    /// <summary>
    /// An object of the text not written in canonical order: where its braces are, its members in canonical order, and
    /// the index after the objects inside it.
    /// </summary>
    private readonly record struct ObjectEntry(int Open, int Close, int FirstSorted, int Count, int End);

    /// <summary>A member of an object to reorder: its bytes in the text, and the first object of the index that may be inside it.</summary>
    private readonly record struct MemberText(int Start, int End, int FirstObject);
}
