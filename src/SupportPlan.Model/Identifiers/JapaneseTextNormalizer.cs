using System.Text;

namespace SupportPlan.Model.Identifiers;

/// <summary>
/// The NFKC width folding that form input needs, done in the library so that it behaves the same with and without
/// ICU (in invariant-globalization and AOT deployments <see cref="string.Normalize(NormalizationForm)"/> silently
/// returns its input unchanged). For the characters it handles the result equals NFKC: full-width ASCII
/// (U+FF01–U+FF5E) becomes ASCII (and ｟ ｠ become ⦅ ⦆), the ideographic space becomes a space, half-width katakana becomes full-width
/// katakana, and a kana followed by a (half-width or combining) voiced or semi-voiced sound mark is composed.
/// Other characters are left as they are.
/// </summary>
internal static class JapaneseTextNormalizer
{
    /// <summary>The full-width forms of U+FF61–U+FF9D (half-width punctuation and katakana), in order.</summary>
    private const string HalfWidthKatakanaTargets =
        "\u3002\u300C\u300D\u3001\u30FB\u30F2\u30A1\u30A3\u30A5\u30A7\u30A9\u30E3\u30E5\u30E7\u30C3\u30FC" +
        "\u30A2\u30A4\u30A6\u30A8\u30AA\u30AB\u30AD\u30AF\u30B1\u30B3\u30B5\u30B7\u30B9\u30BB\u30BD\u30BF" +
        "\u30C1\u30C4\u30C6\u30C8\u30CA\u30CB\u30CC\u30CD\u30CE\u30CF\u30D2\u30D5\u30D8\u30DB\u30DE\u30DF" +
        "\u30E0\u30E1\u30E2\u30E4\u30E6\u30E8\u30E9\u30EA\u30EB\u30EC\u30ED\u30EF\u30F3";

    private const char CombiningVoiced = '\u3099';
    private const char CombiningSemiVoiced = '\u309A';

    /// <summary>Folds the width variants of <paramref name="text"/>; ASCII input is returned as it is.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The folded text.</returns>
    public static string Fold(string text)
    {
        if (IsAscii(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var mapped = Map(c);
            if ((mapped == CombiningVoiced || mapped == CombiningSemiVoiced) && builder.Length > 0)
            {
                var composed = Compose(builder[^1], mapped);
                if (composed != '\0')
                {
                    builder[^1] = composed;
                    continue;
                }
            }

            builder.Append(mapped);
        }

        return builder.ToString();
    }

    /// <summary>Folds and trims; <see langword="null"/> becomes the empty string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The folded, trimmed text.</returns>
    public static string FoldAndTrim(string? text) => text is null ? string.Empty : Fold(text).Trim();

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F')
            {
                return false;
            }
        }

        return true;
    }

    private static char Map(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        '\uFF5F' => '\u2985', // ｟
        '\uFF60' => '\u2986', // ｠
        >= '\uFF61' and <= '\uFF9D' => HalfWidthKatakanaTargets[c - 0xFF61],
        '\uFF9E' => CombiningVoiced,
        '\uFF9F' => CombiningSemiVoiced,
        _ => c,
    };

    /// <summary>The precomposed kana for <paramref name="kana"/> with a sound mark, or <c>'\0'</c>.</summary>
    private static char Compose(char kana, char mark)
    {
        // Work on hiragana; katakana is the same table shifted by 0x60, plus a few katakana-only letters.
        var isKatakana = kana is >= '\u30A1' and <= '\u30F6';
        var hiragana = isKatakana ? (char)(kana - 0x60) : kana;
        var shift = isKatakana ? 0x60 : 0;
        if (mark == CombiningVoiced)
        {
            var voiced = hiragana switch
            {
                // か–ぢ: the voiced letter follows its unvoiced one (か が き ぎ … ち ぢ).
                >= '\u304B' and <= '\u3061' when (hiragana - 0x304B) % 2 == 0 => (char)(hiragana + 1),
                '\u3064' or '\u3066' or '\u3068' => (char)(hiragana + 1), // つ て と
                >= '\u306F' and <= '\u307B' when (hiragana - 0x306F) % 3 == 0 => (char)(hiragana + 1), // は ひ ふ へ ほ
                '\u3046' => '\u3094', // う → ゔ
                _ => '\0',
            };
            if (voiced != '\0')
            {
                return (char)(voiced + shift);
            }

            return kana switch
            {
                '\u309D' => '\u309E', // ゝ → ゞ
                '\u30FD' => '\u30FE', // ヽ → ヾ
                >= '\u30EF' and <= '\u30F2' => (char)(kana + 8), // ワ ヰ ヱ ヲ → ヷ ヸ ヹ ヺ
                _ => '\0',
            };
        }

        if (hiragana is >= '\u306F' and <= '\u307B' && (hiragana - 0x306F) % 3 == 0)
        {
            return (char)(hiragana + 2 + shift); // ぱ ぴ ぷ ぺ ぽ
        }

        return '\0';
    }
}
