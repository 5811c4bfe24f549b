using SupportPlan.Model.Identifiers;

namespace SupportPlan.Model.Tests.Identifiers;

public class PrefectureTests
{
    [Theory]
    [InlineData("01", 1)]
    [InlineData("1", 1)]
    [InlineData("13", 13)]
    [InlineData("47", 47)]
    [InlineData("０１", 1)]
    [InlineData(" 9 ", 9)]
    [InlineData("北海道", 1)]
    [InlineData("東京都", 13)]
    [InlineData("東京", 13)]
    [InlineData("京都府", 26)]
    [InlineData("京都", 26)]
    [InlineData("大阪府", 27)]
    [InlineData("神奈川県", 14)]
    [InlineData("鹿児島", 46)]
    [InlineData("沖縄県", 47)]
    public void Numbers_and_names_are_read(string text, int number)
    {
        var result = Prefecture.Parse(text);

        Assert.True(result.Success, result.ToString());
        Assert.Equal(number, result.Value.Number);
    }

    [Theory]
    [InlineData(null, "SP-VAL-001")]
    [InlineData(" ", "SP-VAL-001")]
    [InlineData("0", "SP-VAL-002")]
    [InlineData("00", "SP-VAL-002")]
    [InlineData("48", "SP-VAL-002")]
    [InlineData("001", "SP-VAL-003")]
    [InlineData("東京府", "SP-VAL-003")]
    [InlineData("Tokyo", "SP-VAL-003")]
    public void Each_error_has_its_code(string? text, string code) =>
        Assert.Equal(code, Prefecture.Parse(text).Error?.Code);

    [Fact]
    public void Names_follow_JIS_order()
    {
        Assert.Equal("北海道", Prefecture.FromNumber(1).Value.JapaneseName);
        Assert.Equal("東京都", Prefecture.FromNumber(13).Value.JapaneseName);
        Assert.Equal("岐阜県", Prefecture.FromNumber(21).Value.JapaneseName);
        Assert.Equal("沖縄県", Prefecture.FromNumber(47).Value.JapaneseName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(48)]
    [InlineData(-1)]
    public void FromNumber_refuses_out_of_range(int number) =>
        Assert.Equal("SP-VAL-002", Prefecture.FromNumber(number).Error?.Code);

    [Fact]
    public void Every_prefecture_round_trips_by_number_and_by_name()
    {
        for (var number = 1; number <= 47; number++)
        {
            var prefecture = Prefecture.FromNumber(number).Value;

            Assert.Equal(prefecture, Prefecture.Parse(prefecture.ToString()).Value);
            Assert.Equal(prefecture, Prefecture.Parse(prefecture.JapaneseName).Value);
        }
    }

    [Fact]
    public void ToString_is_two_digits() =>
        Assert.Equal("01", Prefecture.FromNumber(1).Value.ToString());

    [Fact]
    public void Default_is_empty()
    {
        Assert.Equal(string.Empty, default(Prefecture).ToString());
        Assert.Equal(string.Empty, default(Prefecture).JapaneseName);
        Assert.Equal(0, default(Prefecture).Number);
    }

    [Fact]
    public void Ordering_follows_the_number()
    {
        var hokkaido = Prefecture.FromNumber(1).Value;
        var okinawa = Prefecture.FromNumber(47).Value;

        Assert.True(hokkaido < okinawa);
        Assert.True(okinawa >= hokkaido);
        Assert.Equal(0, hokkaido.CompareTo(Prefecture.Parse("北海道").Value));
    }
}
