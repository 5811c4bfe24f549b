namespace SupportPlan.Model.Calendar;

/// <summary>
/// A Japanese era (元号) from a fixed table, so that formatting never depends on the operating system's calendar
/// data (ICU).
/// </summary>
/// <param name="Name">The era name, such as 令和.</param>
/// <param name="Letter">The Latin initial used in abbreviations such as R7.4.1.</param>
/// <param name="Start">The first day of the era.</param>
internal sealed record JapaneseEra(string Name, char Letter, DateOnly Start)
{
    /// <summary>The eras from 明治 on, oldest first.</summary>
    public static IReadOnlyList<JapaneseEra> All { get; } =
    [
        // 明治 counts from 1868-01-01 in era years; its first day here is the proclamation of 1868-10-23 (Gregorian).
        new("明治", 'M', new DateOnly(1868, 10, 23)),
        new("大正", 'T', new DateOnly(1912, 7, 30)),
        new("昭和", 'S', new DateOnly(1926, 12, 25)),
        new("平成", 'H', new DateOnly(1989, 1, 8)),
        new("令和", 'R', new DateOnly(2019, 5, 1)),
    ];

    /// <summary>The last calendar year of the era (the year the next era began), or <see langword="null"/> for the current era.</summary>
    public int? LastYear
    {
        get
        {
            for (var i = 0; i < All.Count - 1; i++)
            {
                if (ReferenceEquals(All[i], this))
                {
                    return All[i + 1].Start.Year;
                }
            }

            return null;
        }
    }

    /// <summary>The era in force on <paramref name="date"/>, or <see langword="null"/> before 明治.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The era.</returns>
    public static JapaneseEra? Of(DateOnly date)
    {
        for (var i = All.Count - 1; i >= 0; i--)
        {
            if (date >= All[i].Start)
            {
                return All[i];
            }
        }

        return null;
    }

    /// <summary>The era with the given name (令和) or Latin initial (R, r), or <see langword="null"/>.</summary>
    /// <param name="nameOrLetter">The name or initial.</param>
    /// <returns>The era.</returns>
    public static JapaneseEra? Find(string nameOrLetter)
    {
        foreach (var era in All)
        {
            if (nameOrLetter == era.Name
                || (nameOrLetter.Length == 1 && char.ToUpperInvariant(nameOrLetter[0]) == era.Letter))
            {
                return era;
            }
        }

        return null;
    }

    /// <summary>The era year of <paramref name="year"/>: 1 for the era's first calendar year.</summary>
    /// <param name="year">A calendar year in the era.</param>
    /// <returns>The era year.</returns>
    public int EraYear(int year) => year - Start.Year + 1;

    /// <summary>The calendar year of era year <paramref name="eraYear"/>.</summary>
    /// <param name="eraYear">The era year, from 1.</param>
    /// <returns>The calendar year.</returns>
    public int CalendarYear(int eraYear) => Start.Year + eraYear - 1;

    /// <summary>An era year as forms print it: 元 for 1, otherwise the number.</summary>
    /// <param name="eraYear">The era year.</param>
    /// <returns>The text.</returns>
    public static string FormatEraYear(int eraYear) =>
        eraYear == 1 ? "元" : eraYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
