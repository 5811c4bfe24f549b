using SupportPlan.Model.Identifiers;

namespace SupportPlan.Model.Tests.Identifiers;

public class SchoolTypesTests
{
    [Theory]
    [InlineData(SchoolType.Kindergarten, "A1", "幼稚園")]
    [InlineData(SchoolType.CertifiedChildCareCenter, "A2", "幼保連携型認定こども園")]
    [InlineData(SchoolType.Elementary, "B1", "小学校")]
    [InlineData(SchoolType.JuniorHigh, "C1", "中学校")]
    [InlineData(SchoolType.CompulsoryEducation, "C2", "義務教育学校")]
    [InlineData(SchoolType.HighSchool, "D1", "高等学校")]
    [InlineData(SchoolType.SecondaryEducation, "D2", "中等教育学校")]
    [InlineData(SchoolType.SpecialNeeds, "E1", "特別支援学校")]
    [InlineData(SchoolType.University, "F1", "大学")]
    [InlineData(SchoolType.JuniorCollege, "F2", "短期大学")]
    [InlineData(SchoolType.TechnicalCollege, "G1", "高等専門学校")]
    [InlineData(SchoolType.SpecializedTraining, "H1", "専修学校")]
    [InlineData(SchoolType.Miscellaneous, "H2", "各種学校")]
    public void Codes_and_names(SchoolType type, string code, string name)
    {
        Assert.Equal(code, SchoolTypes.Code(type));
        Assert.Equal(name, SchoolTypes.JapaneseName(type));
        Assert.True(SchoolTypes.TryFromCode(code, out var read));
        Assert.Equal(type, read);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("B2")]
    [InlineData("I1")]
    [InlineData("B")]
    public void Unknown_codes_are_refused(string? code) =>
        Assert.False(SchoolTypes.TryFromCode(code, out _));

    [Fact]
    public void Undefined_values_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SchoolTypes.Code((SchoolType)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => Establishments.JapaneseName((Establishment)0));
    }

    [Theory]
    [InlineData(Establishment.National, "国立", 1)]
    [InlineData(Establishment.Public, "公立", 2)]
    [InlineData(Establishment.Private, "私立", 3)]
    public void Establishment_names_and_school_code_digits(Establishment establishment, string name, int digit)
    {
        Assert.Equal(name, Establishments.JapaneseName(establishment));
        Assert.Equal(digit, (int)establishment);
    }
}
