using System.Text.RegularExpressions;
using SupportPlan.Model.Classification;

namespace SupportPlan.Model.Tests.Docs;

public sealed partial class MextSheetMappingTests
{
    private static readonly List<(string Label, string Pointer)> Rows = ReadRows();

    /// <summary>Every label printed on the MEXT reference form (seed 002), as the form prints it.</summary>
    public static TheoryData<string> FormLabels { get; } = new(
        "現在在籍する学校名又は卒業校名", "児童生徒名", "分類番号", "作成日", "作成者", "追記者", "性別", "生年月日",
        "国籍等(※)", "出生地(※)", "続柄(※)", "学校受入年月日(※)", "連絡先", "年度", "学年", "出席しなければならない日数", "出席日数",
        "別室登校", "遅刻", "早退", "欠席日数", "指導要録上の出席扱い", "①教育支援センター", "②教育委員会所管の機関(①除く。)",
        "③児童相談所・福祉事務所", "④保健所、精神保健福祉センター", "⑤病院、診療所", "⑥民間団体、民間施設", "⑦その他の機関等",
        "⑧IT等の活用", "本人の強み", "アセスメントの情報", "家庭での様子", "学習歴(※)", "日本語力(※)", "生育歴",
        "本人を取り巻く状況(家族の状況も含む。)", "作成日以降の変化", "家族構成(※)", "家庭内使用言語(※)", "備考欄", "担任名(ふりがな)",
        "管理職名", "作成年月日", "追記年月日(追記者名)", "学校名", "学級", "主な支援内容", "支援機関名", "連絡先電話番号", "担当者名",
        "累積欠席日数", "欠席日数(出席扱いを含む)", "計", "長期欠席、不登校(継続)等欠席状況に関する理由", "次年度への引継事項",
        "作成者名", "本学年の目標", "記録者", "日付", "参加者・機関名", "本人の意向", "保護者の意向", "関係機関からの情報",
        "機関・分掌名", "短期目標", "経過・評価", "確認・同意事項", "特記事項");

    [Theory]
    [MemberData(nameof(FormLabels))]
    public void Every_form_label_has_a_row(string label) =>
        Assert.Contains(Rows, r => r.Label == label || r.Label.StartsWith(label, StringComparison.Ordinal) || r.Label.Contains(label, StringComparison.Ordinal));

    [Fact]
    public void Every_pointer_in_the_mapping_belongs_to_a_catalogue_item()
    {
        Assert.True(Rows.Count > 150, $"only {Rows.Count} rows were read");
        foreach (var (label, pointer) in Rows)
        {
            var concrete = pointer.Replace("*", "0", StringComparison.Ordinal);
            var isContainer = PlanItemCatalog.All.Any(i => i.Pointers.Any(p => p.Replace("*", "0", StringComparison.Ordinal).StartsWith(concrete + "/", StringComparison.Ordinal)));
            Assert.True(PlanItemCatalog.ForPointer(concrete) is not null || isContainer, $"{label}: {pointer} belongs to no catalogue item");
        }
    }

    private static List<(string, string)> ReadRows()
    {
        var rows = new List<(string, string)>();
        foreach (var line in File.ReadLines(RepositoryFiles.PathOf("docs/mext-sheet-mapping.md")))
        {
            var match = RowPattern().Match(line);
            if (match.Success)
            {
                rows.Add((match.Groups["label"].Value.Trim(), match.Groups["pointer"].Value));
            }
        }

        return rows;
    }

    [GeneratedRegex(@"^\|\s*(?<label>[^|]+?)\s*\|\s*`(?<pointer>/[^`]*)`\s*\|")]
    private static partial Regex RowPattern();
}
