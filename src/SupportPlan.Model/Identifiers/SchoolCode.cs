using System.Globalization;
using System.Text.Json.Serialization;
using SupportPlan.Model.Text;

namespace SupportPlan.Model.Identifiers;

/// <summary>
/// A MEXT school code (学校コード, published December 2020): 13 characters, such as <c>B108254200026</c>.
/// Positions 1–2 are the <see cref="Identifiers.SchoolType"/>, 3–4 the <see cref="Identifiers.Prefecture"/>,
/// 5 the <see cref="Identifiers.Establishment"/>, 6–12 the school number and 13 the check digit.
/// </summary>
/// <remarks>
/// <c>default(SchoolCode)</c> holds no code: its <see cref="Value"/> and text are empty and its other properties
/// return their defaults.
/// </remarks>
[JsonConverter(typeof(SchoolCodeJsonConverter))]
public readonly struct SchoolCode : IEquatable<SchoolCode>, IComparable<SchoolCode>
{
    /// <summary>The number of characters of a school code.</summary>
    private const int Length = 13;

    private readonly string? _value;

    private SchoolCode(string value) => _value = value;

    /// <summary>The 13-character code in upper case, such as <c>B108254200026</c> (empty for the default value).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The kind of school, from positions 1–2.</summary>
    public SchoolType SchoolType
    {
        get
        {
            _ = SchoolTypes.TryFromCode(_value?[..2], out var type);
            return type;
        }
    }

    /// <summary>The prefecture, from positions 3–4.</summary>
    public Prefecture Prefecture =>
        _value is null ? default : Prefecture.FromValidNumber(((_value[2] - '0') * 10) + (_value[3] - '0'));

    /// <summary>Who runs the school, from position 5.</summary>
    public Establishment Establishment => _value is null ? default : (Establishment)(_value[4] - '0');

    /// <summary>The seven-digit school number, positions 6–12.</summary>
    public string SchoolNumber => _value is null ? string.Empty : _value.Substring(5, 7);

    /// <summary>The check digit, position 13 (0 for the default value).</summary>
    public int CheckDigit => _value is null ? 0 : _value[12] - '0';

    /// <summary>
    /// Computes the check digit of the first 12 characters of a school code: the letter becomes two digits
    /// (A = 01 … H = 08), the 13 digits are weighted 1, 2, 1, 2, … from the left, the digits of each product are
    /// added, and the check digit is (10 − sum mod 10) mod 10.
    /// </summary>
    /// <param name="first12">The first 12 characters: a letter A–H (upper case) and 11 ASCII digits.</param>
    /// <returns>The check digit, 0–9.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first12"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="first12"/> is not a letter A–H followed by 11 digits.</exception>
    public static int ComputeCheckDigit(string first12)
    {
        ArgumentNullException.ThrowIfNull(first12);
        if (first12.Length != 12 || first12[0] is < 'A' or > 'H' || first12.AsSpan(1).ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException(
                "Expected the first 12 characters of a school code: a letter A–H and 11 digits.", nameof(first12));
        }

        return ComputeCheckDigitUnchecked(first12);
    }

    /// <summary>Builds a school code, computing its check digit.</summary>
    /// <param name="schoolType">The kind of school.</param>
    /// <param name="prefecture">The prefecture.</param>
    /// <param name="establishment">Who runs the school.</param>
    /// <param name="schoolNumber">The seven-digit school number; its first digit is 1–9.</param>
    /// <returns>The school code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="schoolType"/> or <paramref name="establishment"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="prefecture"/> is the default value, or <paramref name="schoolNumber"/> is not seven digits starting 1–9.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="schoolNumber"/> is <see langword="null"/>.</exception>
    public static SchoolCode Create(SchoolType schoolType, Prefecture prefecture, Establishment establishment, string schoolNumber)
    {
        var typeCode = SchoolTypes.Code(schoolType);
        if (!Establishments.IsDefined(establishment))
        {
            throw new ArgumentOutOfRangeException(nameof(establishment), establishment, "Not a defined Establishment.");
        }

        if (prefecture == default)
        {
            throw new ArgumentException("The prefecture is the default value, which names no prefecture.", nameof(prefecture));
        }

        ArgumentNullException.ThrowIfNull(schoolNumber);
        if (!IsValidSchoolNumber(schoolNumber))
        {
            throw new ArgumentException("The school number must be seven digits, the first one 1–9.", nameof(schoolNumber));
        }

        var first12 = string.Concat(
            typeCode,
            prefecture.ToString(),
            ((int)establishment).ToString(CultureInfo.InvariantCulture),
            schoolNumber);
        return new SchoolCode(first12 + (char)('0' + ComputeCheckDigitUnchecked(first12)));
    }

    /// <summary>
    /// Reads a school code. Surrounding spaces are removed, and full-width and lower-case letters and digits are
    /// accepted (<c>ｂ１０８２５４２０００２６</c> reads as <c>B108254200026</c>).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The school code, or why the text is not one (empty, wrong length, unknown school type, prefecture
    /// out of range, establishment not 1–3, invalid school number, or wrong check digit).</returns>
    public static ParseResult<SchoolCode> Parse(string? text)
    {
        var s = JapaneseTextNormalizer.FoldAndTrim(text).ToUpperInvariant();
        if (s.Length == 0)
        {
            return Fail(ValueErrorCodes.SchoolCodeEmpty, "学校コードが空です。", "The school code is empty.");
        }

        if (s.Length != Length)
        {
            return Fail(
                ValueErrorCodes.SchoolCodeLength,
                $"学校コード「{s}」は {s.Length} 文字です。学校コードは 13 文字です。",
                $"School code '{s}' has {s.Length} characters; a school code has 13.");
        }

        if (!SchoolTypes.TryFromCode(s[..2], out _))
        {
            return Fail(
                ValueErrorCodes.SchoolCodeType,
                $"学校コード「{s}」の学校種「{s[..2]}」は不明です（A1, A2, B1, C1, C2, D1, D2, E1, F1, F2, G1, H1, H2）。",
                $"School code '{s}' starts with an unknown school type '{s[..2]}' (expected A1, A2, B1, C1, C2, D1, D2, E1, F1, F2, G1, H1 or H2).");
        }

        if (!char.IsAsciiDigit(s[2]) || !char.IsAsciiDigit(s[3]) || ((s[2] - '0') * 10) + (s[3] - '0') is < 1 or > 47)
        {
            return Fail(
                ValueErrorCodes.SchoolCodePrefecture,
                $"学校コード「{s}」の都道府県番号「{s[2..4]}」は範囲外です（01〜47）。",
                $"School code '{s}' has prefecture number '{s[2..4]}', outside 01–47.");
        }

        if (s[4] is < '1' or > '3')
        {
            return Fail(
                ValueErrorCodes.SchoolCodeEstablishment,
                $"学校コード「{s}」の設置者区分「{s[4]}」は 1（国立）、2（公立）、3（私立）のいずれでもありません。",
                $"School code '{s}' has establishment digit '{s[4]}'; expected 1 (national), 2 (public) or 3 (private).");
        }

        var number = s.Substring(5, 7);
        if (!IsValidSchoolNumber(number))
        {
            return Fail(
                ValueErrorCodes.SchoolCodeSchoolNumber,
                $"学校コード「{s}」の学校番号「{number}」が正しくありません（7 桁の数字で、先頭は 1〜9）。",
                $"School code '{s}' has an invalid school number '{number}' (seven digits, the first 1–9).");
        }

        var expected = ComputeCheckDigitUnchecked(s);
        if (s[12] != (char)('0' + expected))
        {
            return Fail(
                ValueErrorCodes.SchoolCodeCheckDigit,
                $"学校コード「{s}」の検査数字「{s[12]}」が一致しません。「{s[..12]}」の検査数字は {expected} です。",
                $"School code '{s}' has check digit '{s[12]}', but the check digit of '{s[..12]}' is {expected}.");
        }

        return ParseResult<SchoolCode>.Ok(new SchoolCode(s));
    }

    /// <summary>Reads a school code as <see cref="Parse(string?)"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The school code, or the default when the text is not one.</param>
    /// <returns>Whether the text is a valid school code.</returns>
    public static bool TryParse(string? text, out SchoolCode value) => Parse(text).TryGetValue(out value);

    /// <summary>The 13-character code (empty for the default value).</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(SchoolCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SchoolCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Compares the codes as text (ordinal), which groups them by school type and prefecture.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(SchoolCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Whether two codes are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SchoolCode left, SchoolCode right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SchoolCode left, SchoolCode right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(SchoolCode left, SchoolCode right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(SchoolCode left, SchoolCode right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(SchoolCode left, SchoolCode right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(SchoolCode left, SchoolCode right) => left.CompareTo(right) >= 0;

    private static bool IsValidSchoolNumber(string number) =>
        number.Length == 7 && number[0] is >= '1' and <= '9' && !number.AsSpan().ContainsAnyExceptInRange('0', '9');

    /// <summary>The check digit of a string whose first 12 characters are a letter A–H and 11 digits.</summary>
    private static int ComputeCheckDigitUnchecked(string code)
    {
        // The letter becomes "0" and a digit 1–8; the leading 0 has weight 1 and adds nothing.
        var sum = DigitSum((code[0] - 'A' + 1) * 2);
        for (var i = 1; i < 12; i++)
        {
            var weight = i % 2 == 0 ? 2 : 1; // digit i of the code is digit i + 1 of the 13; weights 1, 2, 1, 2, …
            sum += DigitSum((code[i] - '0') * weight);
        }

        return (10 - (sum % 10)) % 10;
    }

    private static int DigitSum(int product) => (product / 10) + (product % 10);

    private static ParseResult<SchoolCode> Fail(string code, string ja, string en) =>
        ParseResult<SchoolCode>.Fail(new ParseError(code, ja, en));
}
