using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace SupportPlan.Interop.Integrity;

/// <summary>
/// Writes the RFC 8785 JSON Canonicalization Scheme (JCS) form of a parsed JSON value as UTF-8: no whitespace,
/// object members sorted by their names as arrays of UTF-16 code units, strings with the minimal escaping of
/// RFC 8785 §3.2.2.2 and numbers as ECMAScript's <c>Number.prototype.toString</c> writes them (§3.2.2.3).
/// </summary>
/// <remarks>
/// A value that has no canonical form is refused, never written in some other form: a number that is not finite
/// as an IEEE-754 double (<c>1e400</c>), a string or member name that is not valid Unicode (a lone surrogate,
/// invalid UTF-8), an object with two members of the same name (I-JSON, which RFC 8785 builds on, forbids them
/// and they make a digest ambiguous), and nesting too deep for the stack.
/// </remarks>
internal static class JsonCanonicalizer
{
    /// <summary>The span size asked of the output for escapes and numbers; anything larger than their longest form.</summary>
    internal const int SmallWrite = 32;

    /// <summary>The largest integer whose double is exactly itself, so that its digits are its ES form.</summary>
    internal const long MaxExactInteger = 1L << 53;

    /// <summary>The UTF-8 bytes that stop a string from being copied as it stands: escapes, quotes, controls.</summary>
    internal static readonly SearchValues<byte> Utf8NeedsWork = SearchValues.Create(
        "\\\"\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"u8
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"u8);

    /// <summary>The UTF-16 characters RFC 8785 escapes: quote, backslash and U+0000–U+001F.</summary>
    private static readonly SearchValues<char> CharsToEscape = SearchValues.Create(
        "\\\"\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>Writes the canonical form of <paramref name="element"/> to <paramref name="output"/>.</summary>
    /// <param name="element">The value; any <see cref="JsonElement"/>, including a default one.</param>
    /// <param name="output">Receives the UTF-8 bytes. On failure it may hold part of the form.</param>
    /// <param name="skipRootProperty">
    /// When the root is an object, the name of a member to leave out (such as the <c>digest</c> member of a package);
    /// members of nested objects with that name are kept. <see langword="null"/> leaves nothing out.
    /// </param>
    /// <param name="error">Why the value has no canonical form, with the JSON Pointer of the value; otherwise null.</param>
    /// <returns><see langword="true"/> when the whole canonical form was written.</returns>
    /// <remarks>Never throws for the element; exceptions thrown by <paramref name="output"/> are passed on.</remarks>
    public static bool TryWrite(JsonElement element, IBufferWriter<byte> output, string? skipRootProperty, out string? error)
    {
        ArgumentNullException.ThrowIfNull(output);
        Failure? failure;
        try
        {
            failure = WriteValue(element, output, skipRootProperty);
        }
        catch (InvalidOperationException ex)
        {
            // JsonElement.GetString and Name throw this for escapes that are not valid UTF-16, and
            // ObjectDisposedException (a subclass) when the document has been disposed.
            failure = new Failure("The value cannot be read: " + ex.Message);
        }

        error = failure?.ToString();
        return failure is null;
    }

    /// <summary>Returns the canonical form of <paramref name="element"/>.</summary>
    /// <param name="element">The value.</param>
    /// <returns>The UTF-8 bytes of the canonical form.</returns>
    /// <exception cref="InvalidOperationException">The value has no canonical form; the message says why.</exception>
    public static byte[] Canonicalize(JsonElement element)
    {
        ArrayBufferWriter<byte> output = new();
        if (!TryWrite(element, output, skipRootProperty: null, out string? error))
        {
            throw new InvalidOperationException(error);
        }

        return output.WrittenSpan.ToArray();
    }

    /// <summary>Parses <paramref name="utf8Json"/> and returns its canonical form.</summary>
    /// <param name="utf8Json">One JSON value as UTF-8 text.</param>
    /// <returns>The UTF-8 bytes of the canonical form.</returns>
    /// <exception cref="JsonException">The text is not well-formed JSON.</exception>
    /// <exception cref="InvalidOperationException">The value has no canonical form; the message says why.</exception>
    public static byte[] Canonicalize(ReadOnlySpan<byte> utf8Json)
    {
        using JsonDocument document = JsonDocument.Parse(utf8Json.ToArray());
        return Canonicalize(document.RootElement);
    }

    private static Failure? WriteValue(JsonElement element, IBufferWriter<byte> output, string? skipProperty)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                return WriteObject(element, output, skipProperty);
            case JsonValueKind.Array:
                return WriteArray(element, output);
            case JsonValueKind.String:
                return WriteString(element, output);
            case JsonValueKind.Number:
                return WriteNumber(element, output);
            case JsonValueKind.True:
                WriteBytes(output, "true"u8);
                return null;
            case JsonValueKind.False:
                WriteBytes(output, "false"u8);
                return null;
            case JsonValueKind.Null:
                WriteBytes(output, "null"u8);
                return null;
            default:
                return new Failure("The element holds no JSON value.");
        }
    }

    private static Failure? WriteObject(JsonElement element, IBufferWriter<byte> output, string? skipProperty)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return new Failure("The value is nested too deeply to canonicalize.");
        }

        int count = element.GetPropertyCount();
        Member[] rented = ArrayPool<Member>.Shared.Rent(count);
        try
        {
            int n = 0;
            foreach (JsonProperty property in element.EnumerateObject())
            {
                string name;
                try
                {
                    name = property.Name;
                }
                catch (InvalidOperationException ex)
                {
                    return new Failure("A member name is not valid Unicode: " + ex.Message);
                }

                rented[n++] = new Member(name, property.Value);
            }

            Span<Member> members = rented.AsSpan(0, n);
            members.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
            for (int i = 1; i < members.Length; i++)
            {
                if (string.Equals(members[i - 1].Name, members[i].Name, StringComparison.Ordinal))
                {
                    return new Failure("The object has more than one member with this name.").At(members[i].Name);
                }
            }

            WriteByte(output, (byte)'{');
            bool first = true;
            foreach (ref readonly Member member in members)
            {
                if (skipProperty is not null && string.Equals(member.Name, skipProperty, StringComparison.Ordinal))
                {
                    continue;
                }

                if (!first)
                {
                    WriteByte(output, (byte)',');
                }

                first = false;
                Failure? failure = WriteEscaped(member.Name, output);
                if (failure is not null)
                {
                    return new Failure("The member name " + failure.Reason).At(member.Name);
                }

                WriteByte(output, (byte)':');
                failure = WriteValue(member.Value, output, skipProperty: null);
                if (failure is not null)
                {
                    return failure.At(member.Name);
                }
            }

            WriteByte(output, (byte)'}');
            return null;
        }
        finally
        {
            ArrayPool<Member>.Shared.Return(rented, clearArray: true);
        }
    }

    private static Failure? WriteArray(JsonElement element, IBufferWriter<byte> output)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return new Failure("The value is nested too deeply to canonicalize.");
        }

        WriteByte(output, (byte)'[');
        int index = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            if (index > 0)
            {
                WriteByte(output, (byte)',');
            }

            Failure? failure = WriteValue(item, output, skipProperty: null);
            if (failure is not null)
            {
                return failure.At(index.ToString(CultureInfo.InvariantCulture));
            }

            index++;
        }

        WriteByte(output, (byte)']');
        return null;
    }

    private static Failure? WriteString(JsonElement element, IBufferWriter<byte> output)
    {
        // The raw token includes its quotes. Without escapes (the usual case) it is the value itself, and the
        // canonical form is the same bytes once they are known to be valid UTF-8: no string is allocated.
        ReadOnlySpan<byte> raw = JsonMarshal.GetRawUtf8Value(element);
        ReadOnlySpan<byte> content = raw.Length >= 2 ? raw[1..^1] : raw;
        if (raw.Length >= 2 && !content.ContainsAny(Utf8NeedsWork))
        {
            if (!Utf8.IsValid(content))
            {
                return new Failure("The string is not valid UTF-8.");
            }

            WriteByte(output, (byte)'"');
            WriteBytes(output, content);
            WriteByte(output, (byte)'"');
            return null;
        }

        string? value;
        try
        {
            value = element.GetString();
        }
        catch (InvalidOperationException ex)
        {
            return new Failure("The string is not valid Unicode: " + ex.Message);
        }

        Failure? failure = WriteEscaped(value ?? string.Empty, output);
        return failure is null ? null : new Failure("The string " + failure.Reason);
    }

    /// <summary>Writes a string with the escaping of RFC 8785 §3.2.2.2; fails on a lone surrogate.</summary>
    private static Failure? WriteEscaped(ReadOnlySpan<char> value, IBufferWriter<byte> output)
    {
        WriteByte(output, (byte)'"');
        while (!value.IsEmpty)
        {
            int stop = value.IndexOfAny(CharsToEscape);
            ReadOnlySpan<char> run = stop < 0 ? value : value[..stop];
            while (!run.IsEmpty)
            {
                // Four bytes always hold one scalar value, so every round makes progress. A run never ends inside
                // a surrogate pair (it ends at an ASCII character or the end), so isFinalBlock is true.
                Span<byte> span = output.GetSpan(4);
                OperationStatus status = Utf8.FromUtf16(
                    run, span, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: true);
                output.Advance(written);
                run = run[read..];
                if (status == OperationStatus.InvalidData)
                {
                    return new Failure("contains a lone surrogate, which is not valid Unicode.");
                }
            }

            if (stop < 0)
            {
                break;
            }

            WriteEscape(value[stop], output);
            value = value[(stop + 1)..];
        }

        WriteByte(output, (byte)'"');
        return null;
    }

    private static void WriteEscape(char c, IBufferWriter<byte> output) => output.Advance(WriteEscape(c, output.GetSpan(6)));

    /// <summary>Writes the RFC 8785 escape of <paramref name="c"/> (a quote, backslash or control character).</summary>
    /// <param name="c">The character.</param>
    /// <param name="destination">At least six bytes.</param>
    /// <returns>How many bytes were written.</returns>
    internal static int WriteEscape(char c, Span<byte> destination)
    {
        ReadOnlySpan<byte> shortForm = c switch
        {
            '"' => "\\\""u8,
            '\\' => "\\\\"u8,
            '\b' => "\\b"u8,
            '\t' => "\\t"u8,
            '\n' => "\\n"u8,
            '\f' => "\\f"u8,
            '\r' => "\\r"u8,
            _ => default,
        };
        if (!shortForm.IsEmpty)
        {
            shortForm.CopyTo(destination);
            return shortForm.Length;
        }

        "\\u00"u8.CopyTo(destination);
        destination[4] = HexDigit(c >> 4);
        destination[5] = HexDigit(c & 0xF);
        return 6;
    }

    private static byte HexDigit(int value) => (byte)(value < 10 ? '0' + value : 'a' + value - 10);

    private static Failure? WriteNumber(JsonElement element, IBufferWriter<byte> output)
    {
        Span<byte> span = output.GetSpan(SmallWrite);
        int written;
        if (element.TryGetInt64(out long integer) && integer is >= -MaxExactInteger and <= MaxExactInteger)
        {
            // Integers a double holds exactly are their own ES form ("-0" reads as 0 and is written as 0).
            _ = integer.TryFormat(span, out written, default, CultureInfo.InvariantCulture);
        }
        else if (element.TryGetDouble(out double value) && double.IsFinite(value))
        {
            written = FormatDouble(value, span);
        }
        else
        {
            return new Failure("The number is not finite as an IEEE-754 double, so it has no canonical form.");
        }

        output.Advance(written);
        return null;
    }

    /// <summary>
    /// Writes <paramref name="value"/> (finite) as ECMAScript's Number.prototype.toString does (ECMA-262,
    /// Number::toString, as RFC 8785 §3.2.2.3 requires): the shortest digits that read back as the same double,
    /// then fixed notation for decimal exponents from -7 to 20 and the <c>1.5e+21</c> form outside them.
    /// </summary>
    /// <param name="value">A finite double.</param>
    /// <param name="destination">At least <see cref="SmallWrite"/> bytes.</param>
    /// <returns>How many bytes were written.</returns>
    internal static int FormatDouble(double value, Span<byte> destination)
    {
        if (value == 0)
        {
            destination[0] = (byte)'0'; // both zeros
            return 1;
        }

        // .NET's "R" gives the shortest round-tripping digits, as "1.2345E+21", "0.0001" or "123.45".
        Span<byte> text = stackalloc byte[SmallWrite];
        _ = value.TryFormat(text, out int length, "R", CultureInfo.InvariantCulture);
        text = text[..length];

        // Take the digits d1..dk and n, with value = 0.d1..dk × 10^n as in ECMA-262.
        Span<byte> digits = stackalloc byte[SmallWrite];
        int k = 0;
        int point = -1;
        int i = 0;
        bool negative = text[0] == (byte)'-';
        if (negative)
        {
            i++;
        }

        for (; i < text.Length && text[i] != (byte)'E'; i++)
        {
            if (text[i] == (byte)'.')
            {
                point = k;
            }
            else
            {
                digits[k++] = text[i];
            }
        }

        int exponent = 0;
        if (i < text.Length)
        {
            exponent = int.Parse(text[(i + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        int n = (point < 0 ? k : point) + exponent;
        int lead = 0;
        while (lead < k - 1 && digits[lead] == (byte)'0')
        {
            lead++;
        }

        digits = digits[lead..k];
        n -= lead;
        k = digits.Length;
        while (k > 1 && digits[k - 1] == (byte)'0')
        {
            k--;
        }

        digits = digits[..k];

        int w = 0;
        if (negative)
        {
            destination[w++] = (byte)'-';
        }

        if (k <= n && n <= 21)
        {
            // 123, 100, 123456789012345680000
            digits.CopyTo(destination[w..]);
            w += k;
            destination.Slice(w, n - k).Fill((byte)'0');
            w += n - k;
        }
        else if (0 < n && n <= 21)
        {
            // 1.5, 333333333.3333333
            digits[..n].CopyTo(destination[w..]);
            w += n;
            destination[w++] = (byte)'.';
            digits[n..].CopyTo(destination[w..]);
            w += k - n;
        }
        else if (-6 < n && n <= 0)
        {
            // 0.000001, 0.5
            destination[w++] = (byte)'0';
            destination[w++] = (byte)'.';
            destination.Slice(w, -n).Fill((byte)'0');
            w += -n;
            digits.CopyTo(destination[w..]);
            w += k;
        }
        else
        {
            // 1e+21, 1.5e-7, 5e-324
            destination[w++] = digits[0];
            if (k > 1)
            {
                destination[w++] = (byte)'.';
                digits[1..].CopyTo(destination[w..]);
                w += k - 1;
            }

            int e = n - 1;
            destination[w++] = (byte)'e';
            destination[w++] = e < 0 ? (byte)'-' : (byte)'+';
            _ = Math.Abs(e).TryFormat(destination[w..], out int exponentLength, default, CultureInfo.InvariantCulture);
            w += exponentLength;
        }

        return w;
    }

    private static void WriteByte(IBufferWriter<byte> output, byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    /// <summary>Copies bytes in as many pieces as the output offers, so a long string never needs one large span.</summary>
    private static void WriteBytes(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            Span<byte> span = output.GetSpan(Math.Min(bytes.Length, SmallWrite));
            int n = Math.Min(span.Length, bytes.Length);
            bytes[..n].CopyTo(span);
            output.Advance(n);
            bytes = bytes[n..];
        }
    }

    /// <summary>One object member, held while the members are sorted.</summary>
    private readonly record struct Member(string Name, JsonElement Value);

    /// <summary>Why a value has no canonical form, and where (built as the recursion unwinds: errors only).</summary>
    private sealed class Failure(string reason)
    {
        private readonly List<string> _segments = [];

        public string Reason { get; } = reason;

        /// <summary>Adds the name or index of the enclosing member or item.</summary>
        public Failure At(string segment)
        {
            _segments.Add(segment);
            return this;
        }

        public override string ToString()
        {
            StringBuilder pointer = new();
            for (int i = _segments.Count - 1; i >= 0; i--)
            {
                pointer.Append('/').Append(_segments[i].Replace("~", "~0", StringComparison.Ordinal)
                    .Replace("/", "~1", StringComparison.Ordinal));
            }

            return $"{Reason} (at JSON Pointer '{pointer}')";
        }
    }
}
