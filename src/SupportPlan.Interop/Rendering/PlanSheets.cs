using SupportPlan.Model.Attendance;
using SupportPlan.Model.Classification;
using SupportPlan.Model.People;
using SupportPlan.Model.Plans;
using SupportPlan.Model.Sheets;

namespace SupportPlan.Interop.Rendering;

/// <summary>
/// Writes a plan as the sheets of MEXT's 児童生徒理解・支援シート (参考様式): the header with the common sheet, then
/// sheets A and B of each school year, one conference sheet per case conference, and the records the form does not
/// hold. Labels are the form's. An item the disclosure report held back is printed as 「開示しない（理由）」 where it
/// would stand; a sheet whose every item was held back is still printed, with the markers, so nothing goes missing
/// silently.
/// </summary>
internal sealed partial class PlanSheets(HtmlOutput html, StudentSupportPlan plan, WithheldItems withheld)
{
    private const string SheetTitle = "児童生徒理解・支援シート";

    /// <summary>Writes every sheet.</summary>
    public void WriteAll()
    {
        WriteHeaderAndCommonSheet();
        WriteGradeSheets();
        WriteConferences();
        WriteOtherRecords();
        WriteGifuForms();
    }

    private PersonName? StudentName => plan.CommonSheet?.Student?.Name;

    private void WriteHeaderAndCommonSheet()
    {
        html.Open("section", "sheet", ("id", "common-sheet"));
        html.Element("div", "care", "取扱注意");
        html.Element("h1", null, SheetTitle + "(参考様式)");
        WriteHeader();
        if (plan.CommonSheet is not null || withheld.AnyIn(PlanSection.CommonSheet))
        {
            WriteCommonSheet(plan.CommonSheet);
        }

        html.Close();
    }

    private void WriteHeader()
    {
        var header = plan.Header;
        html.Open("table", "meta");
        html.Open("tr");
        html.Label("現在在籍する学校名又は卒業校名", rowspan: Math.Max(1, header?.Schools.Count ?? 0), cssClass: "wrap");
        var schools = header?.Schools ?? [];
        if (schools.IsEmpty)
        {
            html.Cell(3);
            Held("header.schools");
            html.Close();
            html.Close();
        }

        for (var i = 0; i < schools.Count; i++)
        {
            var school = schools[i];
            if (i > 0)
            {
                html.Open("tr");
            }

            html.TextCell(SheetText.Stage(school.Stage));
            html.Cell();
            if (i == 0)
            {
                Held("header.schools");
            }

            html.Text(school.SchoolName);
            if (school.SchoolCode is { } code)
            {
                html.Element("span", "small", $"　学校コード {code.Value}");
            }

            html.Close();
            html.TextCell(SchoolPeriod(school));
            html.Close();
        }

        html.Open("tr");
        html.Label("(よみがな)");
        html.Cell(3, cssClass: "auto");
        Slot("common.student.identity", StudentName?.Reading is not null, () => html.Text(StudentName!.Reading!.Value.Value));
        html.Close();
        html.Close();
        html.Open("tr");
        html.Label("児童生徒名");
        html.Cell(3, cssClass: "auto");
        Slot("common.student.identity", StudentName is not null, () => html.Text(StudentName!.Name));
        html.Close();
        html.Close();
        html.Open("tr");
        html.Label("分類番号");
        html.Cell(3);
        Slot("header.classification-number", header?.ClassificationNumber is not null, () => html.Text(header!.ClassificationNumber));
        html.Close();
        html.Close();
        html.Close();
        html.Open("p", "note");
        Held("plan.id");
        html.Text($"計画ID {plan.Id}　（網掛けの欄は共通シートの記載内容を自動で反映）");
        html.Close();
    }

    private static string SchoolPeriod(SchoolHistoryEntry school)
    {
        var parts = new List<string> { SheetText.Enrollment(school.Status) };
        if (school.EnteredOn is { } entered)
        {
            parts.Add(SheetText.Date(entered) + " 入学・転入");
        }

        if (school.LeftOn is { } left)
        {
            parts.Add(SheetText.Date(left) + " " + (school.Status == EnrollmentStatus.TransferredOut ? "転出" : "卒業"));
        }

        return string.Join("　", parts);
    }

    private void WriteCommonSheet(CommonSheet? sheet)
    {
        html.Element("h2", null, SheetTitle + "(共通シート)");
        WriteAuthorshipLine("common.authorship", sheet?.Authorship, "作成日", "作成者", "追記者");
        html.Element("p", "note", "※の事項は障害のある児童生徒、外国人児童生徒等で必要な場合に記入");

        var student = sheet?.Student;
        html.Open("table");
        html.Open("tr");
        html.Label("(児童生徒) 名前(よみがな)");
        html.Label("性別");
        html.Label("生年月日");
        html.Label("国籍等(※)");
        html.Label("出生地(※)");
        html.Close();
        html.Open("tr");
        SlotCell("common.student.identity", SheetText.Name(student?.Name));
        SlotCell("common.student.identity", student?.Sex is { } sex ? SheetText.Sex(sex) : null);
        SlotCell("common.student.identity", SheetText.Date(student?.DateOfBirth));
        SlotCell("common.student.nationality", student?.Nationality);
        SlotCell("common.student.nationality", student?.Birthplace);
        html.Close();
        html.Close();

        html.Open("table");
        html.Open("tr");
        html.Label("(保護者等) 名前(よみがな)");
        html.Label("続柄(※)");
        html.Label("学校受入年月日(※)");
        html.Label("連絡先");
        html.Close();
        var guardians = sheet?.Guardians ?? [];
        foreach (var guardian in guardians.IsEmpty ? [null] : guardians.Cast<Guardian?>())
        {
            html.Open("tr");
            SlotCell("common.guardians.identity", SheetText.Name(guardian?.Name));
            SlotCell("common.guardians.identity", guardian?.Relationship);
            SlotCell("common.guardians.identity", SheetText.Date(guardian?.SchoolAdmissionDate));
            SlotCell("common.guardians.contact", Contact(guardian?.Contact), "text");
            html.Close();
        }

        html.Close();

        WriteAttendanceByGrade(sheet);
        WriteBasicInformation(sheet?.BasicInformation);
        WriteFamily(sheet?.Family);

        html.Element("h3", null, "○備考欄");
        TextBlock("common.remarks", sheet?.Remarks);
    }

    private static string? Contact(ContactDetails? contact)
    {
        if (contact is null)
        {
            return null;
        }

        var lines = new List<string>();
        if (contact.Phone is { } phone)
        {
            lines.Add("電話 " + phone.Value);
        }

        if (contact.Address is { } address)
        {
            lines.Add("住所 " + address);
        }

        if (contact.Email is { } email)
        {
            lines.Add("メール " + email);
        }

        if (contact.Note is { } note)
        {
            lines.Add(note);
        }

        return lines.Count == 0 ? null : string.Join("\n", lines);
    }

    private void WriteAttendanceByGrade(CommonSheet? sheet)
    {
        html.Element("h3", null, "○学年別欠席日数等");
        Held("common.attendance-by-grade");
        var columns = GradeColumns.Of(sheet?.AttendanceByGrade ?? []);
        html.Open("table", "grid");
        html.Open("tr");
        html.Label("年度", cssClass: "row");
        foreach (var column in columns)
        {
            html.TextCell(column.Entry is { } e ? SheetText.SchoolYear(e.SchoolYear) : null);
        }

        html.Close();
        html.Open("tr");
        html.Label("学年", cssClass: "row");
        foreach (var column in columns)
        {
            html.Label(column.Label);
        }

        html.Close();
        WriteCountRows(columns.Select(c => (AttendanceCounts?)c.Entry).ToList(), total: null, monthly: false);
        html.Close();
    }

    /// <summary>The count rows shared by the attendance tables, one column per entry (blank when null), then the 計 column when given.</summary>
    private void WriteCountRows(IReadOnlyList<AttendanceCounts?> columns, AttendanceCounts? total, bool monthly, IReadOnlyList<int?>? cumulative = null)
    {
        void Row(string label, Func<AttendanceCounts, int?> value)
        {
            html.Open("tr");
            html.Label(label, cssClass: "row");
            foreach (var column in columns)
            {
                html.TextCell(column is null ? null : SheetText.Number(value(column)));
            }

            if (monthly)
            {
                html.TextCell(total is null ? null : SheetText.Number(value(total)), cssClass: "total");
            }

            html.Close();
        }

        Row("出席しなければならない日数", c => c.RequiredDays);
        Row("出席日数", c => c.AttendedDays);
        Row("別室登校", c => c.SeparateRoomDays);
        Row("遅刻", c => c.LateCount);
        Row("早退", c => c.EarlyLeaveCount);
        if (monthly)
        {
            html.Open("tr");
            html.Label("累積欠席日数", cssClass: "row");
            foreach (var value in cumulative ?? [])
            {
                html.TextCell(SheetText.Number(value));
            }

            html.TextCell(null, cssClass: "total");
            html.Close();
        }

        Row(monthly ? "欠席日数(出席扱いを含む)" : "欠席日数", c => c.AbsentDays);
        Row("指導要録上の出席扱い", c => c.CountedAsAttendedDays);
        for (var i = 0; i < SheetText.InstitutionLabels.Count; i++)
        {
            var index = i;
            Row(SheetText.InstitutionLabels[i], c => SheetText.Institutions(c.InstitutionDays)[index]);
        }
    }

    private void WriteBasicInformation(BasicInformation? basic)
    {
        html.Element("h3", null, "○支援を継続する上での基本的な情報");
        html.Element("p", "note", "特記事項(本人の強み、アセスメントの情報、家庭での様子、障害の種類・程度・診断名・障害者手帳の種類・交付年月日(※)、学習歴(※)、日本語力(※)等)");
        var disability = basic?.Disability;
        html.Open("table", "meta");
        TextRow("本人の強み", "common.basic.strengths", basic?.Strengths);
        ListRow("アセスメントの情報", "common.basic.assessments", basic?.Assessments.Select(a =>
            Join("　", SheetText.Date(a.Date), a.Instrument, a.Assessor is null ? null : $"（{a.Assessor}）") + "\n" + a.Summary));
        TextRow("家庭での様子", "common.basic.home-situation", basic?.HomeSituation);
        var type = disability is null || (disability.Categories.IsEmpty && disability.Degree is null)
            ? null
            : Join("\n", disability.Categories.IsEmpty ? null : string.Join("、", disability.Categories.Select(SheetText.Category)), disability.Degree is null ? null : "程度: " + disability.Degree);
        TextRow("障害の種類・程度(※)", "common.basic.disability-type", type);
        ListRow("診断名(※)", "common.basic.diagnosis", disability?.Diagnoses.Select(d =>
            d.Name + (d.DiagnosedOn is null && d.DiagnosedBy is null ? string.Empty : $"（{Join("、", SheetText.Date(d.DiagnosedOn), d.DiagnosedBy)}）")));
        ListRow("障害者手帳の種類・交付年月日(※)", "common.basic.certificate", disability?.Certificates.Select(c =>
            Join("　", SheetText.Certificate(c.Type), c.Level, c.IssuedOn is { } issued ? "交付 " + SheetText.Date(issued) : null)));
        TextRow("学習歴(※)", "common.basic.learning-history", basic?.LearningHistory);
        TextRow("日本語力(※)", "common.basic.japanese-proficiency", basic?.JapaneseProficiency);
        TextRow("その他", "common.basic.notes", basic?.Notes);
        html.Close();
    }

    private void WriteFamily(FamilyRelations? family)
    {
        html.Element("h3", null, "○家族関係");
        html.Element("p", "note", "特記事項(生育歴、本人を取り巻く状況(家族の状況も含む。)、作成日以降の変化、家族構成(※)、家庭内使用言語(※)等)");
        html.Open("table", "meta");
        TextRow("生育歴", "common.family.developmental-history", family?.DevelopmentalHistory);
        TextRow("本人を取り巻く状況(家族の状況も含む。)", "common.family.circumstances", family?.Circumstances);
        ListRow("作成日以降の変化", "common.family.changes", family?.ChangesSinceCreation.Select(c => SheetText.Date(c.Date) + "　" + c.Text));
        TextRow("家族構成(※)", "common.family.composition", family?.FamilyComposition);
        TextRow("家庭内使用言語(※)", "common.family.home-language", family?.HomeLanguage);
        TextRow("その他", "common.family.notes", family?.Notes);
        html.Close();
    }

    /// <summary>The sheet's 作成日 / 作成者 / 追記 line.</summary>
    private void WriteAuthorshipLine(string itemId, Authorship? authorship, string createdOnLabel, string? createdByLabel, string appendLabel)
    {
        html.Open("table", "meta");
        html.Open("tr");
        html.Label(createdOnLabel);
        SlotCell(itemId, authorship is null ? null : SheetText.Date(authorship.CreatedOn));
        if (createdByLabel is not null)
        {
            html.Label(createdByLabel);
            SlotCell(itemId, authorship?.CreatedBy);
        }

        html.Close();
        html.Open("tr");
        html.Label(appendLabel);
        SlotCell(itemId, Appends(authorship), "text", colspan: createdByLabel is null ? 1 : 3);
        html.Close();
        html.Close();
    }

    private static string? Appends(Authorship? authorship) =>
        authorship is null || authorship.Appends.IsEmpty
            ? null
            : string.Join("\n", authorship.Appends.Select(a => $"{SheetText.Date(a.On)}（{a.By}）" + (a.Note is null ? string.Empty : "　" + a.Note)));

    /// <summary>A row of a label table: label, then free text (or the withheld marker).</summary>
    private void TextRow(string label, string itemId, string? text)
    {
        html.Open("tr");
        html.Label(label, cssClass: "wrap");
        SlotCell(itemId, text, "text");
        html.Close();
    }

    /// <summary>A row of a label table whose value is a list of entries.</summary>
    private void ListRow(string label, string itemId, IEnumerable<string>? entries)
    {
        html.Open("tr");
        html.Label(label, cssClass: "wrap");
        ListCell(itemId, entries);
        html.Close();
    }

    /// <summary>A free-text block under a heading.</summary>
    private void TextBlock(string itemId, string? text)
    {
        html.Open("div", "text");
        Slot(itemId, text is not null, () => html.Text(text));
        html.Close();
    }

    /// <summary>A cell with text, or the marker when the item was held back.</summary>
    private void SlotCell(string itemId, string? text, string? cssClass = null, int colspan = 1)
    {
        html.Cell(colspan, cssClass: cssClass);
        Slot(itemId, text is not null, () => html.Text(text));
        html.Close();
    }

    /// <summary>The marker when the item was held back, then the content when there is any.</summary>
    private void Slot(string itemId, bool hasContent, Action content)
    {
        Held(itemId);
        if (hasContent)
        {
            content();
        }
    }

    /// <summary>Writes 「開示しない（理由）」 when the item was held back.</summary>
    private void Held(string itemId)
    {
        if (withheld.Find(itemId) is { } entry)
        {
            Marker(entry.LabelJa, WithheldItems.Marker(entry));
        }
    }

    private void Marker(string label, string text) => html.Element("span", "withheld", text, ("title", label), ("data-withheld", "true"));

    private static string Join(string separator, params string?[] parts) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrEmpty(p)));
}
