using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SupportPlan.Model.Json;
using SupportPlan.Model.Plans;

namespace SupportPlan.Model.Tests.Json;

/// <summary>
/// Every enum of the model reads back exactly the names it writes and nothing else, as the published schemas' enum
/// lists do; System.Text.Json's own enum converter would also take other cases, the C# names, padding and comma lists.
/// </summary>
public sealed class StrictEnumConverterTests
{
    private static readonly JsonSerializerOptions Options = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    /// <summary>System.Text.Json's converter with the model's naming: what the files have always been written with.</summary>
    private static readonly JsonSerializerOptions Reference = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    public static TheoryData<string> EnumNames() => [.. ModelEnums().Select(t => t.Name)];

    private static IEnumerable<Type> ModelEnums() =>
        typeof(StudentSupportPlan).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic && t.GetCustomAttribute<JsonConverterAttribute>() is not null);

    private static Type Enum(string name) => ModelEnums().Single(t => t.Name == name);

    [Fact]
    public void Every_public_enum_of_the_model_uses_the_strict_converter()
    {
        var enums = typeof(StudentSupportPlan).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic).ToList();
        Assert.True(enums.Count >= 20, $"only {enums.Count} enums found");
        Assert.All(enums, t => Assert.Equal(typeof(StrictEnumConverter<>).MakeGenericType(t), t.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType));
    }

    [Theory]
    [MemberData(nameof(EnumNames))]
    public void Every_value_is_written_as_before_and_read_back(string name)
    {
        var type = Enum(name);
        foreach (var value in System.Enum.GetValues(type))
        {
            var json = JsonSerializer.Serialize(value, type, Options);
            Assert.Equal(JsonSerializer.Serialize(value, type, Reference), json);
            Assert.Equal(value, JsonSerializer.Deserialize(json, type, Options));

            // the same name with its first character escaped is the same string
            var text = JsonSerializer.Deserialize<string>(json)!;
            var escaped = $"\"\\u{(int)text[0]:X4}{text[1..]}\"";
            Assert.Equal(value, JsonSerializer.Deserialize(escaped, type, Options));
        }
    }

    [Theory]
    [MemberData(nameof(EnumNames))]
    public void Other_spellings_are_refused(string name)
    {
        var type = Enum(name);
        foreach (var value in System.Enum.GetValues(type))
        {
            var text = JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(value, type, Options))!;
            var csharp = value.ToString()!;
            string[] others =
            [
                text.ToUpperInvariant(), csharp, csharp.ToLowerInvariant(), CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text),
                " " + text, text + " ", text + "\n", $"{text}, {text}", $"{text},{text}", "",
                Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            ];
            foreach (var other in others.Where(o => o != text))
            {
                var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(JsonSerializer.Serialize(other), type, Options));
                Assert.Contains("could not be converted", error.Message, StringComparison.Ordinal);
            }

            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), type, Options));
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("null", type, Options));
        }
    }

    [Theory]
    [InlineData("moon-base")]
    [InlineData("1")]
    public void A_refused_name_is_reported_as_System_Text_Json_reports_it(string name)
    {
        var json = $$"""{"value": {{JsonSerializer.Serialize(name)}}}""";
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder>(json, Options));
        var reference = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder>(json, Reference));
        Assert.Equal("$.value", error.Path);
        Assert.Equal((reference.Path, reference.LineNumber, reference.BytePositionInLine, reference.Message), (error.Path, error.LineNumber, error.BytePositionInLine, error.Message));
    }

    [Fact]
    public void A_value_the_enum_does_not_define_is_not_written()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize((Needs.EducationPlacement)99, Options));
    }

    private sealed record Holder([property: JsonPropertyName("value")] Needs.EducationPlacement Value);
}
