using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Text;

namespace SupportPlan.Model.Calendar;

/// <summary>
/// A Japanese school year (年度), from 1 April to 31 March, named by the calendar year it starts in: 2025 is
/// 2025-04-01 to 2026-03-31 (令和7年度). Valid start years are 1900–2200.
/// </summary>
/// <remarks>
/// <c>default(SchoolYear)</c> holds no school year: its <see cref="StartYear"/> is 0, its text is empty, it sorts
/// before every school year, and the calendar members (<see cref="FirstDay"/>, <see cref="Contains(DateOnly)"/>,
/// <see cref="Next"/>, …) throw <see cref="InvalidOperationException"/>.
/// </remarks>
[JsonConverter(typeof(SchoolYearJsonConverter))]
public readonly partial struct SchoolYear : IEquatable<SchoolYear>, IComparable<SchoolYear>
{
    /// <summary>The earliest valid start year.</summary>
    public const int MinStartYear = 1900;

    /// <summary>The latest valid start year.</summary>
    public const int MaxStartYear = 2200;

    private readonly short _startYear;

    /// <summary>The school year starting on 1 April of <paramref name="startYear"/>.</summary>
    /// <param name="startYear">The calendar year it starts in, 1900–2200.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startYear"/> is out of range.</exception>
    public SchoolYear(int startYear)
    {
        if (startYear is < MinStartYear or > MaxStartYear)
        {
            throw new ArgumentOutOfRangeException(nameof(startYear), startYear, $"A school year starts in {MinStartYear}–{MaxStartYear}.");
        }

        _startYear = (short)startYear;
    }

    /// <summary>The months in the order of the school year: 4, 5, …, 12, 1, 2, 3.</summary>
    public static IReadOnlyList<int> MonthOrder { get; } = new ReadOnlyCollection<int>([4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]);

    /// <summary>The calendar year the school year starts in (0 for the default value).</summary>
    public int StartYear => _startYear;

    /// <summary>1 April of <see cref="StartYear"/>.</summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public DateOnly FirstDay => new(CheckedStartYear, 4, 1);

    /// <summary>31 March of the following calendar year.</summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public DateOnly LastDay => new(CheckedStartYear + 1, 3, 31);

    private int CheckedStartYear => _startYear != 0
        ? _startYear
        : throw new InvalidOperationException("default(SchoolYear) holds no school year.");

    /// <summary>The school year that contains <paramref name="date"/>: April–December count in that calendar year,
    /// January–March in the previous one.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The school year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The school year would start outside 1900–2200.</exception>
    public static SchoolYear Of(DateOnly date)
    {
        var start = date.Month >= 4 ? date.Year : date.Year - 1;
        if (start is < MinStartYear or > MaxStartYear)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"The school year of this date starts outside {MinStartYear}–{MaxStartYear}.");
        }

        return new SchoolYear(start);
    }

    /// <summary>Whether <paramref name="date"/> lies in this school year.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the date is from 1 April to 31 March of this school year.</returns>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    /// <summary>The first day of <paramref name="month"/> within this school year: April–December in
    /// <see cref="StartYear"/>, January–March in the year after.</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1–12.</exception>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public DateOnly FirstDayOf(int month)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1–12.");
        }

        return new DateOnly(month >= 4 ? CheckedStartYear : CheckedStartYear + 1, month, 1);
    }

    /// <summary>The number of days of <paramref name="month"/> within this school year (February counts leap years).</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The number of days.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1–12.</exception>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public int DaysIn(int month)
    {
        var first = FirstDayOf(month);
        return DateTime.DaysInMonth(first.Year, first.Month);
    }

    /// <summary>The following school year.</summary>
    /// <returns>The school year.</returns>
    /// <exception cref="InvalidOperationException">This is the default value or the last valid school year.</exception>
    public SchoolYear Next() => CheckedStartYear < MaxStartYear
        ? new SchoolYear(_startYear + 1)
        : throw new InvalidOperationException($"{MaxStartYear} is the last valid school year.");

    /// <summary>The preceding school year.</summary>
    /// <returns>The school year.</returns>
    /// <exception cref="InvalidOperationException">This is the default value or the first valid school year.</exception>
    public SchoolYear Previous() => CheckedStartYear > MinStartYear
        ? new SchoolYear(_startYear - 1)
        : throw new InvalidOperationException($"{MinStartYear} is the first valid school year.");

    /// <summary>
    /// Reads a school year: <c>2025</c>, <c>2025年度</c>, or the Japanese era with or without 年度 (令和7年度,
    /// 令和元年度, 平成31年度, R7, H30, R7年度). Full-width characters and spaces are accepted. An era year must not
    /// go past the year the next era began (平成31年度 is 2019; 平成32年度 is refused).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The school year, or why the text is not one.</returns>
    public static ParseResult<SchoolYear> Parse(string? text)
    {
        var s = JapaneseTextNormalizer.FoldAndTrim(text).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (s.Length == 0)
        {
            return Fail(ValueErrorCodes.SchoolYearEmpty, "年度が空です。", "The school year is empty.");
        }

        var match = Pattern().Match(s);
        if (!match.Success)
        {
            return Fail(
                ValueErrorCodes.SchoolYearUnknown,
                $"「{s}」は年度として読めません（例: 2025、2025年度、令和7年度、R7）。",
                $"'{s}' is not a school year (examples: 2025, 2025年度, 令和7年度, R7).");
        }

        int year;
        if (match.Groups["gregorian"].Success)
        {
            year = int.Parse(match.Groups["gregorian"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        else
        {
            var era = JapaneseEra.Find(match.Groups["era"].Value)!;
            var eraYearText = match.Groups["year"].Value;
            var eraYear = eraYearText == "元" ? 1 : int.Parse(eraYearText, NumberStyles.None, CultureInfo.InvariantCulture);
            var maxEraYear = era.LastYear is int last ? era.EraYear(last) : int.MaxValue;
            if (eraYear < 1 || eraYear > maxEraYear)
            {
                return Fail(
                    ValueErrorCodes.SchoolYearEraYear,
                    $"「{s}」の{era.Name}{eraYear}年度はありません（{era.Name}は元年から{(maxEraYear == int.MaxValue ? string.Empty : $"{maxEraYear}年まで")}）。",
                    $"'{s}': {era.Name} has no year {eraYear} ({era.Name} years run from 1{(maxEraYear == int.MaxValue ? string.Empty : $" to {maxEraYear}")}).");
            }

            year = era.CalendarYear(eraYear);
        }

        return year is < MinStartYear or > MaxStartYear
            ? Fail(
                ValueErrorCodes.SchoolYearOutOfRange,
                $"「{s}」（{year}年度）は範囲外です（{MinStartYear}〜{MaxStartYear}年度）。",
                $"'{s}' (school year {year}) is out of range ({MinStartYear}–{MaxStartYear}).")
            : ParseResult<SchoolYear>.Ok(new SchoolYear(year));
    }

    /// <summary>Reads a school year as <see cref="Parse(string?)"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The school year, or the default when the text is not one.</param>
    /// <returns>Whether the text is a valid school year.</returns>
    public static bool TryParse(string? text, out SchoolYear value) => Parse(text).TryGetValue(out value);

    /// <summary>The start year, such as <c>2025</c> (empty for the default value). For the era form use
    /// <see cref="JapaneseEraFormatter.FormatSchoolYear(SchoolYear)"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        _startYear == 0 ? string.Empty : _startYear.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(SchoolYear other) => _startYear == other._startYear;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SchoolYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _startYear;

    /// <summary>Compares by start year.</summary>
    /// <param name="other">The other school year.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(SchoolYear other) => _startYear.CompareTo(other._startYear);

    /// <summary>Whether two school years are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SchoolYear left, SchoolYear right) => left.Equals(right);

    /// <summary>Whether two school years differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SchoolYear left, SchoolYear right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is earlier than <paramref name="right"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(SchoolYear left, SchoolYear right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is later than <paramref name="right"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(SchoolYear left, SchoolYear right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is earlier than or the same as <paramref name="right"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(SchoolYear left, SchoolYear right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is later than or the same as <paramref name="right"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(SchoolYear left, SchoolYear right) => left.CompareTo(right) >= 0;

    /// <summary>Whether <paramref name="startYear"/> is a valid start year.</summary>
    internal static bool IsValidStartYear(int startYear) => startYear is >= MinStartYear and <= MaxStartYear;

    private static ParseResult<SchoolYear> Fail(string code, string ja, string en) =>
        ParseResult<SchoolYear>.Fail(new ParseError(code, ja, en));

    [GeneratedRegex(
        "^(?:(?<gregorian>[0-9]{4})(?:年度)?|(?<era>明治|大正|昭和|平成|令和)(?<year>元|[0-9]{1,3})(?:年度)?|(?<era>[MTSHRmtshr])(?<year>[0-9]{1,3})(?:年度)?)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
