using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportPlan.Interop.Json;

/// <summary>
/// Reads a date and time only in RFC 3339 form, with seconds and its offset (<c>2026-11-21T09:00:00+09:00</c>, or
/// <c>Z</c>), as the published schemas' <c>date-time</c> format asks. System.Text.Json on its own also reads
/// <c>2026-11-21T09:00:00</c> and <c>2026-11-21</c>, giving them the reading machine's own offset, so the same file
/// would mean different instants on different machines, and <c>2026-11-21T09:00+09:00</c>, which Ajv refuses. Writes
/// as System.Text.Json does (the offset always included).
/// </summary>
internal sealed class OffsetDateTimeConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc/>
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // A text TryGetDateTimeOffset reads is at most 42 characters once unescaped (escaped, it may be six times longer).
        Span<char> text = stackalloc char[64];
        if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value)
            && IsRfc3339(text[..reader.CopyString(text)]))
        {
            return value;
        }

        throw new JsonException(); // System.Text.Json adds "could not be converted to System.DateTimeOffset", the path, line and byte
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }

    /// <summary>
    /// Whether an ISO 8601 date and time that <see cref="Utf8JsonReader.TryGetDateTimeOffset"/> reads has the shape
    /// RFC 3339 asks for (<c>yyyy-MM-ddTHH:mm:ss</c>, an optional fraction, then <c>Z</c> or <c>±hh:mm</c>): seconds and
    /// an offset are required, as JSON Schema's <c>date-time</c> format (and Ajv) require them. The schema walker's
    /// <c>date-time</c> check too.
    /// </summary>
    /// <param name="value">The text.</param>
    public static bool IsRfc3339(ReadOnlySpan<char> value) =>
        value.Length >= 20 && value[10] == 'T' && value[13] == ':' && value[16] == ':'
        && (value[^1] == 'Z' || (value[^6] is '+' or '-' && value[^3] == ':'));
}
