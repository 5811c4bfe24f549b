using System.Globalization;
using System.Text.Json.Serialization;
using SupportPlan.Model.Text;

namespace SupportPlan.Model.Identifiers;

/// <summary>
/// A prefecture of Japan (都道府県), numbered 1–47 in the order of JIS X 0401 (01 北海道 … 13 東京都 … 47 沖縄県).
/// The text form is the two-digit number, such as <c>01</c>.
/// </summary>
/// <remarks><c>default(Prefecture)</c> holds no prefecture: its <see cref="Number"/> is 0 and its text is empty.</remarks>
[JsonConverter(typeof(PrefectureJsonConverter))]
public readonly struct Prefecture : IEquatable<Prefecture>, IComparable<Prefecture>
{
    private static readonly string[] Names =
    [
        "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
        "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
        "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
        "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
        "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
    ];

    private readonly byte _number;

    private Prefecture(int number) => _number = (byte)number;

    /// <summary>The JIS X 0401 number, 1–47 (0 for the default value).</summary>
    public int Number => _number;

    /// <summary>The Japanese name with its suffix, such as 東京都 (empty for the default value).</summary>
    public string JapaneseName => _number == 0 ? string.Empty : Names[_number - 1];

    /// <summary>The prefecture with the given JIS X 0401 number.</summary>
    /// <param name="number">The number, 1–47.</param>
    /// <returns>The prefecture, or an error when the number is out of range.</returns>
    public static ParseResult<Prefecture> FromNumber(int number) =>
        number is >= 1 and <= 47
            ? ParseResult<Prefecture>.Ok(new Prefecture(number))
            : ParseResult<Prefecture>.Fail(OutOfRange(number.ToString(CultureInfo.InvariantCulture)));

    /// <summary>
    /// Reads a prefecture from its number (<c>01</c> or <c>1</c>) or its Japanese name, with or without the suffix
    /// 都, 府 or 県 (東京都, 東京). Full-width digits are accepted.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The prefecture, or why the text is not one.</returns>
    public static ParseResult<Prefecture> Parse(string? text)
    {
        var s = JapaneseTextNormalizer.FoldAndTrim(text);
        if (s.Length == 0)
        {
            return ParseResult<Prefecture>.Fail(new ParseError(
                ValueErrorCodes.PrefectureEmpty,
                "都道府県が空です。",
                "The prefecture is empty."));
        }

        if (s.Length <= 2 && s.All(char.IsAsciiDigit))
        {
            return FromNumber(int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture));
        }

        for (var i = 0; i < Names.Length; i++)
        {
            var name = Names[i];
            if (s == name || (name.Length > 2 && name[^1] is '都' or '府' or '県' && s == name[..^1]))
            {
                return ParseResult<Prefecture>.Ok(new Prefecture(i + 1));
            }
        }

        return ParseResult<Prefecture>.Fail(new ParseError(
            ValueErrorCodes.PrefectureUnknown,
            $"「{s}」は都道府県番号（01〜47）でも都道府県名でもありません。",
            $"'{s}' is neither a prefecture number (01–47) nor a prefecture name."));
    }

    /// <summary>Reads a prefecture as <see cref="Parse(string?)"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The prefecture, or the default when the text is not one.</param>
    /// <returns>Whether the text is a prefecture.</returns>
    public static bool TryParse(string? text, out Prefecture value) => Parse(text).TryGetValue(out value);

    /// <summary>The two-digit number, such as <c>01</c> (empty for the default value).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        _number == 0 ? string.Empty : _number.ToString("00", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(Prefecture other) => _number == other._number;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Prefecture other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _number;

    /// <summary>Compares by JIS X 0401 number.</summary>
    /// <param name="other">The other prefecture.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Prefecture other) => _number.CompareTo(other._number);

    /// <summary>Whether two prefectures are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Prefecture left, Prefecture right) => left.Equals(right);

    /// <summary>Whether two prefectures differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Prefecture left, Prefecture right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/> in JIS order.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Prefecture left, Prefecture right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/> in JIS order.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Prefecture left, Prefecture right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> comes before or is <paramref name="right"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Prefecture left, Prefecture right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> comes after or is <paramref name="right"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Prefecture left, Prefecture right) => left.CompareTo(right) >= 0;

    /// <summary>The prefecture with a number already known to be 1–47.</summary>
    internal static Prefecture FromValidNumber(int number) => new(number);

    private static ParseError OutOfRange(string number) => new(
        ValueErrorCodes.PrefectureOutOfRange,
        $"都道府県番号「{number}」は範囲外です（01〜47）。",
        $"Prefecture number '{number}' is out of range (01–47).");
}
