using System.Globalization;
using System.Text.Json.Serialization;
using SupportPlan.Model.Text;

namespace SupportPlan.Model.Identifiers;

/// <summary>
/// A grade (学年) within a school stage, from 年少 to 高4, such as 小3 (<c>elementary-3</c>). Grades compare in
/// age order (<see cref="AgeOrder"/>), so 年長 &lt; 小1 &lt; 中1 &lt; 高1.
/// </summary>
/// <remarks>
/// <c>default(Grade)</c> holds no grade: its <see cref="Year"/> is 0, its text and <see cref="JapaneseLabel"/> are
/// empty, its <see cref="AgeOrder"/> is −1 and it sorts before every grade.
/// </remarks>
[JsonConverter(typeof(GradeJsonConverter))]
public readonly struct Grade : IEquatable<Grade>, IComparable<Grade>
{
    private static readonly string[] PreschoolLabels = ["年少", "年中", "年長"];

    /// <summary>Japanese prefixes and the stage they name, longest first so that 中等 wins over 中.</summary>
    private static readonly (string Prefix, SchoolStage Stage)[] JapanesePrefixes =
    [
        ("義務教育学校", SchoolStage.Compulsory),
        ("中等教育学校", SchoolStage.Secondary),
        ("高等学校", SchoolStage.HighSchool),
        ("小学校", SchoolStage.Elementary),
        ("中学校", SchoolStage.JuniorHigh),
        ("小学部", SchoolStage.Elementary),
        ("中学部", SchoolStage.JuniorHigh),
        ("高等部", SchoolStage.HighSchool),
        ("小学", SchoolStage.Elementary),
        ("中学", SchoolStage.JuniorHigh),
        ("高校", SchoolStage.HighSchool),
        ("義務", SchoolStage.Compulsory),
        ("中等", SchoolStage.Secondary),
        ("小", SchoolStage.Elementary),
        ("中", SchoolStage.JuniorHigh),
        ("高", SchoolStage.HighSchool),
    ];

    private readonly SchoolStage _stage;
    private readonly byte _year;

    private Grade(SchoolStage stage, int year)
    {
        _stage = stage;
        _year = (byte)year;
    }

    /// <summary>The school stage.</summary>
    public SchoolStage Stage => _stage;

    /// <summary>The year within the stage, from 1 (0 for the default value).</summary>
    public int Year => _year;

    /// <summary>The label forms print: 年少, 年中, 年長, 小1, 中2, 高3, 義務7, 中等5 (empty for the default value).</summary>
    public string JapaneseLabel => _stage switch
    {
        SchoolStage.Preschool => PreschoolLabels[_year - 1],
        SchoolStage.Elementary => "小" + YearText,
        SchoolStage.JuniorHigh => "中" + YearText,
        SchoolStage.HighSchool => "高" + YearText,
        SchoolStage.Compulsory => "義務" + YearText,
        SchoolStage.Secondary => "中等" + YearText,
        _ => string.Empty,
    };

    /// <summary>
    /// The position in age order: 年少 = 0, 年中 = 1, 年長 = 2, 小1 = 3 … 小6 = 8, 中1 = 9 … 中3 = 11, 高1 = 12 … 高4 = 15.
    /// 義務1–義務9 share the ages of 小1–中3, and 中等1–中等6 those of 中1–高3. The default value gives −1.
    /// </summary>
    public int AgeOrder => _stage switch
    {
        SchoolStage.Preschool => _year - 1,
        SchoolStage.Elementary or SchoolStage.Compulsory => _year + 2,
        SchoolStage.JuniorHigh or SchoolStage.Secondary => _year + 8,
        SchoolStage.HighSchool => _year + 11,
        _ => -1,
    };

    /// <summary>
    /// The column of MEXT's attendance table (小1–小6, 中1–中3, 高1–高4) this grade is counted in: 義務1–6 in 小1–小6,
    /// 義務7–9 in 中1–中3, 中等1–3 in 中1–中3, 中等4–6 in 高1–高3. <see langword="null"/> for preschool grades, which
    /// the table has no column for, and for the default value.
    /// </summary>
    public Grade? StandardColumn => _stage switch
    {
        SchoolStage.Elementary or SchoolStage.JuniorHigh or SchoolStage.HighSchool => this,
        SchoolStage.Compulsory => _year <= 6 ? new Grade(SchoolStage.Elementary, _year) : new Grade(SchoolStage.JuniorHigh, _year - 6),
        SchoolStage.Secondary => _year <= 3 ? new Grade(SchoolStage.JuniorHigh, _year) : new Grade(SchoolStage.HighSchool, _year - 3),
        _ => null,
    };

    private string YearText => _year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A preschool grade: 1 = 年少, 2 = 年中, 3 = 年長.</summary>
    /// <param name="year">The year, 1–3.</param>
    /// <returns>The grade.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static Grade Preschool(int year) => Of(SchoolStage.Preschool, year);

    /// <summary>An elementary grade, 小1–小6.</summary>
    /// <param name="year">The year, 1–6.</param>
    /// <returns>The grade.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static Grade Elementary(int year) => Of(SchoolStage.Elementary, year);

    /// <summary>A junior-high grade, 中1–中3.</summary>
    /// <param name="year">The year, 1–3.</param>
    /// <returns>The grade.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static Grade JuniorHigh(int year) => Of(SchoolStage.JuniorHigh, year);

    /// <summary>A high-school grade, 高1–高4.</summary>
    /// <param name="year">The year, 1–4.</param>
    /// <returns>The grade.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static Grade HighSchool(int year) => Of(SchoolStage.HighSchool, year);

    /// <summary>A grade of a compulsory education school, 義務1–義務9.</summary>
    /// <param name="year">The year, 1–9.</param>
    /// <returns>The grade.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static Grade Compulsory(int year) => Of(SchoolStage.Compulsory, year);

    /// <summary>A grade of a secondary education school, 中等1–中等6.</summary>
    /// <param name="year">The year, 1–6.</param>
    /// <returns>The grade.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static Grade Secondary(int year) => Of(SchoolStage.Secondary, year);

    /// <summary>The grade of <paramref name="stage"/> and <paramref name="year"/>, or why there is none.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="year">The year within the stage.</param>
    /// <returns>The grade, or an error when the stage is undefined or the year out of its range.</returns>
    public static ParseResult<Grade> Create(SchoolStage stage, int year)
    {
        var max = MaxYear(stage);
        if (max == 0)
        {
            return ParseResult<Grade>.Fail(new ParseError(
                ValueErrorCodes.GradeStageUndefined,
                $"学校段階 {(int)stage} は定義されていません。",
                $"School stage {(int)stage} is not defined."));
        }

        if (year < 1 || year > max)
        {
            return ParseResult<Grade>.Fail(new ParseError(
                ValueErrorCodes.GradeYearOutOfRange,
                $"{StageJapaneseName(stage)}の学年 {year} は範囲外です（1〜{max}）。",
                $"Year {year} is out of range for {stage} (1–{max})."));
        }

        return ParseResult<Grade>.Ok(new Grade(stage, year));
    }

    /// <summary>
    /// Reads a grade from its code (<c>elementary-3</c>) or from a Japanese label as forms print it: 年少, 年中,
    /// 年長; 小1, 小学1年, 小学校1年, 小学部1年; 中2, 中学2年, 中学校2年, 中学部2年; 高3, 高校3年, 高等学校3年,
    /// 高等部3年; 義務7, 義務教育学校7年; 中等5, 中等教育学校5年; each also with 年 or 年生 after the number.
    /// Full-width digits, kanji numerals 一–九 and spaces are accepted.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The grade, or why the text is not one.</returns>
    public static ParseResult<Grade> Parse(string? text)
    {
        var s = JapaneseTextNormalizer.FoldAndTrim(text).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (s.Length == 0)
        {
            return ParseResult<Grade>.Fail(new ParseError(ValueErrorCodes.GradeEmpty, "学年が空です。", "The grade is empty."));
        }

        var preschool = Array.IndexOf(PreschoolLabels, s.EndsWith('児') ? s[..^1] : s);
        if (preschool >= 0)
        {
            return ParseResult<Grade>.Ok(new Grade(SchoolStage.Preschool, preschool + 1));
        }

        var dash = s.LastIndexOf('-');
        if (dash > 0 && TryParseStageCode(s[..dash].ToLowerInvariant(), out var codeStage) && TryParseNumber(s[(dash + 1)..], out var codeYear))
        {
            return Create(codeStage, codeYear);
        }

        foreach (var (prefix, stage) in JapanesePrefixes)
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal) && TryParseYearWithSuffix(s[prefix.Length..], out var year))
            {
                return Create(stage, year);
            }
        }

        return ParseResult<Grade>.Fail(new ParseError(
            ValueErrorCodes.GradeUnknown,
            $"「{s}」は学年として読めません（例: 年長、小1、中学2年、高校3年生、義務7、中等5、elementary-3）。",
            $"'{s}' is not a grade (examples: 年長, 小1, 中学2年, 高校3年生, 義務7, 中等5, elementary-3)."));
    }

    /// <summary>Reads a grade as <see cref="Parse(string?)"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The grade, or the default when the text is not one.</param>
    /// <returns>Whether the text is a valid grade.</returns>
    public static bool TryParse(string? text, out Grade value) => Parse(text).TryGetValue(out value);

    /// <summary>
    /// Whether a school of <paramref name="schoolType"/> has this grade: 幼稚園 and 認定こども園 preschool grades;
    /// 小学校 elementary; 中学校 junior high; 義務教育学校 its own grades or the elementary and junior-high ones;
    /// 高等学校 high school; 中等教育学校 its own grades, junior high or 高1–高3; 特別支援学校 (幼稚部, 小学部,
    /// 中学部, 高等部) preschool, elementary, junior high and 高1–高3. Other schools have none of these grades.
    /// </summary>
    /// <param name="schoolType">The kind of school.</param>
    /// <returns>Whether the grade fits the school.</returns>
    public bool IsCompatibleWith(SchoolType schoolType) => schoolType switch
    {
        SchoolType.Kindergarten or SchoolType.CertifiedChildCareCenter => _stage == SchoolStage.Preschool,
        SchoolType.Elementary => _stage == SchoolStage.Elementary,
        SchoolType.JuniorHigh => _stage == SchoolStage.JuniorHigh,
        SchoolType.CompulsoryEducation => _stage is SchoolStage.Compulsory or SchoolStage.Elementary or SchoolStage.JuniorHigh,
        SchoolType.HighSchool => _stage == SchoolStage.HighSchool,
        SchoolType.SecondaryEducation => _stage is SchoolStage.Secondary or SchoolStage.JuniorHigh
            || (_stage == SchoolStage.HighSchool && _year <= 3),
        SchoolType.SpecialNeeds => _stage is SchoolStage.Preschool or SchoolStage.Elementary or SchoolStage.JuniorHigh
            || (_stage == SchoolStage.HighSchool && _year <= 3),
        _ => false,
    };

    /// <summary>The code, such as <c>preschool-1</c>, <c>elementary-3</c>, <c>junior-high-2</c>, <c>high-school-4</c>,
    /// <c>compulsory-7</c> or <c>secondary-5</c> (empty for the default value).</summary>
    /// <returns>The code.</returns>
    public override string ToString() => _stage switch
    {
        SchoolStage.Preschool => "preschool-" + YearText,
        SchoolStage.Elementary => "elementary-" + YearText,
        SchoolStage.JuniorHigh => "junior-high-" + YearText,
        SchoolStage.HighSchool => "high-school-" + YearText,
        SchoolStage.Compulsory => "compulsory-" + YearText,
        SchoolStage.Secondary => "secondary-" + YearText,
        _ => string.Empty,
    };

    /// <inheritdoc />
    public bool Equals(Grade other) => _stage == other._stage && _year == other._year;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Grade other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_stage, _year);

    /// <summary>
    /// Compares in age order (<see cref="AgeOrder"/>); grades of the same age in different stages (小1 and 義務1)
    /// are ordered by <see cref="Stage"/> so that only equal grades compare as zero.
    /// </summary>
    /// <param name="other">The other grade.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Grade other)
    {
        var byAge = AgeOrder.CompareTo(other.AgeOrder);
        return byAge != 0 ? byAge : _stage.CompareTo(other._stage);
    }

    /// <summary>Whether two grades are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Grade left, Grade right) => left.Equals(right);

    /// <summary>Whether two grades differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Grade left, Grade right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/> in age order.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Grade left, Grade right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/> in age order.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Grade left, Grade right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> comes before or is <paramref name="right"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Grade left, Grade right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> comes after or is <paramref name="right"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Grade left, Grade right) => left.CompareTo(right) >= 0;

    private static Grade Of(SchoolStage stage, int year)
    {
        var max = MaxYear(stage);
        return year >= 1 && year <= max
            ? new Grade(stage, year)
            : throw new ArgumentOutOfRangeException(nameof(year), year, $"A {stage} year is 1–{max}.");
    }

    private static int MaxYear(SchoolStage stage) => stage switch
    {
        SchoolStage.Preschool or SchoolStage.JuniorHigh => 3,
        SchoolStage.HighSchool => 4,
        SchoolStage.Elementary or SchoolStage.Secondary => 6,
        SchoolStage.Compulsory => 9,
        _ => 0,
    };

    private static string StageJapaneseName(SchoolStage stage) => stage switch
    {
        SchoolStage.Preschool => "就学前",
        SchoolStage.Elementary => "小学校",
        SchoolStage.JuniorHigh => "中学校",
        SchoolStage.HighSchool => "高等学校",
        SchoolStage.Compulsory => "義務教育学校",
        _ => "中等教育学校",
    };

    private static bool TryParseStageCode(string code, out SchoolStage stage)
    {
        stage = code switch
        {
            "preschool" => SchoolStage.Preschool,
            "elementary" => SchoolStage.Elementary,
            "junior-high" => SchoolStage.JuniorHigh,
            "high-school" => SchoolStage.HighSchool,
            "compulsory" => SchoolStage.Compulsory,
            "secondary" => SchoolStage.Secondary,
            _ => default,
        };
        return stage != default;
    }

    /// <summary>A number of one or two ASCII digits, or one kanji numeral 一–九.</summary>
    private static bool TryParseNumber(string s, out int number)
    {
        number = 0;
        if (s.Length is 1 or 2 && !s.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            number = int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
            return true;
        }

        if (s.Length == 1)
        {
            number = "一二三四五六七八九".IndexOf(s[0], StringComparison.Ordinal) + 1;
        }

        return number > 0;
    }

    /// <summary>A number followed by nothing, 年 or 年生.</summary>
    private static bool TryParseYearWithSuffix(string s, out int year)
    {
        if (s.EndsWith("年生", StringComparison.Ordinal))
        {
            s = s[..^2];
        }
        else if (s.EndsWith('年'))
        {
            s = s[..^1];
        }

        return TryParseNumber(s, out year);
    }
}
