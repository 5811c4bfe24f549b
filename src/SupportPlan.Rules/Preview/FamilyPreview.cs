using System.Globalization;
using System.Text;
using SupportPlan.Model.Collections;

namespace SupportPlan.Rules.Preview;

/// <summary>
/// What would be sent to whom, and what would not, in Japanese, for the family to confirm before sending (MEXT asks
/// schools to show the concrete content to the student and guardians).
/// </summary>
public sealed record FamilyPreview
{
    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The recipient, e.g. <c>○○小学校（私立学校）</c>.</summary>
    public required string Recipient { get; init; }

    /// <summary>The purpose.</summary>
    public required string Purpose { get; init; }

    /// <summary>The planned date, in the Japanese era.</summary>
    public required string Date { get; init; }

    /// <summary>The items that would be sent, with their basis.</summary>
    public required ValueList<PreviewLine> Sent { get; init; }

    /// <summary>The items that would not be sent, with the reason.</summary>
    public required ValueList<PreviewLine> NotSent { get; init; }

    /// <summary>The items held back until a procedure is recorded.</summary>
    public required ValueList<PreviewLine> OnHold { get; init; }

    /// <summary>Closing notes (how to change consent, whom to ask).</summary>
    public required ValueList<string> Notes { get; init; }

    /// <summary>The preview as plain text, ready to print or show.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine(Title).AppendLine();
        text.AppendLine("提供先: " + Recipient);
        text.AppendLine("目的: " + Purpose);
        text.AppendLine("提供予定日: " + Date).AppendLine();
        Section(text, "■ 提供する項目", Sent);
        Section(text, "■ 提供しない項目", NotSent);
        if (!OnHold.IsEmpty)
        {
            Section(text, "■ 手続が済むまで提供を保留する項目", OnHold);
        }

        foreach (var note in Notes)
        {
            text.AppendLine("※ " + note);
        }

        return text.ToString();
    }

    private static void Section(StringBuilder text, string heading, ValueList<PreviewLine> lines)
    {
        text.AppendLine(heading);
        if (lines.IsEmpty)
        {
            text.AppendLine("・なし");
        }

        foreach (var line in lines)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"・{line.Label}（{line.Detail}）");
        }

        text.AppendLine();
    }
}
