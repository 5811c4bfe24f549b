using SupportPlan.Model.Calendar;

namespace SupportPlan.Model.Tests.Calendar;

public class JapaneseEraFormatterTests
{
    [Theory]
    [InlineData(2025, 4, 1, "令和7年4月1日")]
    [InlineData(2019, 5, 1, "令和元年5月1日")]
    [InlineData(2019, 4, 30, "平成31年4月30日")]
    [InlineData(1989, 1, 7, "昭和64年1月7日")]
    [InlineData(1989, 1, 8, "平成元年1月8日")]
    [InlineData(1926, 12, 24, "大正15年12月24日")]
    [InlineData(1926, 12, 25, "昭和元年12月25日")]
    [InlineData(1912, 7, 29, "明治45年7月29日")]
    [InlineData(1912, 7, 30, "大正元年7月30日")]
    [InlineData(1868, 10, 23, "明治元年10月23日")]
    public void Dates_are_formatted_in_their_era(int year, int month, int day, string expected) =>
        Assert.Equal(expected, JapaneseEraFormatter.FormatDate(new DateOnly(year, month, day)));

    [Fact]
    public void Dates_before_Meiji_throw() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseEraFormatter.FormatDate(new DateOnly(1868, 10, 22)));

    [Theory]
    [InlineData(2025, 4, "令和7年4月")]
    [InlineData(2019, 4, "平成31年4月")]
    [InlineData(2019, 5, "令和元年5月")]
    public void Year_months_are_formatted(int year, int month, string expected) =>
        Assert.Equal(expected, JapaneseEraFormatter.FormatYearMonth(new DateOnly(year, month, 1)));

    [Theory]
    [InlineData(2025, "令和7年度")]
    [InlineData(2020, "令和2年度")]
    [InlineData(2019, "令和元年度")]
    [InlineData(2018, "平成30年度")]
    [InlineData(1989, "平成元年度")]
    [InlineData(1988, "昭和63年度")]
    [InlineData(1926, "大正15年度")]
    [InlineData(1912, "明治45年度")]
    [InlineData(1913, "大正2年度")]
    [InlineData(1900, "明治33年度")]
    public void School_years_use_the_era_of_1_June(int startYear, string expected) =>
        Assert.Equal(expected, JapaneseEraFormatter.FormatSchoolYear(new SchoolYear(startYear)));

    [Fact]
    public void Formatting_the_default_school_year_throws() =>
        Assert.Throws<ArgumentException>(() => JapaneseEraFormatter.FormatSchoolYear(default));

    [Theory]
    [InlineData("令和7年4月1日", 2025, 4, 1)]
    [InlineData("令和元年5月1日", 2019, 5, 1)]
    [InlineData("平成31年4月30日", 2019, 4, 30)]
    [InlineData("令和７年４月１日", 2025, 4, 1)]
    [InlineData(" 令和 7年 4月 1日 ", 2025, 4, 1)]
    [InlineData("R7.4.1", 2025, 4, 1)]
    [InlineData("R07.04.01", 2025, 4, 1)]
    [InlineData("r7/4/1", 2025, 4, 1)]
    [InlineData("H31.4.30", 2019, 4, 30)]
    [InlineData("R7年4月1日", 2025, 4, 1)]
    [InlineData("Ｒ７．４．１", 2025, 4, 1)]
    [InlineData("2025-04-01", 2025, 4, 1)]
    [InlineData("2025/4/1", 2025, 4, 1)]
    [InlineData("２０２５／４／１", 2025, 4, 1)]
    [InlineData("2025年4月1日", 2025, 4, 1)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    public void Dates_are_read(string text, int year, int month, int day)
    {
        var result = JapaneseEraFormatter.ParseDate(text);

        Assert.True(result.Success, result.ToString());
        Assert.Equal(new DateOnly(year, month, day), result.Value);
    }

    [Theory]
    [InlineData(null, "SP-VAL-070")]
    [InlineData("", "SP-VAL-070")]
    [InlineData("4月1日", "SP-VAL-071")]
    [InlineData("2025-04", "SP-VAL-071")]
    [InlineData("2025/4-1", "SP-VAL-071")]
    [InlineData("X7.4.1", "SP-VAL-071")]
    [InlineData("2025-02-29", "SP-VAL-072")]
    [InlineData("2025-13-01", "SP-VAL-072")]
    [InlineData("令和7年4月31日", "SP-VAL-072")]
    [InlineData("R0.4.1", "SP-VAL-072")]
    [InlineData("令和元年4月30日", "SP-VAL-073")]
    [InlineData("平成31年5月1日", "SP-VAL-073")]
    [InlineData("明治元年1月1日", "SP-VAL-073")]
    public void Each_error_has_its_code(string? text, string code) =>
        Assert.Equal(code, JapaneseEraFormatter.ParseDate(text).Error?.Code);

    [Fact]
    public void A_date_outside_its_era_names_the_correct_form() =>
        Assert.Contains("平成31年4月30日", JapaneseEraFormatter.ParseDate("令和元年4月30日").Error!.MessageJa, StringComparison.Ordinal);

    [Fact]
    public void Formatted_dates_read_back()
    {
        for (var date = new DateOnly(1868, 10, 23); date.Year <= 2100; date = date.AddDays(97))
        {
            Assert.Equal(date, JapaneseEraFormatter.ParseDate(JapaneseEraFormatter.FormatDate(date)).Value);
        }

        foreach (var boundary in new[] { new DateOnly(1912, 7, 30), new DateOnly(1926, 12, 25), new DateOnly(1989, 1, 8), new DateOnly(2019, 5, 1) })
        {
            Assert.Equal(boundary, JapaneseEraFormatter.ParseDate(JapaneseEraFormatter.FormatDate(boundary)).Value);
            var eve = boundary.AddDays(-1);
            Assert.Equal(eve, JapaneseEraFormatter.ParseDate(JapaneseEraFormatter.FormatDate(eve)).Value);
        }
    }
}
