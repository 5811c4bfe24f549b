using SupportPlan.Model.Attendance;
using SupportPlan.Model.Calendar;
using SupportPlan.Model.Classification;
using SupportPlan.Model.Sheets;

namespace SupportPlan.Interop.Rendering;

/// <summary>The grade sheets A and B (学年別シート).</summary>
internal sealed partial class PlanSheets
{
    private static readonly SupportRow[] SupportRows = [SupportRow.OwnSchool, SupportRow.Home, SupportRow.Welfare, SupportRow.Medical, SupportRow.Other];

    private void WriteGradeSheets()
    {
        var heldA = withheld.AnyIn(PlanSection.GradeSheetA);
        var heldB = withheld.AnyIn(PlanSection.GradeSheetB);
        if (plan.GradeSheets.IsEmpty)
        {
            // Every grade sheet was held back: print the sheets once, with the markers.
            if (heldA || withheld.AnyIn(PlanSection.GradeSheet))
            {
                WriteSheetA(null);
            }

            if (heldB)
            {
                WriteSheetB(null);
            }

            return;
        }

        foreach (var sheet in plan.GradeSheets)
        {
            if (sheet.SheetA is not null || heldA || sheet.SheetB is null)
            {
                WriteSheetA(sheet);
            }

            if (sheet.SheetB is not null || heldB)
            {
                WriteSheetB(sheet);
            }
        }
    }

    private void WriteGradeTitle(string which, GradeSheet? sheet)
    {
        html.Open("section", "sheet", ("id", sheet is null ? $"grade-{which.ToLowerInvariant()}" : $"grade-{sheet.SchoolYear}-{which.ToLowerInvariant()}"));
        html.Element("div", "care", "取扱注意");
        html.Open("h2");
        html.Text(SheetTitle + $"(学年別 {which}シート)");
        if (sheet is not null)
        {
            html.Element("span", "sub", $"　{SheetText.SchoolYear(sheet.SchoolYear)}　{SheetText.Grade(sheet.Grade)}");
        }

        html.Close();
    }

    private void WriteSheetA(GradeSheet? sheet)
    {
        var a = sheet?.SheetA;
        WriteGradeTitle("A", sheet);
        WriteStaffAndAuthorship(sheet, a?.Authorship, "grade.a.authorship", "作成者");
        WriteStudentAsEnrolled(sheet);

        html.Element("h3", null, "○支援機関名等(校内・校外)");
        Held("grade.a.support-agencies");
        html.Open("table");
        html.Open("tr");
        html.Label(string.Empty);
        html.Label("主な支援内容");
        html.Label("支援機関名");
        html.Label("連絡先電話番号");
        html.Label("担当者名");
        html.Close();
        var agencies = a?.SupportAgencies ?? [];
        foreach (var row in SupportRows.Concat(agencies.Select(e => e.Row).Where(r => !SupportRows.Contains(r)).Distinct()))
        {
            var entries = agencies.Where(e => e.Row == row).ToList();
            for (var i = 0; i < Math.Max(1, entries.Count); i++)
            {
                html.Open("tr");
                if (i == 0)
                {
                    html.Label(SheetText.Row(row), rowspan: Math.Max(1, entries.Count));
                }

                var entry = i < entries.Count ? entries[i] : null;
                html.TextCell(entry?.MainSupport, cssClass: "text");
                html.TextCell(entry?.AgencyName);
                html.TextCell(entry?.Phone?.Value);
                html.TextCell(entry?.PersonInCharge);
                html.Close();
            }
        }

        html.Close();

        WriteMonthlyAttendance(sheet, a);

        html.Element("h3", null, "○長期欠席、不登校(継続)等欠席状況に関する理由");
        TextBlock("grade.a.absence-reasons", a?.AbsenceReasons);
        html.Element("h3", null, "○次年度への引継事項(支援・指導の参考となるエピソード等も含め、多様な視点で記入)");
        TextBlock("grade.a.handover-notes", a?.HandoverNotes);
        html.Close();
    }

    private void WriteMonthlyAttendance(GradeSheet? sheet, GradeSheetA? a)
    {
        html.Element("h3", null, "○月別欠席状況等");
        Held("grade.a.monthly-attendance");
        var months = AttendanceCalculator.InSchoolYearOrder(a?.MonthlyAttendance ?? []);
        var byMonth = SchoolYear.MonthOrder.Select(m => (AttendanceCounts?)months.FirstOrDefault(x => x.Month == m)).ToList();
        var cumulative = AttendanceCalculator.CumulativeAbsences(months).GroupBy(c => c.Month).ToDictionary(g => g.Key, g => g.Last().Cumulative);
        html.Open("table", "grid");
        html.Open("tr");
        html.Label("月", cssClass: "row");
        foreach (var month in SchoolYear.MonthOrder)
        {
            html.Label(SheetText.Number(month)!);
        }

        html.Label("計");
        html.Close();
        WriteCountRows(
            byMonth,
            months.Count == 0 ? null : AttendanceCalculator.Totals(months),
            monthly: true,
            [.. SchoolYear.MonthOrder.Select(m => cumulative.TryGetValue(m, out var c) ? c : (int?)null)]);
        html.Close();

        var duplicates = months.GroupBy(m => m.Month).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var invalid = (a?.MonthlyAttendance ?? []).Count(m => m.Month is < 1 or > 12);
        if (duplicates.Count > 0 || invalid > 0)
        {
            html.Element("p", "warning", Join("　",
                duplicates.Count > 0 ? $"※ 同じ月の記録が複数あります（{string.Join("、", duplicates.Select(m => SheetText.Number(m) + "月"))}）。表には最初の記録を示しています。" : null,
                invalid > 0 ? $"※ 月が1〜12でない記録が{SheetText.Number(invalid)}件あり、表に示していません。" : null));
        }

        var daily = a?.DailyAttendance ?? [];
        if (!daily.IsEmpty || withheld.Find("grade.a.daily-attendance") is not null)
        {
            html.Open("p", "note");
            html.Text("日別出欠（様式外）: ");
            Held("grade.a.daily-attendance");
            if (!daily.IsEmpty)
            {
                var counts = daily.GroupBy(d => d.Status).OrderBy(g => g.Key).Select(g => $"{SheetText.Daily(g.Key)} {SheetText.Number(g.Count())}日");
                html.Text($"{SheetText.Number(daily.Count)}日分の記録（{string.Join("、", counts)}）");
                if (sheet is not null && AttendanceCalculator.Indicators(sheet).LongestConsecutiveRun is { } run)
                {
                    html.Text($"　連続欠席等の最長 {SheetText.Number(run)}日");
                }
            }

            html.Close();
        }
    }

    private void WriteSheetB(GradeSheet? sheet)
    {
        var b = sheet?.SheetB;
        WriteGradeTitle("B", sheet);
        WriteStaffAndAuthorship(sheet, b?.Authorship, "grade.b.authorship", "作成者名");
        WriteStudentAsEnrolled(sheet);

        html.Element("h3", null, "○本人・保護者の状況・希望");
        html.Open("table");
        html.Open("tr");
        html.Label(string.Empty);
        html.Label("現在の状況");
        html.Label("将来の希望(進路を含む)");
        html.Close();
        html.Open("tr");
        html.Label("本人");
        SlotCell("grade.b.student-situation", b?.Student?.CurrentSituation, "text");
        SlotCell("grade.b.student-situation", b?.Student?.Hopes, "text");
        html.Close();
        html.Open("tr");
        html.Label("保護者");
        SlotCell("grade.b.guardian-situation", b?.Guardian?.CurrentSituation, "text");
        SlotCell("grade.b.guardian-situation", b?.Guardian?.Hopes, "text");
        html.Close();
        html.Close();

        html.Element("h3", null, "○本学年の目標");
        TextBlock("grade.b.year-goal", b?.YearGoal);

        html.Element("h3", null, "○各学期の個別の支援計画");
        Held("grade.b.term-plans");
        html.Open("table");
        html.Open("tr");
        html.Label(string.Empty, colspan: 2);
        html.Label("目標");
        html.Label("支援内容");
        html.Label("経過・評価");
        html.Close();
        Term[] terms = b?.TermSystem == TermSystem.TwoTerms ? [Term.FirstHalf, Term.SecondHalf] : [Term.First, Term.Second, Term.Third];
        var plans = b?.TermPlans ?? [];
        foreach (var term in terms.Concat(plans.Select(p => p.Term).Where(t => !terms.Contains(t)).Distinct()))
        {
            var matching = plans.Where(p => p.Term == term).ToList();
            foreach (var termPlan in matching.Count == 0 ? [null] : matching.Cast<TermPlan?>())
            {
                html.Open("tr");
                html.Label(SheetText.Term(term), rowspan: 2);
                html.Label("学校");
                WriteGoalCells(termPlan?.School);
                html.Close();
                html.Open("tr");
                html.Label("関係機関");
                WriteGoalCells(termPlan?.Agencies);
                html.Close();
            }
        }

        html.Close();
        html.Close();
    }

    private void WriteGoalCells(GoalSupportEvaluation? cells)
    {
        html.TextCell(cells?.Goal, cssClass: "text");
        html.TextCell(cells?.Support, cssClass: "text");
        html.TextCell(cells?.Evaluation, cssClass: "text");
    }

    /// <summary>
    /// 担任名(ふりがな), 管理職名, 作成年月日, 作成者名, 追記年月日(追記者名). Sheet A prints no creator on the form, but the
    /// model requires one, so it is printed as 作成者 rather than left out.
    /// </summary>
    private void WriteStaffAndAuthorship(GradeSheet? sheet, Authorship? authorship, string authorshipItem, string creatorLabel)
    {
        html.Open("table", "meta");
        html.Open("tr");
        html.Label("担任名(ふりがな)");
        SlotCell("grade.staff", SheetText.Name(sheet?.HomeroomTeacher));
        html.Label("管理職名");
        SlotCell("grade.staff", sheet?.Administrator);
        html.Close();
        html.Open("tr");
        html.Label("作成年月日");
        SlotCell(authorshipItem, authorship is null ? null : SheetText.Date(authorship.CreatedOn));
        html.Label(creatorLabel);
        SlotCell(authorshipItem, authorship?.CreatedBy);

        html.Close();
        html.Open("tr");
        html.Label("追記年月日(追記者名)");
        SlotCell(authorshipItem, Appends(authorship), "text", colspan: 3);
        html.Close();
        html.Close();
    }

    /// <summary>○児童生徒名等: name and sex from the common sheet (shaded), school, grade and class of that year.</summary>
    private void WriteStudentAsEnrolled(GradeSheet? sheet)
    {
        var student = plan.CommonSheet?.Student;
        html.Element("h3", null, "○児童生徒名等");
        html.Open("table");
        html.Open("tr");
        html.Label("名前(ふりがな)");
        html.Label("性別");
        html.Label("学校名");
        html.Label("学年");
        html.Label("学級");
        html.Close();
        html.Open("tr");
        SlotCell("common.student.identity", SheetText.Name(student?.Name), "auto");
        SlotCell("common.student.identity", student?.Sex is { } sex ? SheetText.Sex(sex) : null, "auto");
        SlotCell("grade.enrollment", sheet?.Enrollment?.SchoolName);
        SlotCell("grade.year", sheet is null ? null : SheetText.Grade(sheet.Grade));
        SlotCell("grade.enrollment", sheet?.Enrollment?.ClassName);
        html.Close();
        html.Close();
    }
}
