namespace SupportPlan.Interop.Rendering;

/// <summary>
/// The page's only style sheet, embedded so that the page needs nothing outside itself: the sheets as A4 pages on
/// screen and in print, one sheet per page, bordered tables like the printed form, withheld items boxed in red.
/// It holds no <c>&lt;</c> or <c>&amp;</c>, so the page stays well-formed XML.
/// </summary>
internal static class Stylesheet
{
    public const string Css = """
        @page { size: A4 portrait; margin: 12mm 11mm; }
        * { box-sizing: border-box; }
        html { font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Kaku Gothic ProN", "Yu Gothic", "Meiryo", sans-serif; font-size: 9.5pt; line-height: 1.45; color: #111; }
        body { margin: 0; background: #e8e8e8; }
        main { padding: 8mm 0; }
        .sheet { background: #fff; width: 210mm; min-height: 297mm; margin: 0 auto 8mm; padding: 12mm 11mm; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); }
        .care { float: right; border: 2px solid #111; padding: 0.5mm 3mm; font-weight: bold; letter-spacing: 0.2em; }
        h1 { font-size: 14pt; margin: 0 0 3mm; }
        h1 .sub { font-size: 10.5pt; font-weight: normal; margin-left: 1em; }
        h2 { font-size: 12pt; margin: 0 0 2mm; padding-bottom: 1mm; border-bottom: 1.5px solid #111; }
        h3 { font-size: 10pt; margin: 3.5mm 0 1mm; }
        table { width: 100%; border-collapse: collapse; margin: 0 0 1.5mm; table-layout: auto; }
        th, td { border: 0.8px solid #333; padding: 0.8mm 1.4mm; vertical-align: top; text-align: left; }
        th { background: #eeeeee; font-weight: normal; white-space: nowrap; }
        th.wrap { white-space: normal; }
        td.text, div.text { white-space: pre-wrap; overflow-wrap: anywhere; }
        div.text { border: 0.8px solid #333; min-height: 12mm; padding: 1mm 1.4mm; margin-bottom: 1.5mm; }
        table.grid { table-layout: fixed; }
        table.grid th, table.grid td { text-align: center; padding: 0.5mm 0.6mm; font-size: 8pt; overflow-wrap: anywhere; }
        table.grid th.row { text-align: left; white-space: normal; width: 42mm; }
        table.grid td.total { background: #f6f6f6; }
        table.meta th { width: 28mm; }
        table.chain { table-layout: fixed; }
        table.chain th:nth-child(1) { width: 14mm; }
        table.chain th:nth-child(2) { width: 26%; }
        table.chain th:nth-child(3) { width: 17%; }
        table.chain th:nth-child(5) { width: 17%; }
        .auto { background: #f3f3f3; }
        .note { font-size: 8pt; color: #333; margin: 0 0 1.5mm; }
        .withheld { display: inline-block; border: 1.2px solid #b00020; color: #b00020; background: #fff4f5; padding: 0 1.2mm; margin: 0.3mm 0; font-weight: bold; }
        .withheld-list td:first-child { white-space: nowrap; }
        ul.plain { margin: 0; padding-left: 4mm; }
        ul.plain li { margin: 0; white-space: pre-wrap; }
        .text ul.plain { white-space: normal; }
        .small { font-size: 8pt; color: #333; }
        .warning { border: 1.2px solid #8a6d00; background: #fffbe6; padding: 1mm 2mm; margin: 0 0 2mm; }
        @media print {
          body { background: none; }
          main { padding: 0; }
          .sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; break-after: page; page-break-after: always; }
          .sheet:last-child { break-after: auto; page-break-after: auto; }
          tr, .withheld { break-inside: avoid; page-break-inside: avoid; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          .withheld { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;
}
