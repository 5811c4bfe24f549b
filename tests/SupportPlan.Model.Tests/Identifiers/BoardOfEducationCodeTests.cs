using SupportPlan.Model.Identifiers;

namespace SupportPlan.Model.Tests.Identifiers;

public class BoardOfEducationCodeTests
{
    [Fact]
    public void A_valid_code_is_split_into_prefecture_and_number()
    {
        var code = BoardOfEducationCode.Parse("016489").Value;

        Assert.Equal("016489", code.Value);
        Assert.Equal(1, code.Prefecture.Number);
        Assert.Equal("6489", code.Number);
    }

    [Fact]
    public void Full_width_digits_are_normalised() =>
        Assert.Equal("470001", BoardOfEducationCode.Parse(" ４７０００１ ").Value.ToString());

    [Theory]
    [InlineData(null, "SP-VAL-020")]
    [InlineData("", "SP-VAL-020")]
    [InlineData("01648", "SP-VAL-021")]
    [InlineData("0164890", "SP-VAL-021")]
    [InlineData("01648a", "SP-VAL-022")]
    [InlineData("01-648", "SP-VAL-022")]
    [InlineData("006489", "SP-VAL-023")]
    [InlineData("486489", "SP-VAL-023")]
    public void Each_error_has_its_code(string? text, string code) =>
        Assert.Equal(code, BoardOfEducationCode.Parse(text).Error?.Code);

    [Fact]
    public void ToString_round_trips()
    {
        var code = BoardOfEducationCode.Parse("132012").Value;

        Assert.Equal(code, BoardOfEducationCode.Parse(code.ToString()).Value);
    }

    [Fact]
    public void Default_is_empty()
    {
        Assert.Equal(string.Empty, default(BoardOfEducationCode).ToString());
        Assert.Equal(string.Empty, default(BoardOfEducationCode).Number);
        Assert.Equal(default, default(BoardOfEducationCode).Prefecture);
    }
}
