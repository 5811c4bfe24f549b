using System.Text;
using System.Text.Json.Serialization;
using SupportPlan.Model.Text;

namespace SupportPlan.Model.Identifiers;

/// <summary>
/// The reading of a name (よみがな), in hiragana or katakana as the form prints it, such as <c>めむろ たろう</c> or
/// <c>メムロ タロウ</c>.
/// </summary>
/// <remarks>
/// Equality compares <see cref="Value"/> exactly; <see cref="IsEquivalentTo(NameReading)"/> ignores the difference
/// between hiragana and katakana. <c>default(NameReading)</c> holds no reading: its <see cref="Value"/> and text are
/// empty.
/// </remarks>
[JsonConverter(typeof(NameReadingJsonConverter))]
public readonly struct NameReading : IEquatable<NameReading>
{
    private readonly string? _value;

    private NameReading(string value) => _value = value;

    /// <summary>The reading, normalised: full-width kana, single spaces, no surrounding spaces.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// Reads a name reading. Half-width katakana becomes full-width, the full-width space becomes a space, surrounding
    /// spaces are removed and runs of spaces become one. Allowed are hiragana (ぁ–ゖ), katakana (ァ–ヺ), ー, ・,
    /// ゝ ゞ ヽ ヾ and spaces; a kanji, Latin letter, digit or any other character is reported with its position.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The reading, or why the text is not one.</returns>
    public static ParseResult<NameReading> Parse(string? text)
    {
        var folded = JapaneseTextNormalizer.FoldAndTrim(text);
        if (folded.Length == 0)
        {
            return ParseResult<NameReading>.Fail(new ParseError(
                ValueErrorCodes.ReadingEmpty, "よみがなが空です。", "The name reading is empty."));
        }

        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c == ' ' && builder[^1] == ' ')
            {
                continue;
            }

            builder.Append(c);
        }

        var s = builder.ToString();
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (!IsAllowed(c))
            {
                return ParseResult<NameReading>.Fail(Offending(s, i));
            }
        }

        return ParseResult<NameReading>.Ok(new NameReading(s));
    }

    /// <summary>Reads a name reading as <see cref="Parse(string?)"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The reading, or the default when the text is not one.</param>
    /// <returns>Whether the text is a valid reading.</returns>
    public static bool TryParse(string? text, out NameReading value) => Parse(text).TryGetValue(out value);

    /// <summary>The reading in hiragana (ヷ ヸ ヹ ヺ, which have no hiragana letter, stay as they are).</summary>
    /// <returns>The reading.</returns>
    public NameReading ToHiragana() => _value is null ? default : new NameReading(Convert(_value, toHiragana: true));

    /// <summary>The reading in katakana.</summary>
    /// <returns>The reading.</returns>
    public NameReading ToKatakana() => _value is null ? default : new NameReading(Convert(_value, toHiragana: false));

    /// <summary>Whether the two readings are the same up to hiragana and katakana (めむろ and メムロ are).</summary>
    /// <param name="other">The other reading.</param>
    /// <returns>Whether they are equivalent.</returns>
    public bool IsEquivalentTo(NameReading other) =>
        string.Equals(ToHiragana().Value, other.ToHiragana().Value, StringComparison.Ordinal);

    /// <summary>The reading (empty for the default value).</summary>
    /// <returns>The reading.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(NameReading other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NameReading other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Whether two readings are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(NameReading left, NameReading right) => left.Equals(right);

    /// <summary>Whether two readings differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(NameReading left, NameReading right) => !left.Equals(right);

    private static bool IsAllowed(char c) =>
        c is (>= '\u3041' and <= '\u3096') // ぁ–ゖ
            or (>= '\u30A1' and <= '\u30FA') // ァ–ヺ
            or '\u30FC' or '\u30FB' // ー ・
            or '\u309D' or '\u309E' or '\u30FD' or '\u30FE' // ゝ ゞ ヽ ヾ
            or ' ';

    private static ParseError Offending(string s, int index)
    {
        var c = s[index];
        var position = index + 1;
        var codePoint = char.IsSurrogatePair(s, index) ? char.ConvertToUtf32(s, index) : c;
        var shown = char.IsSurrogatePair(s, index) ? s.Substring(index, 2) : c.ToString();
        var unicode = $"U+{codePoint:X4}";
        if (IsKanji(codePoint))
        {
            return new ParseError(
                ValueErrorCodes.ReadingKanji,
                $"よみがな「{s}」に漢字「{shown}」があります（{position} 文字目）。ひらがなかカタカナで書いてください。",
                $"Name reading '{s}' contains the kanji '{shown}' ({unicode}) at position {position}; write it in hiragana or katakana.");
        }

        if (char.IsAsciiLetter(c))
        {
            return new ParseError(
                ValueErrorCodes.ReadingLatin,
                $"よみがな「{s}」に英字「{shown}」があります（{position} 文字目）。ひらがなかカタカナで書いてください。",
                $"Name reading '{s}' contains the Latin letter '{shown}' at position {position}; write it in hiragana or katakana.");
        }

        if (char.IsAsciiDigit(c))
        {
            return new ParseError(
                ValueErrorCodes.ReadingDigit,
                $"よみがな「{s}」に数字「{shown}」があります（{position} 文字目）。ひらがなかカタカナで書いてください。",
                $"Name reading '{s}' contains the digit '{shown}' at position {position}; write it in hiragana or katakana.");
        }

        return new ParseError(
            ValueErrorCodes.ReadingOther,
            $"よみがな「{s}」に使えない文字「{shown}」（{unicode}）があります（{position} 文字目）。使えるのはひらがな、カタカナ、ー、・と空白です。",
            $"Name reading '{s}' contains '{shown}' ({unicode}) at position {position}, which is not allowed; use hiragana, katakana, 'ー', '・' and spaces.");
    }

    private static bool IsKanji(int codePoint) =>
        codePoint is (>= 0x4E00 and <= 0x9FFF) // CJK unified ideographs
            or (>= 0x3400 and <= 0x4DBF) // extension A
            or (>= 0xF900 and <= 0xFAFF) // compatibility ideographs
            or (>= 0x20000 and <= 0x3FFFF) // extensions B and later
            or 0x3005; // 々

    private static string Convert(string value, bool toHiragana)
    {
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (toHiragana)
            {
                if (c is (>= '\u30A1' and <= '\u30F6') or '\u30FD' or '\u30FE')
                {
                    chars[i] = (char)(c - 0x60);
                }
            }
            else if (c is (>= '\u3041' and <= '\u3096') or '\u309D' or '\u309E')
            {
                chars[i] = (char)(c + 0x60);
            }
        }

        return new string(chars);
    }
}
