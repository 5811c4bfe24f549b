using SupportPlan.Model.Attendance;
using SupportPlan.Model.Identifiers;

namespace SupportPlan.Interop.Rendering;

/// <summary>
/// The columns of the common sheet's 学年別欠席日数等: the form's 小1–小6, 中1–中3, 高1–高4, each filled from the entry
/// counted in it (義務7 in 中1 …). An entry the form has no free column for (a preschool year, a second entry for the
/// same column, e.g. a repeated year) gets a column of its own after it, so no entry is dropped.
/// </summary>
internal static class GradeColumns
{
    private static readonly Grade[] Standard =
    [
        Grade.Elementary(1), Grade.Elementary(2), Grade.Elementary(3), Grade.Elementary(4), Grade.Elementary(5), Grade.Elementary(6),
        Grade.JuniorHigh(1), Grade.JuniorHigh(2), Grade.JuniorHigh(3),
        Grade.HighSchool(1), Grade.HighSchool(2), Grade.HighSchool(3), Grade.HighSchool(4),
    ];

    /// <summary>One column: the label printed in the 学年 row and its entry, if any.</summary>
    public sealed record Column(string Label, int Order, GradeAttendance? Entry);

    public static IReadOnlyList<Column> Of(IEnumerable<GradeAttendance> entries)
    {
        var columns = Standard.Select(g => new Column(g.JapaneseLabel, g.AgeOrder * 2, null)).ToList();
        foreach (var entry in entries)
        {
            var slot = entry.Grade.StandardColumn is { } column
                ? columns.FindIndex(c => c.Entry is null && c.Label == column.JapaneseLabel)
                : -1;
            if (slot >= 0)
            {
                columns[slot] = columns[slot] with { Entry = entry };
            }
            else
            {
                var order = ((entry.Grade.StandardColumn ?? entry.Grade).AgeOrder * 2) + 1;
                var label = entry.Grade.JapaneseLabel.Length > 0 ? entry.Grade.JapaneseLabel : "—";
                columns.Add(new Column(label, order, entry));
            }
        }

        return [.. columns.OrderBy(c => c.Order)];
    }
}
