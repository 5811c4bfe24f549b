using SupportPlan.Model.Identifiers;

namespace SupportPlan.Model.Tests.Identifiers;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("0155-62-2111", "0155-62-2111", "0155622111")]
    [InlineData("０１５５－６２－２１１１", "0155-62-2111", "0155622111")]
    [InlineData("（０１５５）６２－２１１１", "(0155)62-2111", "0155622111")]
    [InlineData("+81 155-62-2111", "+81 155-62-2111", "81155622111")]
    [InlineData("＋８１　１５５", "+81 155", "81155")]
    [InlineData("0155ー62ー2111", "0155-62-2111", "0155622111")]
    [InlineData("0155−62‐2111", "0155-62-2111", "0155622111")]
    [InlineData("  110  ", "110", "110")]
    [InlineData("123456789012345", "123456789012345", "123456789012345")]
    public void Numbers_are_normalised_and_keep_their_punctuation(string text, string value, string digits)
    {
        var number = PhoneNumber.Parse(text).Value;

        Assert.Equal(value, number.Value);
        Assert.Equal(digits, number.Digits);
    }

    [Theory]
    [InlineData(null, "SP-VAL-030")]
    [InlineData("　", "SP-VAL-030")]
    [InlineData("03-1234-5678 内線12", "SP-VAL-031")]
    [InlineData("03.1234.5678", "SP-VAL-031")]
    [InlineData("03-1234+5678", "SP-VAL-032")]
    [InlineData("12", "SP-VAL-033")]
    [InlineData("--", "SP-VAL-033")]
    [InlineData("1234567890123456", "SP-VAL-034")]
    public void Each_error_has_its_code(string? text, string code) =>
        Assert.Equal(code, PhoneNumber.Parse(text).Error?.Code);

    [Fact]
    public void The_offending_character_is_named()
    {
        var error = PhoneNumber.Parse("03-1234-5678 内線12").Error!;

        Assert.Contains("内", error.MessageJa, StringComparison.Ordinal);
        Assert.Contains("内", error.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_round_trips()
    {
        var number = PhoneNumber.Parse("（０１５５）６２－２１１１").Value;

        Assert.Equal(number, PhoneNumber.Parse(number.ToString()).Value);
    }

    [Fact]
    public void Equality_is_on_the_written_text()
    {
        var hyphenated = PhoneNumber.Parse("03-1234-5678").Value;
        var plain = PhoneNumber.Parse("0312345678").Value;

        Assert.NotEqual(hyphenated, plain);
        Assert.Equal(hyphenated.Digits, plain.Digits);
    }

    [Fact]
    public void Default_is_empty()
    {
        Assert.Equal(string.Empty, default(PhoneNumber).ToString());
        Assert.Equal(string.Empty, default(PhoneNumber).Digits);
    }
}
