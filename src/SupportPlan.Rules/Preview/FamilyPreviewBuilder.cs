using SupportPlan.Model.Calendar;
using SupportPlan.Model.Collections;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Recipients;

namespace SupportPlan.Rules.Preview;

/// <summary>Builds the family preview from a disclosure report.</summary>
internal static class FamilyPreviewBuilder
{
    public static FamilyPreview Build(DisclosureReport report)
    {
        var recipient = report.Recipient.Name is { } name
            ? $"{name}（{RecipientKinds.JapaneseName(report.Recipient.Kind)}）"
            : RecipientKinds.JapaneseName(report.Recipient.Kind);
        // Structure (a sheet's authorship, the school year) is never a matter of consent: the family is shown content only.
        var content = report.Entries.Where(e => e.Outcome != ItemOutcome.DisclosedAsStructure && e.Reason != WithholdReason.NothingElseDisclosed).ToList();
        return new FamilyPreview
        {
            Title = "個別の教育支援計画（児童生徒理解・支援シート）の提供内容のご確認",
            Recipient = recipient,
            Purpose = RecipientKinds.JapaneseName(report.Purpose),
            Date = JapaneseEraFormatter.FormatDate(report.Date),
            Sent = content.Where(e => e.IsDisclosed()).Select(e => new PreviewLine(e.LabelJa, Basis(e))).ToValueList(),
            NotSent = content.Where(e => e.Outcome == ItemOutcome.Withheld).Select(e => new PreviewLine(e.LabelJa, Reason(e.Reason))).ToValueList(),
            OnHold = content.Where(e => e.Outcome == ItemOutcome.Blocked).Select(e => new PreviewLine(e.LabelJa, Reason(e.Reason))).ToValueList(),
            Notes =
            [
                "このシートは児童生徒の評価に用いるものではなく、学校等で適切に管理します。",
                "提供する内容に変更を希望される場合や、同意を撤回される場合は、学校にお申し出ください。",
            ],
        };
    }

    private static string Basis(ItemDecision entry) => entry.Outcome switch
    {
        ItemOutcome.DisclosedOnConsent => "ご同意による: " + string.Join("、", entry.ConsentIds),
        ItemOutcome.DisclosedUnderException => $"同意を得ることが困難なため、法令に基づき必要不可欠な範囲で提供: {entry.CitationJa}",
        ItemOutcome.DisclosedToFamily => "ご本人・保護者への提供",
        _ => string.Empty,
    };

    private static string Reason(WithholdReason? reason) => reason switch
    {
        WithholdReason.Refused => "ご同意いただけなかったため",
        WithholdReason.Withdrawn => "同意が撤回されたため",
        WithholdReason.Expired => "同意の期間が終わっているため",
        WithholdReason.Deferred => "ご判断を保留されているため",
        WithholdReason.OutsideIndispensableRange => "支援の継続に必要不可欠な範囲の外であるため",
        WithholdReason.SpecialCareNotExplicit => "配慮を要する情報のため、個別のご同意が必要です",
        WithholdReason.ProcedureMissing => "必要な手続が済んでいないため",
        WithholdReason.NoLegalBasis => "提供の根拠がないため",
        _ => "ご同意いただいていないため",
    };
}
