using SupportPlan.Model.Collections;
using SupportPlan.Rules.Preview;

namespace SupportPlan.Interop.Rendering;

/// <summary>
/// The family preview as one printable page (MEXT asks schools to show the family the concrete content before
/// sending): recipient, purpose, date, what would be sent and on what basis, what would not be sent and why, and
/// what is held back until a procedure is recorded.
/// </summary>
internal static class FamilyPreviewPage
{
    public static void Write(HtmlOutput html, FamilyPreview preview)
    {
        html.Open("section", "sheet", ("id", "family-preview"));
        html.Element("h1", null, preview.Title);
        html.Open("table", "meta");
        Row(html, "提供先", preview.Recipient);
        Row(html, "目的", preview.Purpose);
        Row(html, "提供予定日", preview.Date);
        html.Close();

        html.Element("h3", null, "○提供する項目");
        Lines(html, preview.Sent, "根拠", marker: null);
        html.Element("h3", null, "○提供しない項目");
        Lines(html, preview.NotSent, "理由", marker: detail => $"開示しない（{detail}）");
        if (!preview.OnHold.IsEmpty)
        {
            html.Element("h3", null, "○手続が済むまで提供を保留する項目");
            Lines(html, preview.OnHold, "理由", marker: detail => $"開示しない（手続が済むまで保留：{detail}）");
        }

        if (!preview.Notes.IsEmpty)
        {
            html.Open("ul", "plain");
            foreach (var note in preview.Notes)
            {
                html.Element("li", "note", "※ " + note);
            }

            html.Close();
        }

        html.Close();
    }

    private static void Row(HtmlOutput html, string label, string value)
    {
        html.Open("tr");
        html.Label(label);
        html.TextCell(value, cssClass: "text");
        html.Close();
    }

    private static void Lines(HtmlOutput html, ValueList<PreviewLine> lines, string detailLabel, Func<string, string>? marker)
    {
        html.Open("table", marker is null ? null : "withheld-list");
        html.Open("tr");
        html.Label("項目");
        html.Label(detailLabel);
        html.Close();
        if (lines.IsEmpty)
        {
            html.Open("tr");
            html.TextCell("なし", colspan: 2);
            html.Close();
        }

        foreach (var line in lines)
        {
            html.Open("tr");
            html.TextCell(line.Label, cssClass: "text");
            if (marker is not null)
            {
                html.Cell();
                html.Element("span", "withheld", marker(line.Detail), ("title", line.Label), ("data-withheld", "true"));
                html.Close();
            }
            else
            {
                html.TextCell(line.Detail, cssClass: "text");
            }

            html.Close();
        }

        html.Close();
    }
}
