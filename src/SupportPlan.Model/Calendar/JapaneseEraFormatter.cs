using System.Globalization;
using System.Text.RegularExpressions;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Text;

namespace SupportPlan.Model.Calendar;

/// <summary>
/// Formats and reads dates in the Japanese era (和暦) as forms print them: 令和7年4月1日, 令和元年度. The eras come
/// from a fixed table (明治 from 1868-10-23, 大正 1912-07-30, 昭和 1926-12-25, 平成 1989-01-08, 令和 2019-05-01), not
/// from the operating system's calendar, so the output is the same everywhere. Store ISO dates; use this only for
/// display and input.
/// </summary>
public static partial class JapaneseEraFormatter
{
    /// <summary>A date in the era of that day, such as 令和7年4月1日 or 令和元年5月1日.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before 明治 (1868-10-23).</exception>
    public static string FormatDate(DateOnly date)
    {
        var era = EraOf(date, nameof(date));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{era.Name}{JapaneseEra.FormatEraYear(era.EraYear(date.Year))}年{date.Month}月{date.Day}日");
    }

    /// <summary>A month in the era of <paramref name="date"/>, such as 令和7年4月.</summary>
    /// <param name="date">A date in the month.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before 明治 (1868-10-23).</exception>
    public static string FormatYearMonth(DateOnly date)
    {
        var era = EraOf(date, nameof(date));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{era.Name}{JapaneseEra.FormatEraYear(era.EraYear(date.Year))}年{date.Month}月");
    }

    /// <summary>
    /// A school year, such as 令和7年度, in the era in force on 1 June of its first calendar year (the convention of
    /// official documents): 2019 → 令和元年度, 1988 → 昭和63年度, 1989 → 平成元年度.
    /// </summary>
    /// <param name="schoolYear">The school year.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException"><paramref name="schoolYear"/> is the default value.</exception>
    public static string FormatSchoolYear(SchoolYear schoolYear)
    {
        if (schoolYear == default)
        {
            throw new ArgumentException("default(SchoolYear) holds no school year.", nameof(schoolYear));
        }

        var era = JapaneseEra.Of(new DateOnly(schoolYear.StartYear, 6, 1))!;
        return era.Name + JapaneseEra.FormatEraYear(era.EraYear(schoolYear.StartYear)) + "年度";
    }

    /// <summary>
    /// Reads a date written in the Japanese era (令和7年4月1日, 令和元年5月1日, R7.4.1, R07/04/01, R7-4-1) or in the
    /// Gregorian calendar (2025-04-01, 2025/4/1, 2025.4.1, 2025年4月1日). Full-width characters and spaces are
    /// accepted. An era date must fall within its era: 令和元年4月30日 is refused (that day is 平成31年4月30日).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The date, or why the text is not one.</returns>
    public static ParseResult<DateOnly> ParseDate(string? text)
    {
        var s = JapaneseTextNormalizer.FoldAndTrim(text).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (s.Length == 0)
        {
            return Fail(ValueErrorCodes.DateEmpty, "日付が空です。", "The date is empty.");
        }

        var match = EraDatePattern().Match(s);
        if (match.Success)
        {
            var era = JapaneseEra.Find(match.Groups["era"].Value)!;
            var eraYearText = match.Groups["year"].Value;
            var eraYear = eraYearText == "元" ? 1 : Number(eraYearText);
            if (eraYear == 0)
            {
                return Fail(
                    ValueErrorCodes.DateInvalid,
                    $"「{s}」の年が 0 です。和暦の年は元年（1年）から数えます。",
                    $"'{s}' has era year 0; era years count from 1 (元年).");
            }

            var date = TryDate(s, era.CalendarYear(eraYear), match);
            if (!date.TryGetValue(out var value))
            {
                return date;
            }

            var actual = JapaneseEra.Of(value);
            if (!ReferenceEquals(actual, era))
            {
                var iso = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return Fail(
                    ValueErrorCodes.DateOutsideEra,
                    $"「{s}」は{era.Name}の期間外です（{iso} は {(actual is null ? "明治より前の日付" : FormatDate(value))}）。",
                    $"'{s}' is outside the {era.Name} era ({iso} is {(actual is null ? "before Meiji" : FormatDate(value))}).");
            }

            return date;
        }

        match = GregorianDatePattern().Match(s);
        if (match.Success)
        {
            return TryDate(s, Number(match.Groups["year"].Value), match);
        }

        return Fail(
            ValueErrorCodes.DateUnknown,
            $"「{s}」は日付として読めません（例: 令和7年4月1日、R7.4.1、2025-04-01、2025/4/1）。",
            $"'{s}' is not a date (examples: 令和7年4月1日, R7.4.1, 2025-04-01, 2025/4/1).");
    }

    private static JapaneseEra EraOf(DateOnly date, string paramName) =>
        JapaneseEra.Of(date)
        ?? throw new ArgumentOutOfRangeException(paramName, date, "Dates before 明治 (1868-10-23) have no era in the table.");

    private static ParseResult<DateOnly> TryDate(string s, int year, Match match)
    {
        var month = Number(match.Groups["month"].Value);
        var day = Number(match.Groups["day"].Value);
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return Fail(
                ValueErrorCodes.DateInvalid,
                $"「{s}」は存在しない日付です（{year}年{month}月{day}日）。",
                $"'{s}' is not a real date (year {year}, month {month}, day {day}).");
        }

        return ParseResult<DateOnly>.Ok(new DateOnly(year, month, day));
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static ParseResult<DateOnly> Fail(string code, string ja, string en) =>
        ParseResult<DateOnly>.Fail(new ParseError(code, ja, en));

    [GeneratedRegex(
        "^(?:(?<era>明治|大正|昭和|平成|令和)(?<year>元|[0-9]{1,3})年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日"
        + "|(?<era>[MTSHRmtshr])(?<year>[0-9]{1,3})(?:(?<sep>[./-])(?<month>[0-9]{1,2})\\k<sep>(?<day>[0-9]{1,2})|年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日))$",
        RegexOptions.CultureInvariant)]
    private static partial Regex EraDatePattern();

    [GeneratedRegex(
        "^(?<year>[0-9]{4})(?:(?<sep>[./-])(?<month>[0-9]{1,2})\\k<sep>(?<day>[0-9]{1,2})|年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex GregorianDatePattern();
}
