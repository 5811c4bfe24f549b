using System.Buffers;
using System.Text;
using System.Text.Json.Serialization;
using SupportPlan.Model.Text;

namespace SupportPlan.Model.Identifiers;

/// <summary>
/// A telephone number kept as text, as written on the form (such as <c>0155-62-2111</c> or
/// <c>+81 155-62-2111</c>), after folding full-width characters.
/// </summary>
/// <remarks>
/// Equality compares <see cref="Value"/>, so <c>03-1234-5678</c> and <c>0312345678</c> differ; compare
/// <see cref="Digits"/> to match numbers however they are punctuated. <c>default(PhoneNumber)</c> holds no number:
/// its <see cref="Value"/> and text are empty.
/// </remarks>
[JsonConverter(typeof(PhoneNumberJsonConverter))]
public readonly struct PhoneNumber : IEquatable<PhoneNumber>
{
    private const int MinDigits = 3;
    private const int MaxDigits = 15;

    private static readonly SearchValues<char> DashLookAlikes =
        SearchValues.Create("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC");

    private readonly string? _value;

    private PhoneNumber(string value) => _value = value;

    /// <summary>The number as written, after normalisation (hyphens, parentheses and spaces kept).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Only the digits of the number, such as <c>0155622111</c>.</summary>
    public string Digits
    {
        get
        {
            var value = Value;
            var builder = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                if (char.IsAsciiDigit(c))
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }
    }

    /// <summary>
    /// Reads a telephone number. Full-width digits, hyphens, parentheses, plus sign and spaces are folded to ASCII,
    /// and so are the dash look-alikes that Japanese input methods produce (‐ ‑ ‒ – — ― − ー); surrounding spaces
    /// are removed. Allowed are digits, <c>-</c>, <c>(</c>, <c>)</c>, spaces and a leading <c>+</c>; the number has
    /// 3 to 15 digits.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The number, or why the text is not one.</returns>
    public static ParseResult<PhoneNumber> Parse(string? text)
    {
        var s = FoldDashes(JapaneseTextNormalizer.FoldAndTrim(text));
        if (s.Length == 0)
        {
            return Fail(ValueErrorCodes.PhoneEmpty, "電話番号が空です。", "The phone number is empty.");
        }

        var digits = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == '+')
            {
                if (i != 0)
                {
                    return Fail(
                        ValueErrorCodes.PhonePlus,
                        $"電話番号「{s}」の「+」は先頭にしか置けません（{i + 1} 文字目）。",
                        $"Phone number '{s}' has '+' at position {i + 1}; '+' is allowed only at the start.");
                }
            }
            else if (c is not ('-' or '(' or ')' or ' '))
            {
                return Fail(
                    ValueErrorCodes.PhoneCharacter,
                    $"電話番号「{s}」に使えない文字「{c}」があります（{i + 1} 文字目）。使えるのは数字、-、(、)、先頭の + と空白です。",
                    $"Phone number '{s}' has a character '{c}' (U+{(int)c:X4}) at position {i + 1} that is not allowed; use digits, '-', '(', ')', a leading '+' and spaces.");
            }
        }

        if (digits < MinDigits)
        {
            return Fail(
                ValueErrorCodes.PhoneTooFewDigits,
                $"電話番号「{s}」の数字は {digits} 桁です。{MinDigits} 桁以上必要です。",
                $"Phone number '{s}' has {digits} digits; at least {MinDigits} are needed.");
        }

        if (digits > MaxDigits)
        {
            return Fail(
                ValueErrorCodes.PhoneTooManyDigits,
                $"電話番号「{s}」の数字は {digits} 桁です。{MaxDigits} 桁までです。",
                $"Phone number '{s}' has {digits} digits; at most {MaxDigits} are allowed.");
        }

        return ParseResult<PhoneNumber>.Ok(new PhoneNumber(s));
    }

    /// <summary>Reads a telephone number as <see cref="Parse(string?)"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number, or the default when the text is not one.</param>
    /// <returns>Whether the text is a valid number.</returns>
    public static bool TryParse(string? text, out PhoneNumber value) => Parse(text).TryGetValue(out value);

    /// <summary>The number as written, after normalisation (empty for the default value).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(PhoneNumber other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PhoneNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Whether two numbers are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PhoneNumber left, PhoneNumber right) => left.Equals(right);

    /// <summary>Whether two numbers differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PhoneNumber left, PhoneNumber right) => !left.Equals(right);

    private static string FoldDashes(string s)
    {
        if (s.AsSpan().IndexOfAny(DashLookAlikes) < 0)
        {
            return s;
        }

        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is (>= '\u2010' and <= '\u2015') or '\u2212' or '\u30FC')
            {
                chars[i] = '-';
            }
        }

        return new string(chars);
    }

    private static ParseResult<PhoneNumber> Fail(string code, string ja, string en) =>
        ParseResult<PhoneNumber>.Fail(new ParseError(code, ja, en));
}
