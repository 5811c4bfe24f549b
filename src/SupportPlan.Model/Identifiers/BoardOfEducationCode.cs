using System.Text.Json.Serialization;
using SupportPlan.Model.Text;

namespace SupportPlan.Model.Identifiers;

/// <summary>
/// A board of education code (教育委員会コード): six digits, the prefecture number (01–47) followed by a
/// four-digit number, such as <c>011002</c>.
/// </summary>
/// <remarks><c>default(BoardOfEducationCode)</c> holds no code: its <see cref="Value"/> and text are empty.</remarks>
[JsonConverter(typeof(BoardOfEducationCodeJsonConverter))]
public readonly struct BoardOfEducationCode : IEquatable<BoardOfEducationCode>, IComparable<BoardOfEducationCode>
{
    private readonly string? _value;

    private BoardOfEducationCode(string value) => _value = value;

    /// <summary>The six-digit code (empty for the default value).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The prefecture, from the first two digits.</summary>
    public Prefecture Prefecture =>
        _value is null ? default : Prefecture.FromValidNumber(((_value[0] - '0') * 10) + (_value[1] - '0'));

    /// <summary>The four-digit number within the prefecture (empty for the default value).</summary>
    public string Number => _value is null ? string.Empty : _value[2..];

    /// <summary>Reads a board of education code; surrounding spaces are removed and full-width digits accepted.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code, or why the text is not one (empty, not six characters, not digits, prefecture out of
    /// range).</returns>
    public static ParseResult<BoardOfEducationCode> Parse(string? text)
    {
        var s = JapaneseTextNormalizer.FoldAndTrim(text);
        if (s.Length == 0)
        {
            return Fail(ValueErrorCodes.BoardCodeEmpty, "教育委員会コードが空です。", "The board of education code is empty.");
        }

        if (s.Length != 6)
        {
            return Fail(
                ValueErrorCodes.BoardCodeLength,
                $"教育委員会コード「{s}」は {s.Length} 文字です。教育委員会コードは 6 桁です。",
                $"Board of education code '{s}' has {s.Length} characters; the code has six digits.");
        }

        var bad = s.AsSpan().IndexOfAnyExceptInRange('0', '9');
        if (bad >= 0)
        {
            return Fail(
                ValueErrorCodes.BoardCodeNotDigits,
                $"教育委員会コード「{s}」に数字以外の文字「{s[bad]}」があります（{bad + 1} 文字目）。",
                $"Board of education code '{s}' has a non-digit '{s[bad]}' at position {bad + 1}.");
        }

        if (((s[0] - '0') * 10) + (s[1] - '0') is < 1 or > 47)
        {
            return Fail(
                ValueErrorCodes.BoardCodePrefecture,
                $"教育委員会コード「{s}」の都道府県番号「{s[..2]}」は範囲外です（01〜47）。",
                $"Board of education code '{s}' has prefecture number '{s[..2]}', outside 01–47.");
        }

        return ParseResult<BoardOfEducationCode>.Ok(new BoardOfEducationCode(s));
    }

    /// <summary>Reads a board of education code as <see cref="Parse(string?)"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The code, or the default when the text is not one.</param>
    /// <returns>Whether the text is a valid code.</returns>
    public static bool TryParse(string? text, out BoardOfEducationCode value) => Parse(text).TryGetValue(out value);

    /// <summary>The six-digit code (empty for the default value).</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(BoardOfEducationCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BoardOfEducationCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Whether two codes are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(BoardOfEducationCode left, BoardOfEducationCode right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(BoardOfEducationCode left, BoardOfEducationCode right) => !left.Equals(right);

    /// <summary>Compares the codes as text (ordinal).</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(BoardOfEducationCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(BoardOfEducationCode left, BoardOfEducationCode right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(BoardOfEducationCode left, BoardOfEducationCode right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(BoardOfEducationCode left, BoardOfEducationCode right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(BoardOfEducationCode left, BoardOfEducationCode right) => left.CompareTo(right) >= 0;

    private static ParseResult<BoardOfEducationCode> Fail(string code, string ja, string en) =>
        ParseResult<BoardOfEducationCode>.Fail(new ParseError(code, ja, en));
}
