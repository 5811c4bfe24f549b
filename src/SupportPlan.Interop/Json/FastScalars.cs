using System.Text.Json;
using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Interop.Json;

/// <summary>
/// The scalars the fast reader reads without their converter, because they are most of a package's converted values:
/// enumerations (and nullable ones) and dates (<see cref="DateOnly"/>, nullable or not). Each is read here only where
/// the value is spelled exactly as the contract's converter would take it, giving the value it gives: one of the names
/// the enumeration's <see cref="StrictEnumConverter{TEnum}"/> reads (from its own table), or a date <c>yyyy-MM-dd</c>
/// that exists. Anything else (an
/// escape, another spelling, a name the converter refuses) goes to the converter, as before.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
internal static class FastScalars<T>
{
    /// <summary>The converter the contract uses for <typeparamref name="T"/>: only its values are read here.</summary>
    private static readonly JsonConverter<T> Default = (JsonConverter<T>)PackageJson.ReadingTypeInfo.Options.GetTypeInfo(typeof(T)).Converter;

    private static readonly bool IsDate = (typeof(T) == typeof(DateOnly) || typeof(T) == typeof(DateOnly?))
        && PackageJson.ReadingTypeInfo.Options.GetTypeInfo(typeof(DateOnly)).Converter.GetType().FullName == "System.Text.Json.Serialization.Converters.DateOnlyConverter";

    /// <summary>For an enumeration, each member's name as its converter writes it (UTF-8, without quotes), and the member.</summary>
    private static readonly (byte[] Name, T Value)[] Names = EnumNames();

    /// <summary>Reads the token (a string the caller has written to the canonical text) without the converter, where it can.</summary>
    /// <param name="reader">The tokenizer, on a string or other scalar token.</param>
    /// <param name="converter">The converter the member would use.</param>
    /// <param name="value">The value.</param>
    /// <returns>False when the converter must read it.</returns>
    public static bool TryRead(ref JsonTokenizer reader, JsonConverter<T> converter, out T value)
    {
        value = default!;
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || !ReferenceEquals(converter, Default))
        {
            return false;
        }

        var span = reader.ValueSpan;
        if (IsDate)
        {
            return TryDate(span, out value);
        }

        foreach (var (name, member) in Names)
        {
            if (span.SequenceEqual(name))
            {
                value = member;
                return true;
            }
        }

        return false;
    }

    /// <summary>A calendar date written <c>yyyy-MM-dd</c> (what System.Text.Json's converter reads, and more it does not take here).</summary>
    private static bool TryDate(ReadOnlySpan<byte> span, out T value)
    {
        value = default!;
        if (span.Length != 10 || span[4] != (byte)'-' || span[7] != (byte)'-')
        {
            return false;
        }

        var year = Digits(span[..4]);
        var month = Digits(span[5..7]);
        var day = Digits(span[8..]);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = (T)(object)new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The number ASCII digits spell, or -1 when a byte is not a digit.</summary>
    private static int Digits(ReadOnlySpan<byte> digits)
    {
        var number = 0;
        foreach (var b in digits)
        {
            if (b - (uint)'0' > 9)
            {
                return -1;
            }

            number = (number * 10) + (b - '0');
        }

        return number;
    }

    /// <summary>The names the enumeration's converter reads, from its own table; none for another type or converter.</summary>
    private static (byte[] Name, T Value)[] EnumNames()
    {
        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return type.IsEnum && PackageJson.ReadingTypeInfo.Options.GetTypeInfo(type).Converter is IStrictEnumNames strict
            ? [.. strict.Names.Select(n => (n.Utf8, (T)n.Value))]
            : [];
    }
}
