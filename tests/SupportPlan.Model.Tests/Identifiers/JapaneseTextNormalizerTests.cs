using System.Text;
using SupportPlan.Model.Identifiers;

namespace SupportPlan.Model.Tests.Identifiers;

/// <summary>
/// The in-library width folding must agree with NFKC on what it handles. ICU is the oracle; in invariant-globalization
/// mode <see cref="string.Normalize(NormalizationForm)"/> does nothing, so these tests then have nothing to compare with.
/// </summary>
public class JapaneseTextNormalizerTests
{
    private static bool IcuNormalizes => "\uFF71".Normalize(NormalizationForm.FormKC) == "\u30A2";

    [Fact]
    public void Folding_works_without_ICU() =>
        Assert.Equal("ガッコウ 012-()", JapaneseTextNormalizer.Fold("ｶﾞｯｺｳ　０１２－（）"));

    [Fact]
    public void Width_variants_fold_as_NFKC_does()
    {
        if (!IcuNormalizes)
        {
            return;
        }

        for (var c = '\uFF01'; c <= '\uFF9F'; c++)
        {
            var text = c.ToString();

            Assert.Equal(text.Normalize(NormalizationForm.FormKC), JapaneseTextNormalizer.Fold(text));
        }

        Assert.Equal(" ", JapaneseTextNormalizer.Fold("\u3000"));
    }

    [Fact]
    public void Kana_with_sound_marks_composes_as_NFKC_does()
    {
        if (!IcuNormalizes)
        {
            return;
        }

        for (var c = '\u3041'; c <= '\u30FE'; c++)
        {
            if (c is (>= '\u3097' and <= '\u309C') or '\u309F')
            {
                continue; // unassigned, the sound marks themselves, and ゟ: not folded by the library
            }

            foreach (var mark in new[] { "\u3099", "\u309A", "\uFF9E", "\uFF9F" })
            {
                var text = c + mark;

                Assert.Equal(text.Normalize(NormalizationForm.FormKC), JapaneseTextNormalizer.Fold(text));
            }
        }
    }

    [Fact]
    public void Half_width_katakana_with_marks_composes_as_NFKC_does()
    {
        if (!IcuNormalizes)
        {
            return;
        }

        for (var c = '\uFF66'; c <= '\uFF9D'; c++)
        {
            foreach (var mark in new[] { "\uFF9E", "\uFF9F" })
            {
                var text = c + mark;

                Assert.Equal(text.Normalize(NormalizationForm.FormKC), JapaneseTextNormalizer.Fold(text));
            }
        }
    }
}
