using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportPlan.Model.Identifiers;

/// <summary>Writes a <see cref="Grade"/> as its code, such as <c>"elementary-3"</c>, and reads only that form.</summary>
public sealed class GradeJsonConverter : JsonConverter<Grade>
{
    /// <inheritdoc />
    public override Grade Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // A grade in canonical form is one of a few dozen strings: look it up without making a string. Anything else
        // (not canonical, not a grade, escaped) goes through Grade.Parse, which says what is wrong with it.
        if (reader is { TokenType: JsonTokenType.String, ValueIsEscaped: false, ValueSpan.Length: <= MaxCanonicalBytes })
        {
            Span<char> chars = stackalloc char[MaxCanonicalBytes];
            if (Encoding.UTF8.TryGetChars(reader.ValueSpan, chars, out var length) && ByText.TryGetValue(chars[..length], out var grade))
            {
                return grade;
            }
        }

        return ValueJson.ParseCanonical(ValueJson.ReadString(ref reader, nameof(Grade)), nameof(Grade), Grade.Parse);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Grade value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    /// <inheritdoc />
    public override Grade ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ValueJson.ParseCanonical(reader.GetString()!, nameof(Grade), Grade.Parse);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Grade value, JsonSerializerOptions options) =>
        writer.WritePropertyName(Format(value));

    private const int MaxCanonicalBytes = 32;

    /// <summary>Every grade by its canonical text (<see cref="Grade.ToString"/>), which is what reading it accepts.</summary>
    private static readonly FrozenDictionary<string, Grade>.AlternateLookup<ReadOnlySpan<char>> ByText =
        Enum.GetValues<SchoolStage>()
            .SelectMany(stage => Enumerable.Range(1, 12).Select(year => Grade.Create(stage, year)))
            .Where(result => result.Success)
            .Select(result => result.Value)
            .ToFrozenDictionary(grade => grade.ToString(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static string Format(Grade value) =>
        value == default ? throw ValueJson.DefaultValue(nameof(Grade)) : value.ToString();
}
