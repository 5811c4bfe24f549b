using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Text;

namespace SupportPlan.Model.Calendar;

/// <summary>Writes a <see cref="SchoolYear"/> as a JSON number, <c>2025</c>, and reads only numbers (as property names, the digits).</summary>
public sealed class SchoolYearJsonConverter : JsonConverter<SchoolYear>
{
    /// <inheritdoc />
    public override SchoolYear Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException($"A {nameof(SchoolYear)} must be written as a JSON number such as 2025, not {reader.TokenType}.");
        }

        if (!reader.TryGetInt32(out var year))
        {
            throw ValueJson.Invalid(nameof(SchoolYear), new ParseError(
                ValueErrorCodes.SchoolYearUnknown,
                "年度は 2025 のような整数で書きます。",
                "A school year is written as a whole number such as 2025."));
        }

        return FromStartYear(year);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, SchoolYear value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(Checked(value).StartYear);

    /// <inheritdoc />
    public override SchoolYear ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString()!;
        return text.Length == 4 && !text.AsSpan().ContainsAnyExceptInRange('0', '9')
            ? FromStartYear(int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture))
            : ValueJson.ParseCanonical(text, nameof(SchoolYear), SchoolYear.Parse);
    }

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, SchoolYear value, JsonSerializerOptions options) =>
        writer.WritePropertyName(Checked(value).ToString());

    private static SchoolYear FromStartYear(int year) =>
        SchoolYear.IsValidStartYear(year)
            ? new SchoolYear(year)
            : throw ValueJson.Invalid(nameof(SchoolYear), new ParseError(
                ValueErrorCodes.SchoolYearOutOfRange,
                $"{year}年度は範囲外です（{SchoolYear.MinStartYear}〜{SchoolYear.MaxStartYear}年度）。",
                $"School year {year} is out of range ({SchoolYear.MinStartYear}–{SchoolYear.MaxStartYear})."));

    private static SchoolYear Checked(SchoolYear value) =>
        value == default ? throw ValueJson.DefaultValue(nameof(SchoolYear)) : value;
}
