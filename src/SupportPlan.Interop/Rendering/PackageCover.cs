using System.Globalization;
using SupportPlan.Interop.Packages;
using SupportPlan.Model.Checks;
using SupportPlan.Rules.Decisions;

namespace SupportPlan.Interop.Rendering;

/// <summary>
/// The first page of a rendered handover package: who sent it to whom and why, when it was decided, the integrity
/// digest, the exception claimed, the consent records relied on, and the decision on every item of the original plan
/// with its basis, so that each withheld item is listed with its reason.
/// </summary>
internal static class PackageCover
{
    public static void Write(HtmlOutput html, HandoverPackage package, IReadOnlyList<Finding> notes)
    {
        html.Open("section", "sheet", ("id", "package"));
        html.Element("div", "care", "取扱注意");
        html.Element("h1", null, "引継ぎファイル（個別の教育支援計画・児童生徒理解・支援シートの提供）");
        foreach (var note in notes)
        {
            html.Element("p", "warning", $"{note.Code}: {note.MessageJa}");
        }

        html.Open("table", "meta");
        Row(html, "提供元", Party(package.Sender));
        Row(html, "提供先", Party(package.Recipient));
        Row(html, "利用目的", SheetText.Purpose(package.Purpose));
        Row(html, "提供の判断日", SheetText.Date(package.DecidedOn));
        Row(html, "作成日時", package.CreatedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture));
        Row(html, "形式", $"{package.Format} {package.FormatVersion}");
        Row(html, "ファイルID", package.PackageId.ToString());
        Row(html, "ダイジェスト", $"{package.Digest.Algorithm} ({package.Digest.Canonicalization}) {package.Digest.Value}");
        Row(html, "適用した方針", $"{package.Report.PolicyName} {package.Report.PolicyVersion}");
        if (package.Exception is { } claim)
        {
            Row(html, "法令に基づく例外", string.Join("\n", new[]
            {
                "理由: " + claim.Reason,
                claim.ConsentEffort is null ? null : "同意を得るための努力: " + claim.ConsentEffort,
                claim.HarmAssessed ? "本人又は第三者の権利利益を不当に侵害しないことを確認済み" : null,
                claim.RecordedBy is null ? null : "記録者: " + claim.RecordedBy,
            }.Where(s => s is not null)));
        }

        if (!package.Procedures.IsEmpty)
        {
            Row(html, "記録された手続", string.Join("\n", package.Procedures.Select(p =>
                $"{SheetText.Date(p.On)} {Procedure(p.Kind)}" + (p.Reference is null ? string.Empty : $"（{p.Reference}）"))));
        }

        if (package.ProvisionRecord is not null)
        {
            Row(html, "第三者提供の記録", "個人情報保護法第29条の記録を含む");
        }

        html.Close();

        var report = package.Report;
        var content = report.Entries.Where(e => e.Outcome != ItemOutcome.DisclosedAsStructure && e.Reason != WithholdReason.NothingElseDisclosed).ToList();
        html.Element("h3", null, "○提供の判断（項目ごと）");
        html.Element("p", "note", string.Create(CultureInfo.InvariantCulture,
            $"提供 {content.Count(e => e.IsDisclosed())} 項目、開示しない {content.Count(e => e.Outcome == ItemOutcome.Withheld)} 項目、保留 {content.Count(e => e.Outcome == ItemOutcome.Blocked)} 項目。開示しない項目は、以下のシートでも該当する欄に「開示しない」と示します。"));
        html.Open("table", "withheld-list");
        html.Open("tr");
        html.Label("項目");
        html.Label("判断");
        html.Label("根拠・理由");
        html.Close();
        foreach (var entry in content)
        {
            html.Open("tr");
            html.TextCell(entry.LabelJa + (entry.SpecialCare ? "（要配慮個人情報）" : string.Empty), cssClass: "text");
            if (WithheldItems.IsHeldBack(entry))
            {
                html.Cell(2);
                html.Element("span", "withheld", WithheldItems.Marker(entry), ("title", entry.LabelJa), ("data-withheld", "true"));
                if (!entry.ConsentIds.IsEmpty)
                {
                    html.Element("span", "small", "　同意の記録: " + string.Join("、", entry.ConsentIds));
                }

                html.Close();
            }
            else
            {
                html.TextCell(Outcome(entry.Outcome));
                html.TextCell(Basis(entry), cssClass: "text");
            }

            html.Close();
        }

        html.Close();

        if (!package.Consents.IsEmpty)
        {
            html.Element("h3", null, "○この提供の根拠となる同意等の記録");
            ConsentTable.Write(html, package.Consents);
        }

        html.Close();
    }

    private static void Row(HtmlOutput html, string label, string? value)
    {
        html.Open("tr");
        html.Label(label);
        html.TextCell(value, cssClass: "text");
        html.Close();
    }

    private static string Party(PackageParty party) =>
        string.Join("　", new[]
        {
            party.Name,
            $"（{SheetText.Recipient(party.Kind)}" + (party.Establishment is { } e && PackageParty.EstablishmentOf(party.Kind) != e ? "・" + SheetText.Establishment(e) : string.Empty) + "）",
            party.SchoolCode is { } code ? "学校コード " + code.Value : null,
            party.Address,
            party.ConfidentialityDuty is true ? "守秘義務あり" : null,
        }.Where(s => !string.IsNullOrEmpty(s)));

    private static string Outcome(ItemOutcome outcome) => outcome switch
    {
        ItemOutcome.DisclosedOnConsent => "同意により提供",
        ItemOutcome.DisclosedUnderException => "法令の例外により提供",
        ItemOutcome.DisclosedToFamily => "本人・保護者への提供",
        ItemOutcome.DisclosedAsStructure => "提供（構成情報）",
        _ => "開示しない",
    };

    private static string Basis(ItemDecision entry) => entry.Outcome switch
    {
        ItemOutcome.DisclosedOnConsent => "同意の記録: " + string.Join("、", entry.ConsentIds),
        ItemOutcome.DisclosedUnderException => string.Join("\n", new[] { entry.CitationJa, entry.RecordedReason is null ? null : "記録された理由: " + entry.RecordedReason }.Where(s => s is not null)),
        _ => entry.CitationJa ?? string.Empty,
    };

    private static string Procedure(ProcedureKind kind) => kind switch
    {
        ProcedureKind.CouncilConsultation => "審議会への諮問",
        ProcedureKind.ConfidentialityDutyExplained => "守秘義務の確認と説明",
        _ => kind.ToString(),
    };
}
