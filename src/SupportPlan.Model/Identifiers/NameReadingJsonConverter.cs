using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportPlan.Model.Identifiers;

/// <summary>Writes a <see cref="NameReading"/> as its normalised text and reads only that form.</summary>
public sealed class NameReadingJsonConverter : JsonConverter<NameReading>
{
    /// <inheritdoc />
    public override NameReading Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ValueJson.ParseCanonical(ValueJson.ReadString(ref reader, nameof(NameReading)), nameof(NameReading), NameReading.Parse);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, NameReading value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    /// <inheritdoc />
    public override NameReading ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ValueJson.ParseCanonical(reader.GetString()!, nameof(NameReading), NameReading.Parse);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, NameReading value, JsonSerializerOptions options) =>
        writer.WritePropertyName(Format(value));

    private static string Format(NameReading value) =>
        value == default ? throw ValueJson.DefaultValue(nameof(NameReading)) : value.ToString();
}
