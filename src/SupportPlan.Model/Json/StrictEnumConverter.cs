using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportPlan.Model.Json;

/// <summary>
/// Writes an enum as a stable kebab-case string (or the name its <see cref="JsonStringEnumMemberNameAttribute"/> gives)
/// and reads exactly those names back, so that a code value in a file always names its meaning
/// (<c>"non-attendance"</c>). Integers, other spellings (<c>"Non-Attendance"</c>, <c>"NonAttendance"</c>,
/// <c>" non-attendance"</c>) and comma lists, which System.Text.Json's own enum converter accepts, are refused, as the
/// published schemas' <c>enum</c> lists refuse them. Apply it to every enum of the model.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>, IStrictEnumNames
    where TEnum : struct, Enum
{
    private static readonly JsonSerializerOptions Plain = new();

    /// <summary>System.Text.Json's converter with the same naming; it decides how each value is spelt.</summary>
    private static readonly JsonConverter<TEnum> Naming = (JsonConverter<TEnum>)new JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
        .CreateConverter(typeof(TEnum), Plain)!;

    private static readonly Name[] Names = [.. Enum.GetValues<TEnum>().Distinct().Select(Spell)];

    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            foreach (var name in Names)
            {
                if (reader.ValueTextEquals(name.Utf8)) // compares the unescaped text
                {
                    return name.Value;
                }
            }
        }

        // No message: System.Text.Json then says "could not be converted to TEnum" with the path, line and byte.
        throw new JsonException();
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var name in Names)
        {
            if (EqualityComparer<TEnum>.Default.Equals(name.Value, value))
            {
                writer.WriteStringValue(name.Encoded);
                return;
            }
        }

        Naming.Write(writer, value, options); // a value the enum does not define: refused as before
    }

    /// <inheritdoc/>
    IEnumerable<(byte[] Utf8, object Value)> IStrictEnumNames.Names => Names.Select(n => (n.Utf8, (object)n.Value));

    private static Name Spell(TEnum value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Naming.Write(writer, value, Plain);
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        reader.Read();
        var text = reader.GetString()!;
        return new Name(value, Encoding.UTF8.GetBytes(text), JsonEncodedText.Encode(text));
    }

    private sealed record Name(TEnum Value, byte[] Utf8, JsonEncodedText Encoded);
}

/// <summary>
/// The names a <see cref="StrictEnumConverter{TEnum}"/> reads, for a reader that matches a string token's bytes without
/// calling the converter (the validator's fast reader): an unescaped token equal to one of them is what the converter
/// reads as that member, and nothing else is.
/// </summary>
internal interface IStrictEnumNames
{
    /// <summary>Each member's name as UTF-8, without quotes, and the member, boxed.</summary>
    IEnumerable<(byte[] Utf8, object Value)> Names { get; }
}
