using SupportPlan.Model.Classification;
using SupportPlan.Model.Conferences;

namespace SupportPlan.Interop.Rendering;

/// <summary>The conference sheet (協議シート: ケース会議・検討会等記録シート), one per conference.</summary>
internal sealed partial class PlanSheets
{
    private void WriteConferences()
    {
        if (plan.CaseConferences.IsEmpty)
        {
            if (withheld.AnyIn(PlanSection.CaseConference))
            {
                WriteConference(null, 1);
            }

            return;
        }

        for (var i = 0; i < plan.CaseConferences.Count; i++)
        {
            WriteConference(plan.CaseConferences[i], i + 1);
        }
    }

    private void WriteConference(CaseConferenceRecord? record, int number)
    {
        html.Open("section", "sheet", ("id", "conference-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        html.Element("div", "care", "取扱注意");
        html.Element("h2", null, SheetTitle + "(協議シート)");
        html.Element("p", "note", "ケース会議・検討会等記録シート");

        html.Open("table", "meta");
        html.Open("tr");
        html.Label("記録者");
        SlotCell("conference.record", record is null ? null : Join("　", record.Authorship.CreatedBy, record.RecorderRole is null ? null : $"（{record.RecorderRole}）"));
        html.Label("日付");
        SlotCell("conference.record", record is null ? null : SheetText.Date(record.HeldOn));
        html.Close();
        if (record?.Purpose is not null)
        {
            html.Open("tr");
            html.Label("協議の目的");
            html.TextCell(record.Purpose, colspan: 3, cssClass: "text");
            html.Close();
        }

        if (record is not null && (record.Authorship.CreatedOn != record.HeldOn || !record.Authorship.Appends.IsEmpty))
        {
            html.Open("tr");
            html.Label("記録の作成日・追記");
            html.TextCell(Join("\n", SheetText.Date(record.Authorship.CreatedOn) + " 作成", Appends(record.Authorship)), colspan: 3, cssClass: "text");
            html.Close();
        }

        html.Close();

        var student = plan.CommonSheet?.Student;
        html.Open("table");
        html.Open("tr");
        html.Label("学年");
        html.Label("学級");
        html.Label("名前");
        html.Label("参加者・機関名");
        html.Close();
        html.Open("tr");
        SlotCell("conference.record", record?.Grade is { } grade ? SheetText.Grade(grade) : null);
        SlotCell("conference.record", record?.ClassName);
        SlotCell("common.student.identity", student?.Name?.Name, "auto");
        ListCell("conference.participants", record?.Participants.Select(p =>
            Join("　", SheetText.Participant(p.Role), p.Name, p.Title, p.Organization is null ? null : $"（{p.Organization}）")));
        html.Close();
        html.Close();

        html.Element("h3", null, "○本人の意向");
        TextBlock("conference.student-intentions", record?.StudentIntentions);
        html.Element("h3", null, "○保護者の意向");
        TextBlock("conference.guardian-intentions", record?.GuardianIntentions);

        html.Element("h3", null, "○関係機関からの情報");
        html.Open("div", "text");
        var info = record?.AgencyInformation ?? [];
        Slot("conference.agency-information", !info.IsEmpty, () =>
        {
            html.Open("ul", "plain");
            foreach (var item in info)
            {
                html.Element("li", null, $"{item.Source}: {item.Text}" + (item.MedicalOrigin ? "（医療機関からの情報）" : string.Empty));
            }

            html.Close();
        });
        html.Close();

        html.Element("h3", null, "○支援状況");
        Held("conference.support-status");
        html.Open("table");
        html.Open("tr");
        html.Label(string.Empty);
        html.Label("目標");
        html.Label("機関・分掌名");
        html.Label("短期目標");
        html.Label("経過・評価");
        html.Close();
        var rows = record?.SupportStatus ?? [];
        for (var i = 0; i < Math.Max(1, rows.Count); i++)
        {
            var row = i < rows.Count ? rows[i] : null;
            html.Open("tr");
            if (i == 0)
            {
                html.Label("役割分担", rowspan: Math.Max(1, rows.Count), cssClass: "wrap");
            }

            html.TextCell(row?.Goal, cssClass: "text");
            html.TextCell(row?.AgencyOrDuty, cssClass: "text");
            html.TextCell(Dated(row?.ShortTermGoal, row?.ShortTermGoalDate), cssClass: "text");
            html.TextCell(Dated(row?.Evaluation, row?.EvaluationDate), cssClass: "text");
            html.Close();
        }

        html.Close();

        html.Element("h3", null, "○確認・同意事項");
        TextBlock("conference.agreed-items", record?.AgreedItems);
        html.Element("h3", null, "○特記事項");
        TextBlock("conference.special-notes", record?.SpecialNotes);
        html.Close();
    }

    /// <summary>A text with the date the form prints in its heading (○／○○, here in full), put before the text.</summary>
    private static string? Dated(string? text, DateOnly? date) =>
        date is { } d ? Join("\n", $"（{SheetText.Date(d)}）", text) : text;

    /// <summary>A cell holding a list of entries, or the marker.</summary>
    private void ListCell(string itemId, IEnumerable<string>? entries)
    {
        var list = entries?.ToList() ?? [];
        html.Cell(cssClass: "text");
        Slot(itemId, list.Count > 0, () =>
        {
            html.Open("ul", "plain");
            foreach (var entry in list)
            {
                html.Element("li", null, entry);
            }

            html.Close();
        });
        html.Close();
    }
}
