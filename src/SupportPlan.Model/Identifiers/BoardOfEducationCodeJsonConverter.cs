using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportPlan.Model.Identifiers;

/// <summary>Writes a <see cref="BoardOfEducationCode"/> as its six-digit string and reads only that form.</summary>
public sealed class BoardOfEducationCodeJsonConverter : JsonConverter<BoardOfEducationCode>
{
    /// <inheritdoc />
    public override BoardOfEducationCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ValueJson.ParseCanonical(ValueJson.ReadString(ref reader, nameof(BoardOfEducationCode)), nameof(BoardOfEducationCode), BoardOfEducationCode.Parse);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, BoardOfEducationCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    /// <inheritdoc />
    public override BoardOfEducationCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ValueJson.ParseCanonical(reader.GetString()!, nameof(BoardOfEducationCode), BoardOfEducationCode.Parse);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, BoardOfEducationCode value, JsonSerializerOptions options) =>
        writer.WritePropertyName(Format(value));

    private static string Format(BoardOfEducationCode value) =>
        value == default ? throw ValueJson.DefaultValue(nameof(BoardOfEducationCode)) : value.ToString();
}
