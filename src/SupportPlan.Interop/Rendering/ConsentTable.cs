using SupportPlan.Model.Classification;
using SupportPlan.Model.Collections;
using SupportPlan.Model.Consent;

namespace SupportPlan.Interop.Rendering;

/// <summary>A table of consent records: who decided what, for which recipient, purpose and items, when and until when.</summary>
internal static class ConsentTable
{
    public static void Write(HtmlOutput html, ValueList<ConsentRecord> consents)
    {
        html.Open("table");
        html.Open("tr");
        html.Label("ID");
        html.Label("判断");
        html.Label("判断した人");
        html.Label("提供先・目的");
        html.Label("内容");
        html.Label("期間・方法");
        html.Close();
        foreach (var consent in consents)
        {
            html.Open("tr");
            html.TextCell(consent.Id);
            html.TextCell(SheetText.Decision(consent.Decision) + (consent.Withdraws is null ? string.Empty : $"（{consent.Withdraws} を撤回）"));
            html.TextCell(consent.Grantor is null ? null : string.Join("　", new[] { SheetText.Grantor(consent.Grantor.Kind), consent.Grantor.Name, consent.Grantor.Relationship }.Where(s => !string.IsNullOrEmpty(s))));
            html.TextCell(
                string.Join("\n", new[]
                {
                    SheetText.Recipient(consent.Recipient.Kind) + (consent.Recipient.Name is null ? string.Empty : "　" + consent.Recipient.Name),
                    consent.Recipient.SchoolCode is { } code ? "学校コード " + code.Value : null,
                    SheetText.Purpose(consent.Purpose),
                }.Where(s => s is not null)),
                cssClass: "text");
            html.TextCell(string.Join("、", consent.Items.Select(Label)), cssClass: "text");
            html.TextCell(
                string.Join("\n", new[]
                {
                    SheetText.Date(consent.DecidedOn) + " 決定",
                    consent.ValidFrom is { } from ? SheetText.Date(from) + " から" : null,
                    consent.ValidUntil is { } until ? SheetText.Date(until) + " まで" : null,
                    consent.Method is { } method ? SheetText.Method(method) : null,
                }.Where(s => s is not null)),
                cssClass: "text");
            html.Close();
        }

        html.Close();
    }

    /// <summary>The label of an item id or section id, or the id itself when unknown.</summary>
    private static string Label(string reference)
    {
        if (PlanItemCatalog.Find(reference) is { } item)
        {
            return item.LabelJa;
        }

        foreach (var section in Enum.GetValues<PlanSection>())
        {
            if (PlanItemCatalog.SectionId(section) == reference)
            {
                return SectionName(section) + "（全体）";
            }
        }

        return reference;
    }

    private static string SectionName(PlanSection section) => section switch
    {
        PlanSection.Plan => "計画",
        PlanSection.Header => "ヘッダー",
        PlanSection.Needs => "支援の必要性",
        PlanSection.CommonSheet => "共通シート",
        PlanSection.GradeSheet => "学年別シート",
        PlanSection.GradeSheetA => "学年別 Aシート",
        PlanSection.GradeSheetB => "学年別 Bシート",
        PlanSection.CaseConference => "協議シート",
        PlanSection.GifuForms => "岐阜県様式",
        PlanSection.Accommodations => "合理的配慮",
        PlanSection.Consents => "同意の記録",
        PlanSection.Extensions => "地域独自項目",
        _ => section.ToString(),
    };
}
