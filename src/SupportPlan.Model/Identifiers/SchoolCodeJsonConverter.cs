using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportPlan.Model.Identifiers;

/// <summary>Writes a <see cref="SchoolCode"/> as its 13-character string and reads only that form.</summary>
public sealed class SchoolCodeJsonConverter : JsonConverter<SchoolCode>
{
    /// <inheritdoc />
    public override SchoolCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ValueJson.ParseCanonical(ValueJson.ReadString(ref reader, nameof(SchoolCode)), nameof(SchoolCode), SchoolCode.Parse);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, SchoolCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    /// <inheritdoc />
    public override SchoolCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ValueJson.ParseCanonical(reader.GetString()!, nameof(SchoolCode), SchoolCode.Parse);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, SchoolCode value, JsonSerializerOptions options) =>
        writer.WritePropertyName(Format(value));

    private static string Format(SchoolCode value) =>
        value == default ? throw ValueJson.DefaultValue(nameof(SchoolCode)) : value.ToString();
}
