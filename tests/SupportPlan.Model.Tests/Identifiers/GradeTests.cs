using SupportPlan.Model.Identifiers;

namespace SupportPlan.Model.Tests.Identifiers;

public class GradeTests
{
    [Theory]
    [InlineData("年少", "preschool-1")]
    [InlineData("年中", "preschool-2")]
    [InlineData("年長", "preschool-3")]
    [InlineData("年長児", "preschool-3")]
    [InlineData("小1", "elementary-1")]
    [InlineData("小学1年", "elementary-1")]
    [InlineData("小学校1年", "elementary-1")]
    [InlineData("小1年生", "elementary-1")]
    [InlineData("小学1年生", "elementary-1")]
    [InlineData("小学校6年生", "elementary-6")]
    [InlineData("小学部3年", "elementary-3")]
    [InlineData("小学一年", "elementary-1")]
    [InlineData("中2", "junior-high-2")]
    [InlineData("中学2年", "junior-high-2")]
    [InlineData("中学2年生", "junior-high-2")]
    [InlineData("中学校3年", "junior-high-3")]
    [InlineData("中学部1年", "junior-high-1")]
    [InlineData("高3", "high-school-3")]
    [InlineData("高校3年", "high-school-3")]
    [InlineData("高校3年生", "high-school-3")]
    [InlineData("高等学校4年", "high-school-4")]
    [InlineData("高等部2年", "high-school-2")]
    [InlineData("義務7", "compulsory-7")]
    [InlineData("義務7年", "compulsory-7")]
    [InlineData("義務7年生", "compulsory-7")]
    [InlineData("義務教育学校9年", "compulsory-9")]
    [InlineData("中等5", "secondary-5")]
    [InlineData("中等5年", "secondary-5")]
    [InlineData("中等5年生", "secondary-5")]
    [InlineData("中等教育学校6年", "secondary-6")]
    [InlineData("小１", "elementary-1")]
    [InlineData("中学２年生", "junior-high-2")]
    [InlineData(" 高校 ３ 年 ", "high-school-3")]
    [InlineData("ｅｌｅｍｅｎｔａｒｙ－３", "elementary-3")]
    [InlineData("Junior-High-2", "junior-high-2")]
    public void Japanese_labels_and_codes_are_read(string text, string code)
    {
        var result = Grade.Parse(text);

        Assert.True(result.Success, result.ToString());
        Assert.Equal(code, result.Value.ToString());
    }

    [Theory]
    [InlineData(null, "SP-VAL-050")]
    [InlineData(" ", "SP-VAL-050")]
    [InlineData("年長さん", "SP-VAL-051")]
    [InlineData("大学1年", "SP-VAL-051")]
    [InlineData("grade-1", "SP-VAL-051")]
    [InlineData("小", "SP-VAL-051")]
    [InlineData("小7", "SP-VAL-052")]
    [InlineData("小0", "SP-VAL-052")]
    [InlineData("中4", "SP-VAL-052")]
    [InlineData("高5", "SP-VAL-052")]
    [InlineData("義務10", "SP-VAL-052")]
    [InlineData("中等7", "SP-VAL-052")]
    [InlineData("preschool-4", "SP-VAL-052")]
    public void Each_error_has_its_code(string? text, string code) =>
        Assert.Equal(code, Grade.Parse(text).Error?.Code);

    [Fact]
    public void Create_refuses_an_undefined_stage() =>
        Assert.Equal("SP-VAL-053", Grade.Create((SchoolStage)42, 1).Error?.Code);

    [Fact]
    public void Create_refuses_a_year_out_of_range() =>
        Assert.Equal("SP-VAL-052", Grade.Create(SchoolStage.HighSchool, 5).Error?.Code);

    [Fact]
    public void Factories_throw_on_a_year_out_of_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Grade.Preschool(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Grade.Elementary(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Grade.JuniorHigh(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Grade.HighSchool(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Grade.Compulsory(10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Grade.Secondary(7));
    }

    public static TheoryData<Grade> AllGrades() => new(EveryGrade());

    private static IEnumerable<Grade> EveryGrade()
    {
        foreach (var (stage, max) in new[]
        {
            (SchoolStage.Preschool, 3), (SchoolStage.Elementary, 6), (SchoolStage.JuniorHigh, 3),
            (SchoolStage.HighSchool, 4), (SchoolStage.Compulsory, 9), (SchoolStage.Secondary, 6),
        })
        {
            for (var year = 1; year <= max; year++)
            {
                yield return Grade.Create(stage, year).Value;
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllGrades))]
    public void Code_and_Japanese_label_round_trip(Grade grade)
    {
        Assert.Equal(grade, Grade.Parse(grade.ToString()).Value);
        Assert.Equal(grade, Grade.Parse(grade.JapaneseLabel).Value);
    }

    [Theory]
    [InlineData("preschool-1", "年少")]
    [InlineData("preschool-3", "年長")]
    [InlineData("elementary-1", "小1")]
    [InlineData("junior-high-2", "中2")]
    [InlineData("high-school-4", "高4")]
    [InlineData("compulsory-7", "義務7")]
    [InlineData("secondary-5", "中等5")]
    public void Japanese_labels(string code, string label) =>
        Assert.Equal(label, Grade.Parse(code).Value.JapaneseLabel);

    [Theory]
    [InlineData("年少", 0)]
    [InlineData("年中", 1)]
    [InlineData("年長", 2)]
    [InlineData("小1", 3)]
    [InlineData("小6", 8)]
    [InlineData("中1", 9)]
    [InlineData("中3", 11)]
    [InlineData("高1", 12)]
    [InlineData("高4", 15)]
    [InlineData("義務1", 3)]
    [InlineData("義務7", 9)]
    [InlineData("義務9", 11)]
    [InlineData("中等1", 9)]
    [InlineData("中等4", 12)]
    [InlineData("中等6", 14)]
    public void Age_order(string label, int ageOrder) =>
        Assert.Equal(ageOrder, Grade.Parse(label).Value.AgeOrder);

    [Fact]
    public void Grades_sort_in_age_order()
    {
        var grades = new[] { "高1", "年長", "中等4", "小1", "年少", "中3", "義務1", "高4" }
            .Select(label => Grade.Parse(label).Value)
            .Order()
            .Select(grade => grade.JapaneseLabel);

        Assert.Equal(new[] { "年少", "年長", "小1", "義務1", "中3", "高1", "中等4", "高4" }, grades);
    }

    [Fact]
    public void Comparison_operators_follow_age_order()
    {
        Assert.True(Grade.Preschool(3) < Grade.Elementary(1));
        Assert.True(Grade.JuniorHigh(1) > Grade.Elementary(6));
        Assert.True(Grade.HighSchool(2) > Grade.Secondary(4));
        Assert.NotEqual(0, Grade.Elementary(1).CompareTo(Grade.Compulsory(1)));
        Assert.True(default(Grade) < Grade.Preschool(1));
    }

    [Theory]
    [InlineData("年長", null)]
    [InlineData("小3", "小3")]
    [InlineData("中2", "中2")]
    [InlineData("高4", "高4")]
    [InlineData("義務1", "小1")]
    [InlineData("義務6", "小6")]
    [InlineData("義務7", "中1")]
    [InlineData("義務9", "中3")]
    [InlineData("中等1", "中1")]
    [InlineData("中等3", "中3")]
    [InlineData("中等4", "高1")]
    [InlineData("中等6", "高3")]
    public void Standard_column(string label, string? column) =>
        Assert.Equal(column, Grade.Parse(label).Value.StandardColumn?.JapaneseLabel);

    [Fact]
    public void Default_has_no_standard_column() => Assert.Null(default(Grade).StandardColumn);

    [Theory]
    [InlineData(SchoolType.Kindergarten, "年少 年中 年長")]
    [InlineData(SchoolType.CertifiedChildCareCenter, "年少 年中 年長")]
    [InlineData(SchoolType.Elementary, "小1 小2 小3 小4 小5 小6")]
    [InlineData(SchoolType.JuniorHigh, "中1 中2 中3")]
    [InlineData(SchoolType.CompulsoryEducation, "小1 小2 小3 小4 小5 小6 中1 中2 中3 義務1 義務2 義務3 義務4 義務5 義務6 義務7 義務8 義務9")]
    [InlineData(SchoolType.HighSchool, "高1 高2 高3 高4")]
    [InlineData(SchoolType.SecondaryEducation, "中1 中2 中3 高1 高2 高3 中等1 中等2 中等3 中等4 中等5 中等6")]
    [InlineData(SchoolType.SpecialNeeds, "年少 年中 年長 小1 小2 小3 小4 小5 小6 中1 中2 中3 高1 高2 高3")]
    [InlineData(SchoolType.University, "")]
    [InlineData(SchoolType.JuniorCollege, "")]
    [InlineData(SchoolType.TechnicalCollege, "")]
    [InlineData(SchoolType.SpecializedTraining, "")]
    [InlineData(SchoolType.Miscellaneous, "")]
    public void Compatibility_with_school_types(SchoolType type, string compatibleLabels)
    {
        var expected = compatibleLabels.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();

        foreach (var grade in EveryGrade())
        {
            Assert.True(
                expected.Contains(grade.JapaneseLabel) == grade.IsCompatibleWith(type),
                $"{grade.JapaneseLabel} with {type}");
        }
    }

    [Fact]
    public void Default_is_empty_and_compatible_with_nothing()
    {
        var grade = default(Grade);

        Assert.Equal(string.Empty, grade.ToString());
        Assert.Equal(string.Empty, grade.JapaneseLabel);
        Assert.Equal(-1, grade.AgeOrder);
        Assert.False(grade.IsCompatibleWith(SchoolType.SpecialNeeds));
    }

    [Fact]
    public void TryParse_reports_failure()
    {
        Assert.False(Grade.TryParse("小7", out var grade));
        Assert.Equal(default, grade);
    }
}
