using SupportPlan.Model.Calendar;

namespace SupportPlan.Model.Tests.Calendar;

public class SchoolYearTests
{
    [Fact]
    public void A_school_year_runs_from_April_to_March()
    {
        var year = new SchoolYear(2025);

        Assert.Equal(new DateOnly(2025, 4, 1), year.FirstDay);
        Assert.Equal(new DateOnly(2026, 3, 31), year.LastDay);
    }

    [Theory]
    [InlineData(2025, 3, 31, 2024)]
    [InlineData(2025, 4, 1, 2025)]
    [InlineData(2025, 12, 31, 2025)]
    [InlineData(2026, 1, 1, 2025)]
    [InlineData(2026, 3, 31, 2025)]
    [InlineData(2026, 4, 1, 2026)]
    public void Of_uses_the_April_boundary(int year, int month, int day, int startYear) =>
        Assert.Equal(startYear, SchoolYear.Of(new DateOnly(year, month, day)).StartYear);

    [Fact]
    public void Contains_includes_both_ends_only()
    {
        var year = new SchoolYear(2025);

        Assert.False(year.Contains(new DateOnly(2025, 3, 31)));
        Assert.True(year.Contains(new DateOnly(2025, 4, 1)));
        Assert.True(year.Contains(new DateOnly(2026, 3, 31)));
        Assert.False(year.Contains(new DateOnly(2026, 4, 1)));
    }

    [Fact]
    public void Month_order_starts_in_April() =>
        Assert.Equal(new[] { 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3 }, SchoolYear.MonthOrder);

    [Fact]
    public void Month_order_cannot_be_changed_by_a_cast() =>
        Assert.False(SchoolYear.MonthOrder is int[]);

    [Theory]
    [InlineData(4, 2025, 30)]
    [InlineData(12, 2025, 31)]
    [InlineData(1, 2026, 31)]
    [InlineData(3, 2026, 31)]
    public void Months_fall_in_the_right_calendar_year(int month, int calendarYear, int days)
    {
        var year = new SchoolYear(2025);

        Assert.Equal(new DateOnly(calendarYear, month, 1), year.FirstDayOf(month));
        Assert.Equal(days, year.DaysIn(month));
    }

    [Fact]
    public void February_counts_the_leap_year_of_the_following_calendar_year()
    {
        Assert.Equal(29, new SchoolYear(2023).DaysIn(2));
        Assert.Equal(28, new SchoolYear(2024).DaysIn(2));
    }

    [Fact]
    public void The_months_cover_every_day_of_the_year()
    {
        var year = new SchoolYear(2027);

        Assert.Equal(year.LastDay.DayNumber - year.FirstDay.DayNumber + 1, SchoolYear.MonthOrder.Sum(year.DaysIn));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void A_bad_month_throws(int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SchoolYear(2025).FirstDayOf(month));

    [Fact]
    public void Next_and_previous()
    {
        Assert.Equal(new SchoolYear(2026), new SchoolYear(2025).Next());
        Assert.Equal(new SchoolYear(2024), new SchoolYear(2025).Previous());
        Assert.Throws<InvalidOperationException>(() => new SchoolYear(2200).Next());
        Assert.Throws<InvalidOperationException>(() => new SchoolYear(1900).Previous());
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2201)]
    public void The_constructor_refuses_out_of_range(int startYear) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SchoolYear(startYear));

    [Theory]
    [InlineData("2025", 2025)]
    [InlineData("2025年度", 2025)]
    [InlineData("２０２５年度", 2025)]
    [InlineData("令和7年度", 2025)]
    [InlineData("令和７年度", 2025)]
    [InlineData("令和 7 年度", 2025)]
    [InlineData("令和7", 2025)]
    [InlineData("令和元年度", 2019)]
    [InlineData("平成31年度", 2019)]
    [InlineData("平成元年度", 1989)]
    [InlineData("昭和63年度", 1988)]
    [InlineData("明治33年度", 1900)]
    [InlineData("R7", 2025)]
    [InlineData("r7", 2025)]
    [InlineData("Ｒ７", 2025)]
    [InlineData("R07年度", 2025)]
    [InlineData("H30", 2018)]
    [InlineData("S64", 1989)]
    public void Parse_accepts_Gregorian_and_era_forms(string text, int startYear)
    {
        var result = SchoolYear.Parse(text);

        Assert.True(result.Success, result.ToString());
        Assert.Equal(startYear, result.Value.StartYear);
    }

    [Theory]
    [InlineData(null, "SP-VAL-060")]
    [InlineData("　", "SP-VAL-060")]
    [InlineData("25", "SP-VAL-061")]
    [InlineData("2025年", "SP-VAL-061")]
    [InlineData("2025-26", "SP-VAL-061")]
    [InlineData("X7", "SP-VAL-061")]
    [InlineData("1899", "SP-VAL-062")]
    [InlineData("2201年度", "SP-VAL-062")]
    [InlineData("明治32年度", "SP-VAL-062")]
    [InlineData("平成32年度", "SP-VAL-063")]
    [InlineData("令和0年度", "SP-VAL-063")]
    [InlineData("H32", "SP-VAL-063")]
    public void Each_error_has_its_code(string? text, string code) =>
        Assert.Equal(code, SchoolYear.Parse(text).Error?.Code);

    [Fact]
    public void ToString_round_trips()
    {
        var year = new SchoolYear(2025);

        Assert.Equal("2025", year.ToString());
        Assert.Equal(year, SchoolYear.Parse(year.ToString()).Value);
    }

    [Fact]
    public void The_era_form_round_trips_for_every_year()
    {
        for (var startYear = SchoolYear.MinStartYear; startYear <= SchoolYear.MaxStartYear; startYear++)
        {
            var year = new SchoolYear(startYear);

            var text = JapaneseEraFormatter.FormatSchoolYear(year);

            Assert.True(SchoolYear.Parse(text).TryGetValue(out var parsed) && parsed == year, text);
        }
    }

    [Fact]
    public void Ordering()
    {
        Assert.True(new SchoolYear(2024) < new SchoolYear(2025));
        Assert.True(default(SchoolYear) < new SchoolYear(1900));
        Assert.Equal(new SchoolYear(2025), SchoolYear.Parse("令和7年度").Value);
    }

    [Fact]
    public void Default_is_empty_and_has_no_days()
    {
        var year = default(SchoolYear);

        Assert.Equal(string.Empty, year.ToString());
        Assert.Equal(0, year.StartYear);
        Assert.Throws<InvalidOperationException>(() => year.FirstDay);
        Assert.Throws<InvalidOperationException>(() => year.Contains(new DateOnly(2025, 4, 1)));
    }
}
