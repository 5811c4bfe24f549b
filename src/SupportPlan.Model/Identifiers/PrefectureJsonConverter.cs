using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportPlan.Model.Identifiers;

/// <summary>Writes a <see cref="Prefecture"/> as its two-digit string, <c>"01"</c>, and reads only that form.</summary>
public sealed class PrefectureJsonConverter : JsonConverter<Prefecture>
{
    /// <inheritdoc />
    public override Prefecture Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ValueJson.ParseCanonical(ValueJson.ReadString(ref reader, nameof(Prefecture)), nameof(Prefecture), Prefecture.Parse);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Prefecture value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    /// <inheritdoc />
    public override Prefecture ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ValueJson.ParseCanonical(reader.GetString()!, nameof(Prefecture), Prefecture.Parse);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Prefecture value, JsonSerializerOptions options) =>
        writer.WritePropertyName(Format(value));

    private static string Format(Prefecture value) =>
        value == default ? throw ValueJson.DefaultValue(nameof(Prefecture)) : value.ToString();
}
