using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportPlan.Interop.Json;

/// <summary>
/// The scalars the fast reader reads without their converter, because they are most of a package's converted values:
/// enumerations (and nullable ones) and dates (<see cref="DateOnly"/>, nullable or not). Each is read here only where
/// the value is spelled exactly as the contract's converter would take it, giving the value it gives: a name the
/// converter writes and reads back as the same member, or a date <c>yyyy-MM-dd</c> that exists. Anything else (an
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

        var year = 0;
        var month = 0;
        var day = 0;
        for (var i = 0; i < 10; i++)
        {
            var digit = span[i] - (uint)'0';
            if (i is 4 or 7)
            {
                continue;
            }

            if (digit > 9)
            {
                return false;
            }

            if (i < 4)
            {
                year = (year * 10) + (int)digit;
            }
            else if (i < 7)
            {
                month = (month * 10) + (int)digit;
            }
            else
            {
                day = (day * 10) + (int)digit;
            }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = (T)(object)new DateOnly(year, month, day);
        return true;
    }

    private static (byte[] Name, T Value)[] EnumNames()
    {
        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (!type.IsEnum)
        {
            return [];
        }

        var options = PackageJson.ReadingTypeInfo.Options;
        var names = new List<(byte[], T)>();
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        foreach (var underlying in Enum.GetValuesAsUnderlyingType(type))
        {
            // What the converter writes for the member, kept only when the converter reads it back as the member.
            var member = (T)Enum.ToObject(type, underlying);
            buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                Default.Write(writer, member, options);
            }

            var written = buffer.WrittenSpan;
            if (written.Length < 2 || written[0] != (byte)'"' || written[^1] != (byte)'"' || written[1..^1].Contains((byte)'\\'))
            {
                continue;
            }

            var reader = new Utf8JsonReader(written);
            reader.Read();
            if (EqualityComparer<T>.Default.Equals(Default.Read(ref reader, typeof(T), options), member))
            {
                names.Add((written[1..^1].ToArray(), member));
            }
        }

        return [.. names];
    }
}
