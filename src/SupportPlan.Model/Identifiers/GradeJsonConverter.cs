using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportPlan.Model.Identifiers;

/// <summary>Writes a <see cref="Grade"/> as its code, such as <c>"elementary-3"</c>, and reads only that form.</summary>
public sealed class GradeJsonConverter : JsonConverter<Grade>
{
    /// <inheritdoc />
    public override Grade Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ValueJson.ParseCanonical(ValueJson.ReadString(ref reader, nameof(Grade)), nameof(Grade), Grade.Parse);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Grade value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    /// <inheritdoc />
    public override Grade ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ValueJson.ParseCanonical(reader.GetString()!, nameof(Grade), Grade.Parse);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Grade value, JsonSerializerOptions options) =>
        writer.WritePropertyName(Format(value));

    private static string Format(Grade value) =>
        value == default ? throw ValueJson.DefaultValue(nameof(Grade)) : value.ToString();
}
