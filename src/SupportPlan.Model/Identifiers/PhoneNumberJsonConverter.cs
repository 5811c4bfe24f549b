using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportPlan.Model.Identifiers;

/// <summary>Writes a <see cref="PhoneNumber"/> as its normalised text and reads only that form.</summary>
public sealed class PhoneNumberJsonConverter : JsonConverter<PhoneNumber>
{
    /// <inheritdoc />
    public override PhoneNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ValueJson.ParseCanonical(ValueJson.ReadString(ref reader, nameof(PhoneNumber)), nameof(PhoneNumber), PhoneNumber.Parse);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PhoneNumber value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    /// <inheritdoc />
    public override PhoneNumber ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ValueJson.ParseCanonical(reader.GetString()!, nameof(PhoneNumber), PhoneNumber.Parse);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, PhoneNumber value, JsonSerializerOptions options) =>
        writer.WritePropertyName(Format(value));

    private static string Format(PhoneNumber value) =>
        value == default ? throw ValueJson.DefaultValue(nameof(PhoneNumber)) : value.ToString();
}
