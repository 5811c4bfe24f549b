using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace SupportPlan.Testing;

/// <summary>Generators of text: realistic Japanese phrases and awkward-but-valid Unicode.</summary>
public static class TextGenerators
{
    private static readonly string[] Phrases =
    [
        "友人関係のトラブルをきっかけに欠席が続いた。", "朝の登校渋りがある。", "教育支援センターに週3日通所している。",
        "タブレットを使ったオンライン授業に参加できた。", "視覚的なスケジュールを示すと落ち着いて活動できる。",
        "大きな音が苦手で、クールダウンスペースを利用する。", "日本語での日常会話はできるが、教科学習の語彙が不足している。",
        "放課後等デイサービスを利用している。", "保護者は「無理をせず、少しずつ学校に行けるようになってほしい」と話している。",
        "本人は「プログラミングが好き。将来はゲームを作りたい」と話している。", "月1回ケース会議を開き、支援の進捗を確認する。",
        "スクールカウンセラーとの面談を継続する。", "別室登校から教室での授業参加へ段階的に移行した。",
        "算数の文章題に苦手さがある。", "個別の学習支援を教育相談センターで行った。",
    ];

    private static readonly string[] Awkward =
    [
        "\"引用\"と\\バックスラッシュ", "改行を\n含む\r\n文", "タブ\tを含む", "<script>&amp;</script>", "絵文字😀👍🏽と𠮷野家",
        "ﾊﾝｶｸｶﾀｶﾅ", "全角　空白", "\u2028行区切り\u2029段落区切り", "Ünïcödé ÀÉÎ", "0", "-1", "null", "{}", "[]", " 前後の空白 ",
        "\u0001制御文字\u001f",
    ];

    /// <summary>A non-empty piece of Japanese text, sometimes with awkward characters.</summary>
    public static Gen<string> Text { get; } =
        Gen.Frequency(
            (6, Gen.Elements(Phrases)),
            (2, Gen.Elements(Phrases).Two().Select(t => t.Item1 + t.Item2)),
            (2, Gen.Elements(Awkward)),
            (1, UnicodeText()));

    /// <summary>Text or null.</summary>
    public static Gen<string?> OptionalText { get; } = Gen.Frequency((3, Text.Select(t => (string?)t)), (1, Gen.Constant<string?>(null)));

    /// <summary>A Japanese family and given name.</summary>
    public static Gen<(string Name, string Reading)> JapaneseName { get; } =
        from family in Gen.Elements(("根室", "ねむろ"), ("別海", "べつかい"), ("中標津", "なかしべつ"), ("芽室", "めむろ"), ("岐阜", "ぎふ"), ("佐藤", "さとう"), ("鈴木", "すずき"), ("高橋", "たかはし"))
        from given in Gen.Elements(("太郎", "たろう"), ("花子", "はなこ"), ("翔", "しょう"), ("美咲", "みさき"), ("健", "けん"), ("陽菜", "ひな"), ("マリア", "まりあ"))
        from katakana in Gen.Elements(false, true)
        select ($"{family.Item1} {given.Item1}", katakana ? ToKatakana($"{family.Item2} {given.Item2}") : $"{family.Item2} {given.Item2}");

    /// <summary>Valid Unicode text from a wide range of code points (no lone surrogates, which UTF-8 cannot hold).</summary>
    /// <returns>The generator.</returns>
    public static Gen<string> UnicodeText() =>
        Gen.Frequency(
                (5, Gen.Choose(0x20, 0x7E)),
                (5, Gen.Choose(0x3041, 0x30FA)),
                (5, Gen.Choose(0x4E00, 0x9FFF)),
                (1, Gen.Choose(0xA0, 0xD7FF)),
                (1, Gen.Choose(0xE000, 0xFFFD)),
                (1, Gen.Choose(0x10000, 0x10FFFF)))
            .NonEmptyListOf()
            .Select(cps =>
            {
                var text = new StringBuilder();
                foreach (var cp in cps)
                {
                    text.Append(char.ConvertFromUtf32(cp));
                }

                return text.ToString();
            });

    private static string ToKatakana(string hiragana)
    {
        var chars = hiragana.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '\u3041' and <= '\u3096')
            {
                chars[i] = (char)(chars[i] + 0x60);
            }
        }

        return new string(chars);
    }
}
