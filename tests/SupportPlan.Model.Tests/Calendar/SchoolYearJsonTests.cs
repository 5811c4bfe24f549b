using System.Text.Json;
using SupportPlan.Model.Calendar;
using SupportPlan.Model.Tests.Identifiers;

namespace SupportPlan.Model.Tests.Calendar;

public class SchoolYearJsonTests
{
    [Fact]
    public void A_school_year_is_written_as_a_number() =>
        Assert.Equal("2025", JsonSerializer.Serialize(new SchoolYear(2025), ValueTypesJsonContext.Default.SchoolYear));

    [Fact]
    public void A_number_reads_back() =>
        Assert.Equal(new SchoolYear(2025), JsonSerializer.Deserialize("2025", ValueTypesJsonContext.Default.SchoolYear));

    [Fact]
    public void Null_reads_as_an_absent_school_year() =>
        Assert.Null(JsonSerializer.Deserialize("null", ValueTypesJsonContext.Default.NullableSchoolYear));

    [Theory]
    [InlineData("1899", "SP-VAL-062")]
    [InlineData("2201", "SP-VAL-062")]
    [InlineData("2025.5", "SP-VAL-061")]
    [InlineData("\"2025\"", "number")]
    [InlineData("\"令和7年度\"", "number")]
    public void Invalid_values_are_refused(string json, string expected) =>
        Assert.Contains(expected, Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize(json, ValueTypesJsonContext.Default.SchoolYear)).Message, StringComparison.Ordinal);

    [Fact]
    public void School_years_work_as_dictionary_keys()
    {
        var absences = new Dictionary<SchoolYear, int> { [new SchoolYear(2024)] = 31, [new SchoolYear(2025)] = 12 };

        var json = JsonSerializer.Serialize(absences, ValueTypesJsonContext.Default.DictionarySchoolYearInt32);

        Assert.Equal("""{"2024":31,"2025":12}""", json);
        Assert.Equal(absences, JsonSerializer.Deserialize(json, ValueTypesJsonContext.Default.DictionarySchoolYearInt32));
    }

    [Fact]
    public void Writing_the_default_is_refused() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(SchoolYear), ValueTypesJsonContext.Default.SchoolYear));
}
