using SupportPlan.Model.Identifiers;

namespace SupportPlan.Model.Tests.Identifiers;

public class NameReadingTests
{
    [Theory]
    [InlineData("めむろ たろう", "めむろ たろう")]
    [InlineData("メムロ タロウ", "メムロ タロウ")]
    [InlineData("ﾒﾑﾛ ﾀﾛｳ", "メムロ タロウ")]
    [InlineData("ｶﾞｯｺｳ ﾊﾟﾝ", "ガッコウ パン")]
    [InlineData("ｳﾞｨｸﾄﾙ", "ヴィクトル")]
    [InlineData("  めむろ　　たろう  ", "めむろ たろう")]
    [InlineData("すずき・まりあ", "すずき・まりあ")]
    [InlineData("さゝき", "さゝき")]
    [InlineData("ゔぁいおりん", "ゔぁいおりん")]
    [InlineData("か\u3099っこう", "がっこう")]
    public void Kana_is_accepted_and_normalised(string text, string value)
    {
        var result = NameReading.Parse(text);

        Assert.True(result.Success, result.ToString());
        Assert.Equal(value, result.Value.Value);
    }

    [Theory]
    [InlineData("芽室 たろう", "SP-VAL-041", "芽")]
    [InlineData("めむろ 々", "SP-VAL-041", "々")]
    [InlineData("めむろ taro", "SP-VAL-042", "t")]
    [InlineData("ＴＡＲＯ", "SP-VAL-042", "T")]
    [InlineData("たろう2", "SP-VAL-043", "2")]
    [InlineData("たろう！", "SP-VAL-044", "!")]
    [InlineData("たろう、", "SP-VAL-044", "、")]
    public void Other_characters_are_refused_and_named(string text, string code, string offending)
    {
        var error = NameReading.Parse(text).Error!;

        Assert.Equal(code, error.Code);
        Assert.Contains(offending, error.MessageJa, StringComparison.Ordinal);
        Assert.Contains(offending, error.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_offending_character_is_named()
    {
        var error = NameReading.Parse("めむろ太郎").Error!;

        Assert.Contains("「太」", error.MessageJa, StringComparison.Ordinal);
        Assert.Contains("position 4", error.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kanji_outside_the_basic_plane_is_named_whole()
    {
        var error = NameReading.Parse("𠮷だ").Error!;

        Assert.Equal("SP-VAL-041", error.Code);
        Assert.Contains("「𠮷」", error.MessageJa, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("　 ")]
    public void Empty_is_refused(string? text) =>
        Assert.Equal("SP-VAL-040", NameReading.Parse(text).Error?.Code);

    [Fact]
    public void Converts_between_hiragana_and_katakana()
    {
        var reading = NameReading.Parse("ヴァイオリン・ささゝき ヽ").Value;

        Assert.Equal("ゔぁいおりん・ささゝき ゝ", reading.ToHiragana().Value);
        Assert.Equal("ヴァイオリン・ササヽキ ヽ", reading.ToKatakana().Value);
    }

    [Fact]
    public void Hiragana_and_katakana_forms_are_equivalent_but_not_equal()
    {
        var hiragana = NameReading.Parse("めむろ たろう").Value;
        var katakana = NameReading.Parse("ﾒﾑﾛ ﾀﾛｳ").Value;

        Assert.True(hiragana.IsEquivalentTo(katakana));
        Assert.NotEqual(hiragana, katakana);
        Assert.False(hiragana.IsEquivalentTo(NameReading.Parse("めむろ じろう").Value));
    }

    [Fact]
    public void ToString_round_trips()
    {
        var reading = NameReading.Parse("ﾒﾑﾛ  ﾀﾛｳ").Value;

        Assert.Equal(reading, NameReading.Parse(reading.ToString()).Value);
    }

    [Fact]
    public void Default_is_empty()
    {
        Assert.Equal(string.Empty, default(NameReading).ToString());
        Assert.Equal(default, default(NameReading).ToHiragana());
        Assert.True(default(NameReading).IsEquivalentTo(default));
    }
}
