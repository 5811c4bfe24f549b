using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using SupportPlan.Model.Calendar;
using SupportPlan.Model.Identifiers;

namespace SupportPlan.Model.Tests.Identifiers;

public class IdentifierJsonTests
{
    private static readonly JsonSerializerOptions ReflectionOptions = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private static ValueTypesSample Sample(SchoolCode? optional = null) => new(
        SchoolCode.Parse("B108254200026").Value,
        Prefecture.FromNumber(1).Value,
        BoardOfEducationCode.Parse("016489").Value,
        PhoneNumber.Parse("0155-62-2111").Value,
        NameReading.Parse("めむろ たろう").Value,
        Grade.JuniorHigh(2),
        new SchoolYear(2025),
        SchoolType.CompulsoryEducation,
        Establishment.Private,
        SchoolStage.HighSchool,
        optional);

    private const string SampleJson =
        """{"SchoolCode":"B108254200026","Prefecture":"01","Board":"016489","Phone":"0155-62-2111","Reading":"めむろ たろう","Grade":"junior-high-2","SchoolYear":2025,"SchoolType":"compulsory-education","Establishment":"private","Stage":"high-school","OptionalCode":null}""";

    [Fact]
    public void Source_generated_metadata_writes_the_canonical_forms()
    {
        var json = JsonSerializer.Serialize(Sample(), ValueTypesJsonContext.Default.ValueTypesSample);

        Assert.Equal(SampleJson, Unescape(json));
    }

    [Fact]
    public void Reflection_metadata_writes_the_same()
    {
        var json = JsonSerializer.Serialize(Sample(), ReflectionOptions);

        Assert.Equal(SampleJson, Unescape(json));
    }

    [Fact]
    public void Canonical_forms_read_back()
    {
        var sample = Sample(SchoolCode.Parse("F112310102342").Value);
        var json = JsonSerializer.Serialize(sample, ValueTypesJsonContext.Default.ValueTypesSample);

        Assert.Equal(sample, JsonSerializer.Deserialize(json, ValueTypesJsonContext.Default.ValueTypesSample));
    }

    [Theory]
    [InlineData("\"B108254200027\"", "SP-VAL-016")]
    [InlineData("\"B1082542\"", "SP-VAL-011")]
    [InlineData("\"b108254200026\"", "SP-VAL-090")]
    public void An_invalid_school_code_is_refused_with_its_code(string json, string code)
    {
        var exception = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize(json, ValueTypesJsonContext.Default.SchoolCode));

        Assert.Contains(code, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_carries_both_languages_and_the_path()
    {
        var json = SampleJson.Replace("B108254200026", "B108254200027", StringComparison.Ordinal);

        var exception = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize(json, ValueTypesJsonContext.Default.ValueTypesSample));

        Assert.Contains("SP-VAL-016", exception.Message, StringComparison.Ordinal);
        Assert.Contains("check digit", exception.Message, StringComparison.Ordinal);
        Assert.Contains("検査数字", exception.Message, StringComparison.Ordinal);
        Assert.Equal("$.SchoolCode", exception.Path);
    }

    [Theory]
    [InlineData("\"1\"", "SP-VAL-090")]
    [InlineData("\"48\"", "SP-VAL-002")]
    [InlineData("1", "string")]
    public void An_invalid_prefecture_is_refused(string json, string expected) =>
        Assert.Contains(expected, Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize(json, ValueTypesJsonContext.Default.Prefecture)).Message, StringComparison.Ordinal);

    [Fact]
    public void An_invalid_board_code_is_refused() =>
        Assert.Contains("SP-VAL-023", Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize("\"486489\"", ValueTypesJsonContext.Default.BoardOfEducationCode)).Message, StringComparison.Ordinal);

    [Fact]
    public void An_invalid_phone_number_is_refused() =>
        Assert.Contains("SP-VAL-033", Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize("\"12\"", ValueTypesJsonContext.Default.PhoneNumber)).Message, StringComparison.Ordinal);

    [Fact]
    public void An_invalid_reading_is_refused() =>
        Assert.Contains("SP-VAL-041", Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize("\"芽室\"", ValueTypesJsonContext.Default.NameReading)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("\"elementary-7\"", "SP-VAL-052")]
    [InlineData("\"小1\"", "SP-VAL-090")]
    [InlineData("3", "string")]
    public void An_invalid_grade_is_refused(string json, string expected) =>
        Assert.Contains(expected, Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize(json, ValueTypesJsonContext.Default.Grade)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("\"Elementary-1\"")]
    [InlineData("\" elementary-1\"")]
    [InlineData("\"elementary-01\"")]
    [InlineData("\"ｅｌｅｍｅｎｔａｒｙ-1\"")]
    public void A_grade_not_in_canonical_form_is_refused(string json) =>
        Assert.Contains("SP-VAL-090", Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize(json, ValueTypesJsonContext.Default.Grade)).Message, StringComparison.Ordinal);

    [Fact]
    public void Every_grade_reads_from_its_canonical_text_as_it_parses()
    {
        var grades = Enum.GetValues<SchoolStage>().SelectMany(stage => Enumerable.Range(0, 14).Select(year => Grade.Create(stage, year)))
            .Where(g => g.Success).Select(g => g.Value).ToList();
        Assert.Equal(3 + 6 + 3 + 4 + 9 + 6, grades.Count);
        foreach (var grade in grades)
        {
            var json = JsonSerializer.Serialize(grade, ValueTypesJsonContext.Default.Grade);
            Assert.Equal(grade, JsonSerializer.Deserialize(json, ValueTypesJsonContext.Default.Grade));
            Assert.Equal(grade, Grade.Parse(grade.ToString()).Value);
            var escaped = json.Replace("-", "\\u002d", StringComparison.Ordinal); // the same text, escaped: read the long way
            Assert.Equal(grade, JsonSerializer.Deserialize(escaped, ValueTypesJsonContext.Default.Grade));
        }
    }

    [Fact]
    public void Grades_work_as_dictionary_keys()
    {
        var byGrade = new Dictionary<Grade, int> { [Grade.Elementary(1)] = 200, [Grade.JuniorHigh(3)] = 195 };

        var json = JsonSerializer.Serialize(byGrade, ValueTypesJsonContext.Default.DictionaryGradeInt32);

        Assert.Equal("""{"elementary-1":200,"junior-high-3":195}""", json);
        Assert.Equal(byGrade, JsonSerializer.Deserialize(json, ValueTypesJsonContext.Default.DictionaryGradeInt32));
    }

    [Fact]
    public void Writing_a_default_value_is_refused()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(SchoolCode), ValueTypesJsonContext.Default.SchoolCode));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(Grade), ValueTypesJsonContext.Default.Grade));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(Prefecture), ValueTypesJsonContext.Default.Prefecture));
    }

    [Fact]
    public void Enums_refuse_integers() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SchoolType>("3", ReflectionOptions));

    /// <summary>The default encoder writes non-ASCII as \uXXXX; compare the characters.</summary>
    private static string Unescape(string json) => Regex.Unescape(json);
}
