using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SupportPlan.Interop.Json;

/// <summary>
/// The fast reader's tokenizer: the tokens of one UTF-8 JSON document in memory, as <see cref="Utf8JsonReader"/> gives
/// them with the reading contract's options (no comments, no trailing commas, a nesting limit), and the same
/// <see cref="JsonException"/> wherever that reader refuses the text. It does less than that reader (no line and
/// position tracking, one segment, no partial input), which is why the fast path uses it: about 1.7× faster on an
/// indented package. A token's value can still be handed to a converter as a <see cref="Utf8JsonReader"/> over just
/// that token (<see cref="ValueReader"/>).
/// </summary>
/// <remarks>
/// Like <see cref="Utf8JsonReader"/>, it does not check the UTF-8 of strings; the fast reader checks every string it
/// takes. <c>JsonTokenizerTests</c> hold it to <see cref="Utf8JsonReader"/>, token for token, over the sample packages
/// and hundreds of thousands of byte-level mutations of them and of generated JSON.
/// </remarks>
internal ref struct JsonTokenizer
{
    /// <summary>The bytes that end an unescaped run of a string: controls, the quote and the backslash.</summary>
    private static readonly SearchValues<byte> StringStops = SearchValues.Create([.. Enumerable.Range(0, 0x20).Select(i => (byte)i), (byte)'"', (byte)'\\']);

    /// <summary>The deepest nesting a tokenizer can follow (one bit per open container).</summary>
    public const int MostDepth = 64;

    private readonly ReadOnlySpan<byte> _json;
    private readonly int _maxDepth;
    private int _position;

    // The current token: where it starts (a string's opening quote) and ends, and its value.
    private int _tokenStart;
    private int _tokenEnd;
    private int _valueStart;
    private int _valueLength;

    // The open containers, one bit each from the outermost: 1 for an object.
    private ulong _objects;
    private int _depth;

    /// <summary>Creates a tokenizer before the first token.</summary>
    /// <param name="json">The document, without a byte-order mark.</param>
    /// <param name="maxDepth">The most containers that may be nested, at most <see cref="MostDepth"/>.</param>
    public JsonTokenizer(ReadOnlySpan<byte> json, int maxDepth)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDepth, MostDepth);
        _json = json;
        _maxDepth = maxDepth;
    }

    /// <summary>The current token's type (<see cref="JsonTokenType.None"/> before the first).</summary>
    public JsonTokenType TokenType { get; private set; }

    /// <summary>Whether the current string or property name holds a backslash escape.</summary>
    public bool ValueIsEscaped { get; private set; }

    /// <summary>The current token's value as written: a string's or name's text without quotes, any other token's text.</summary>
    public readonly ReadOnlySpan<byte> ValueSpan => _json.Slice(_valueStart, _valueLength);

    /// <summary>Steps to the next token.</summary>
    /// <returns>True for a token; false after the document's only value, when nothing but white space follows it.</returns>
    /// <exception cref="JsonException">The text is not JSON there, or nests deeper than allowed.</exception>
    public bool Read()
    {
        var position = SkipWhiteSpace(_position);
        switch (TokenType)
        {
            case JsonTokenType.None:
                return Value(position);
            case JsonTokenType.StartObject:
                return At(position) == (byte)'}' ? End(position, JsonTokenType.EndObject) : Name(position);
            case JsonTokenType.StartArray:
                return At(position) == (byte)']' ? End(position, JsonTokenType.EndArray) : Value(position);
            case JsonTokenType.PropertyName:
                return Value(position);
        }

        // After a value: the end of the document, or a comma or the end of the container it is in.
        if (_depth == 0)
        {
            if (position < _json.Length)
            {
                throw Invalid();
            }

            _position = position;
            return false;
        }

        var inObject = (_objects & (1UL << (_depth - 1))) != 0;
        switch (At(position))
        {
            case (byte)',':
                position = SkipWhiteSpace(position + 1);
                return inObject ? Name(position) : Value(position);
            case (byte)'}' when inObject:
                return End(position, JsonTokenType.EndObject);
            case (byte)']' when !inObject:
                return End(position, JsonTokenType.EndArray);
            default:
                throw Invalid();
        }
    }

    /// <summary>The current number as an <see cref="int"/>, as <see cref="Utf8JsonReader.TryGetInt32"/> reads it.</summary>
    /// <param name="value">The number.</param>
    /// <returns>False when it is not an integer that fits.</returns>
    public readonly bool TryGetInt32(out int value)
    {
        var span = ValueSpan;
        if (TokenType == JsonTokenType.Number && Utf8Parser.TryParse(span, out int parsed, out var consumed) && consumed == span.Length)
        {
            value = parsed;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>
    /// A <see cref="Utf8JsonReader"/> on the current token, over only its bytes, for a converter or for what this type
    /// does not do itself (unescaping, reading numbers as doubles). On the start of a container, the container is read
    /// to its end first (the tokenizer is left on its end token) and the reader covers all of it.
    /// </summary>
    /// <returns>The reader, on the token.</returns>
    /// <exception cref="JsonException">A container is not JSON, or nests deeper than allowed.</exception>
    public Utf8JsonReader ValueReader()
    {
        var start = _tokenStart;
        if (TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            var depth = _depth;
            while (Read() && _depth >= depth)
            {
            }
        }

        var reader = new Utf8JsonReader(_json[start.._tokenEnd], new JsonReaderOptions { MaxDepth = MostDepth });
        reader.Read();
        return reader;
    }

    private readonly byte At(int position) => position < _json.Length ? _json[position] : throw Invalid();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int SkipWhiteSpace(int position)
    {
        var json = _json;
        while ((uint)position < (uint)json.Length)
        {
            var b = json[position];
            if (b > (byte)' ' || (b != (byte)' ' && b != (byte)'\n' && b != (byte)'\r' && b != (byte)'\t'))
            {
                break;
            }

            position++;
            if (b == (byte)'\n')
            {
                position = SkipIndentation(json, position);
            }
        }

        return position;
    }

    /// <summary>
    /// An indented file's next line: its leading spaces, eight at a time. Indentation is a few to a few dozen spaces,
    /// too short for a vectorized search to pay for its setup (that search was 4.5% of a typical validation).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipIndentation(ReadOnlySpan<byte> json, int position)
    {
        const ulong EightSpaces = 0x2020_2020_2020_2020;
        while (position <= json.Length - sizeof(ulong))
        {
            // The first byte that is not a space is the lowest byte that differs, read little-endian.
            var differs = BinaryPrimitives.ReadUInt64LittleEndian(json[position..]) ^ EightSpaces;
            if (differs != 0)
            {
                return position + (BitOperations.TrailingZeroCount(differs) >> 3);
            }

            position += sizeof(ulong);
        }

        while (position < json.Length && json[position] == (byte)' ')
        {
            position++;
        }

        return position;
    }

    private bool End(int position, JsonTokenType type)
    {
        _depth--;
        _objects &= ~(1UL << _depth);
        Token(type, position, position + 1);
        return true;
    }

    private bool Name(int position)
    {
        if (At(position) != (byte)'"')
        {
            throw Invalid();
        }

        var end = String(position);
        var colon = SkipWhiteSpace(end);
        if (At(colon) != (byte)':')
        {
            throw Invalid();
        }

        Token(JsonTokenType.PropertyName, position, end);
        _position = colon + 1;
        return true;
    }

    private bool Value(int position)
    {
        switch (At(position))
        {
            case (byte)'"':
                Token(JsonTokenType.String, position, String(position));
                return true;
            case (byte)'{':
                return Start(position, JsonTokenType.StartObject);
            case (byte)'[':
                return Start(position, JsonTokenType.StartArray);
            case (byte)'t':
                return Literal(position, "true"u8, JsonTokenType.True);
            case (byte)'f':
                return Literal(position, "false"u8, JsonTokenType.False);
            case (byte)'n':
                return Literal(position, "null"u8, JsonTokenType.Null);
            default:
                return Number(position);
        }
    }

    private bool Start(int position, JsonTokenType type)
    {
        if (_depth >= _maxDepth)
        {
            throw new JsonException("The document nests deeper than allowed.");
        }

        _objects |= type == JsonTokenType.StartObject ? 1UL << _depth : 0;
        _depth++;
        Token(type, position, position + 1);
        return true;
    }

    private bool Literal(int position, ReadOnlySpan<byte> literal, JsonTokenType type)
    {
        if (!_json[position..].StartsWith(literal))
        {
            throw Invalid();
        }

        Token(type, position, position + literal.Length);
        return true;
    }

    /// <summary>A number (RFC 8259 §6), which must end where the text does or at a delimiter.</summary>
    private bool Number(int position)
    {
        var json = _json;
        var start = position;
        if (position < json.Length && json[position] == (byte)'-')
        {
            position++;
        }

        if (At(position) == (byte)'0')
        {
            position++;
        }
        else if (json[position] - (uint)'1' <= 8)
        {
            position = Digits(position + 1);
        }
        else
        {
            throw Invalid();
        }

        if (position < json.Length && json[position] == (byte)'.')
        {
            position = OneOrMoreDigits(position + 1);
        }

        if (position < json.Length && (json[position] | 0x20) == (byte)'e')
        {
            position++;
            if (position < json.Length && json[position] is (byte)'+' or (byte)'-')
            {
                position++;
            }

            position = OneOrMoreDigits(position);
        }

        if (position < json.Length && json[position] is not ((byte)',' or (byte)'}' or (byte)']' or (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            throw Invalid();
        }

        Token(JsonTokenType.Number, start, position);
        return true;
    }

    private readonly int OneOrMoreDigits(int position) => At(position) - (uint)'0' <= 9 ? Digits(position + 1) : throw Invalid();

    private readonly int Digits(int position)
    {
        var json = _json;
        while (position < json.Length && json[position] - (uint)'0' <= 9)
        {
            position++;
        }

        return position;
    }

    /// <summary>A string from its opening quote: notes its value, returns where it ends (after the closing quote).</summary>
    private int String(int quote)
    {
        var json = _json;
        var start = quote + 1;
        var run = json[start..].IndexOfAny(StringStops);
        if (run < 0)
        {
            throw Invalid();
        }

        var at = start + run;
        var escaped = false;
        while (json[at] != (byte)'"')
        {
            if (json[at] != (byte)'\\')
            {
                throw Invalid(); // a control character
            }

            escaped = true;
            switch (At(at + 1))
            {
                case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                    at += 2;
                    break;
                case (byte)'u':
                    for (var i = at + 2; i < at + 6; i++)
                    {
                        if (!char.IsAsciiHexDigit((char)At(i)))
                        {
                            throw Invalid();
                        }
                    }

                    at += 6;
                    break;
                default:
                    throw Invalid();
            }

            run = at < json.Length ? json[at..].IndexOfAny(StringStops) : -1;
            if (run < 0)
            {
                throw Invalid();
            }

            at += run;
        }

        _valueStart = start;
        _valueLength = at - start;
        ValueIsEscaped = escaped;
        return at + 1;
    }

    /// <summary>
    /// Makes the token current. A string's or name's value and escape flag are noted by <see cref="String"/>; any other
    /// token's value is its text, unescaped, as <see cref="Utf8JsonReader"/> gives it.
    /// </summary>
    private void Token(JsonTokenType type, int start, int end)
    {
        if (type is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            _valueStart = start;
            _valueLength = end - start;
            ValueIsEscaped = false;
        }

        TokenType = type;
        _tokenStart = start;
        _tokenEnd = end;
        _position = end;
    }

    private static JsonException Invalid() => new("The text is not JSON here.");
}
