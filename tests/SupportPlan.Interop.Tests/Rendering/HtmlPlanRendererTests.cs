using System.Text;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Rendering;
using SupportPlan.Interop.Tests.Support;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Json;
using SupportPlan.Model.People;
using SupportPlan.Model.Plans;
using SupportPlan.Model.Sheets;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Json;

namespace SupportPlan.Interop.Tests.Rendering;

public sealed class HtmlPlanRendererTests
{
    private static readonly HtmlPlanRenderer Renderer = new();

    public static IEnumerable<object[]> ScenarioNames => Scenarios.Scenarios.All.Select(s => new object[] { s.Name });

    /// <summary>The sample packages that hold back at least one item.</summary>
    public static IEnumerable<object[]> PackagesWithheldFrom =>
        SamplePackages.All.Where(s => s.Package.Report.Entries.Any(WithheldItems.IsHeldBack)).Select(s => new object[] { s.Name });

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void Every_scenario_plan_renders_as_well_formed_sheets_with_the_childs_data(string name)
    {
        var plan = Scenarios.Scenarios.Find(name)!.Build();
        var page = RenderedPage.Parse(Renderer.Render(plan));
        var text = page.BodyText;

        var common = plan.CommonSheet!;
        Assert.Contains("児童生徒理解・支援シート(共通シート)", text, StringComparison.Ordinal);
        Assert.Contains(common.Student!.Name!.Name, text, StringComparison.Ordinal);
        Assert.Contains(common.Student.Name.Reading!.Value.Value, text, StringComparison.Ordinal);
        Assert.All(common.Guardians, g => Assert.Contains(g.Name!.Name, text, StringComparison.Ordinal));
        // one sheet A and one sheet B per school year that has them, one conference sheet per conference
        Assert.Equal(plan.GradeSheets.Count(g => g.SheetA is not null || g.SheetB is null), Count(text, "(学年別 Aシート)"));
        Assert.Equal(plan.GradeSheets.Count(g => g.SheetB is not null), Count(text, "(学年別 Bシート)"));
        Assert.Equal(plan.CaseConferences.Count, Count(text, "(協議シート)"));
        Assert.All(plan.GradeSheets, g => Assert.Contains(Model.Calendar.JapaneseEraFormatter.FormatSchoolYear(g.SchoolYear), text, StringComparison.Ordinal));
        Assert.All(plan.GradeSheets.Where(g => g.SheetB?.YearGoal is not null), g => Assert.Contains(g.SheetB!.YearGoal!, text, StringComparison.Ordinal));
        Assert.All(plan.CaseConferences.Where(c => c.AgreedItems is not null), c => Assert.Contains(c.AgreedItems!, text, StringComparison.Ordinal));
        // a bare plan withholds nothing
        Assert.Empty(page.Markers());
    }

    [Fact]
    public void The_page_is_japanese_utf8_self_contained_and_prints_one_sheet_per_a4_page()
    {
        var html = Renderer.Render(Scenarios.Scenarios.Nemuro());
        var page = RenderedPage.Parse(html);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal("ja", (string?)page.Document.Root!.Attribute("lang"));
        Assert.Equal("utf-8", (string?)page.Element("meta").Attribute("charset"));
        Assert.Empty(page.Elements("script"));
        Assert.Empty(page.Elements("link"));
        Assert.Empty(page.Elements("img"));
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        var css = page.Element("style").Value;
        Assert.Contains("@page { size: A4", css, StringComparison.Ordinal);
        Assert.Contains("@media print", css, StringComparison.Ordinal);
        Assert.Contains(".sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; break-after: page;", css, StringComparison.Ordinal);
        Assert.True(page.Sheets.Count >= 3);
    }

    [Fact]
    public void The_labels_are_the_forms()
    {
        var text = RenderedPage.Parse(Renderer.Render(Scenarios.Scenarios.Nemuro())).BodyText;
        string[] labels =
        [
            "取扱注意", "現在在籍する学校名又は卒業校名", "(よみがな)", "児童生徒名", "分類番号", "※の事項は障害のある児童生徒、外国人児童生徒等で必要な場合に記入",
            "(児童生徒) 名前(よみがな)", "国籍等(※)", "出生地(※)", "(保護者等) 名前(よみがな)", "続柄(※)", "学校受入年月日(※)", "連絡先",
            "○学年別欠席日数等", "出席しなければならない日数", "指導要録上の出席扱い", "②教育委員会所管の機関(①除く。)", "⑧IT等の活用",
            "○支援を継続する上での基本的な情報", "○家族関係", "○備考欄",
            "担任名(ふりがな)", "管理職名", "作成年月日", "追記年月日(追記者名)", "○児童生徒名等", "○支援機関名等(校内・校外)", "主な支援内容", "連絡先電話番号", "担当者名",
            "○月別欠席状況等", "累積欠席日数", "欠席日数(出席扱いを含む)", "○長期欠席、不登校(継続)等欠席状況に関する理由", "○次年度への引継事項(支援・指導の参考となるエピソード等も含め、多様な視点で記入)",
            "○本人・保護者の状況・希望", "現在の状況", "将来の希望(進路を含む)", "○本学年の目標", "○各学期の個別の支援計画", "経過・評価",
            "記録者", "参加者・機関名", "○本人の意向", "○保護者の意向", "○関係機関からの情報", "○支援状況", "役割分担", "機関・分掌名", "短期目標", "○確認・同意事項", "○特記事項",
        ];
        Assert.All(labels, label => Assert.Contains(label, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Monthly_attendance_prints_the_derived_cumulative_absences_and_totals()
    {
        var plan = Scenarios.Scenarios.Nemuro();
        var sheet = plan.GradeSheets.First(g => g.SheetA is { MonthlyAttendance.IsEmpty: false });
        var page = RenderedPage.Parse(Renderer.Render(plan));
        var table = page.Document.Descendants().First(e => e.Name.LocalName == "section" && (string?)e.Attribute("id") == $"grade-{sheet.SchoolYear}-a")
            .Descendants().First(e => e.Name.LocalName == "table" && (string?)e.Attribute("class") == "grid");
        var rows = table.Elements().Where(e => e.Name.LocalName == "tr").ToList();
        string[] Cells(string label) => [.. rows.First(r => r.Elements().First().Value == label).Elements().Skip(1).Select(c => c.Value)];

        var months = Model.Attendance.AttendanceCalculator.InSchoolYearOrder(sheet.SheetA!.MonthlyAttendance);
        var cumulative = Model.Attendance.AttendanceCalculator.CumulativeAbsences(months);
        var absences = Cells("累積欠席日数");
        foreach (var (month, total) in cumulative)
        {
            Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), absences[Model.Attendance.AttendanceCalculator.SchoolYearIndex(month)]);
        }

        var totals = Model.Attendance.AttendanceCalculator.Totals(months);
        Assert.Equal(totals.AbsentDays?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, Cells("欠席日数(出席扱いを含む)")[12]);
        Assert.Equal(totals.RequiredDays?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, Cells("出席しなければならない日数")[12]);
    }

    [Fact]
    public void Hostile_text_is_escaped_and_characters_xml_forbids_are_replaced()
    {
        var plan = Scenarios.Scenarios.Nemuro();
        var common = plan.CommonSheet!;
        var hostile = plan with
        {
            CommonSheet = common with
            {
                Student = common.Student! with { Name = new PersonName { Name = "<script>alert('x')</script>" } },
                Remarks = "\"><img src=x onerror=alert(1)> & &amp; ]]> <!-- \u0001\u0008\uFFFE \uD800 end",
            },
        };
        var html = Renderer.Render(hostile);
        var page = RenderedPage.Parse(html);

        Assert.Empty(page.Elements("script"));
        Assert.Empty(page.Elements("img"));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<script>alert('x')</script>", page.BodyText, StringComparison.Ordinal);
        Assert.Contains("\"><img src=x onerror=alert(1)> & &amp; ]]> <!-- \uFFFD\uFFFD\uFFFD \uFFFD end", page.BodyText, StringComparison.Ordinal);
        Assert.Contains("児童生徒理解・支援シート（<script>alert('x')</script>）", page.Element("title").Value, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PackagesWithheldFrom))]
    public void A_package_marks_every_withheld_item_with_its_reason_on_the_cover_and_in_the_sheets(string name)
    {
        var package = SamplePackages.Named(name).Package;
        var page = RenderedPage.Parse(Renderer.Render(package));
        var cover = page.Sheets[0];
        var sheets = page.Sheets.Skip(1).ToList();
        var held = package.Report.Entries.Where(WithheldItems.IsHeldBack).ToList();

        Assert.NotEmpty(held);
        foreach (var entry in held)
        {
            var expected = entry.CitationJa is null ? null : entry.CitationJa;
            var onCover = page.Markers(cover).Where(m => m.Label == entry.LabelJa).ToList();
            var inSheets = sheets.SelectMany(s => page.Markers(s)).Where(m => m.Label == entry.LabelJa).ToList();
            Assert.True(onCover.Count >= 1, $"{entry.ItemId} is not listed as withheld on the cover");
            Assert.True(inSheets.Count >= 1, $"{entry.ItemId} is not marked where it would stand in the sheets");
            Assert.All(onCover.Concat(inSheets), m =>
            {
                Assert.StartsWith("開示しない（", m.Text, StringComparison.Ordinal);
                if (expected is not null)
                {
                    Assert.Contains(expected, m.Text, StringComparison.Ordinal);
                }
            });
        }

        // nothing is marked that the report did not hold back
        Assert.All(page.Markers(), m => Assert.Contains(held, e => e.LabelJa == m.Label));
    }

    [Fact]
    public void A_refused_diagnosis_is_marked_as_refused_where_the_diagnosis_would_stand()
    {
        var sample = SamplePackages.All.First(s => s.Scenario == "autism-transition" && s.Package.Recipient.Kind == RecipientKind.PrivateSchool);
        var page = RenderedPage.Parse(Renderer.Render(sample.Package));
        var common = page.Sheets.Single(s => (string?)s.Attribute("id") == "common-sheet");
        var row = common.Descendants().First(e => e.Name.LocalName == "tr" && e.Elements().First().Value == "診断名(※)");

        Assert.Equal("開示しない（本人・保護者が同意しなかったため）", row.Elements().Last().Value);
        Assert.Contains(sample.Package.Plan.CommonSheet!.Student!.Name!.Name, common.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_package_cover_names_sender_recipient_purpose_and_digest()
    {
        var package = SamplePackages.Nemuro.Package;
        var cover = RenderedPage.Parse(Renderer.Render(package)).Sheets[0].Value;

        Assert.Contains("引継ぎファイル", cover, StringComparison.Ordinal);
        Assert.Contains("学校コード " + package.Sender.SchoolCode!.Value.Value, cover, StringComparison.Ordinal);
        Assert.Contains("（公立学校）", cover, StringComparison.Ordinal);
        Assert.Contains("進学・転学に伴う引継ぎ", cover, StringComparison.Ordinal);
        Assert.Contains(package.Digest.Value, cover, StringComparison.Ordinal);
        Assert.Contains(package.PackageId.ToString(), cover, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cover_can_be_left_out()
    {
        var package = SamplePackages.Nemuro.Package;
        var page = RenderedPage.Parse(new HtmlPlanRenderer(new HtmlRenderOptions { IncludePackageCover = false, Title = "テスト" }).Render(package));

        Assert.DoesNotContain(page.Sheets, s => (string?)s.Attribute("id") == "package");
        Assert.Equal("テスト", page.Element("title").Value);
    }

    [Fact]
    public void A_family_preview_lists_what_is_sent_and_what_is_not_with_the_reason()
    {
        var preview = SamplePackages.All.First(s => s.Scenario == "autism-transition" && s.Package.Recipient.Kind == RecipientKind.PrivateSchool).Result.Preview;
        var page = RenderedPage.Parse(Renderer.Render(preview));
        var text = page.BodyText;

        Assert.Contains(preview.Title, text, StringComparison.Ordinal);
        Assert.Contains(preview.Recipient, text, StringComparison.Ordinal);
        Assert.All(preview.Sent, line => Assert.Contains(line.Label, text, StringComparison.Ordinal));
        Assert.NotEmpty(preview.NotSent);
        Assert.Equal(
            preview.NotSent.Select(l => (l.Label, $"開示しない（{l.Detail}）")).Order(),
            page.Markers().Order());
        Assert.All(preview.Notes, note => Assert.Contains(note, text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_is_recognised_as_plan_package_or_family_preview()
    {
        var sample = SamplePackages.Nemuro;
        Assert.Equal(RenderedDocumentKind.Plan, RenderBytes(PlanJson.Serialize(sample.Request.Plan)).Result.Kind);
        Assert.Equal(RenderedDocumentKind.HandoverPackage, RenderBytes(sample.Bytes).Result.Kind);
        Assert.Equal(RenderedDocumentKind.FamilyPreview, RenderBytes(RulesJson.Serialize(sample.Result.Preview)).Result.Kind);

        var (result, html) = RenderBytes(sample.Bytes);
        Assert.Empty(result.Findings);
        Assert.Equal(Renderer.Render(sample.Package), html);
    }

    [Fact]
    public void A_pre_1_0_redact_output_renders_as_a_package_with_the_migration_noted()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "versions", "0", "autism-transition.v0.json"));
        var (result, html) = RenderBytes(bytes);

        Assert.Equal(RenderedDocumentKind.HandoverPackage, result.Kind);
        Assert.Equal(["SP-VER-005"], result.Findings.Select(f => f.Code));
        Assert.Contains("SP-VER-005", RenderedPage.Parse(html).Sheets[0].Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "SP-SYN-001")]
    [InlineData("   ", "SP-SYN-001")]
    [InlineData("{\"id\":", "SP-SYN-008")]
    [InlineData("[1,2]", "SP-SYN-012")]
    [InlineData("{}", "SP-REN-001")]
    [InlineData("{\"name\":\"根室\"}", "SP-REN-001")]
    [InlineData("{\"id\":5}", "SP-JSON-005")]
    [InlineData("{\"id\":\"3b0f6c1e-5a2d-4c8e-9f10-000000000001\",\"commonSheet\":{}}", "SP-JSON-004")]
    [InlineData("{\"format\":\"supportplan-handover\",\"formatVersion\":\"9.0\"}", "SP-VER-002")]
    [InlineData("{\"format\":\"something-else\"}", "SP-VER-001")]
    [InlineData("{\"title\":\"t\",\"sent\":[],\"notSent\":[]}", "SP-JSON-004")]
    public void Bad_input_gives_findings_and_writes_nothing(string json, string code)
    {
        var (result, html) = RenderBytes(Encoding.UTF8.GetBytes(json));

        Assert.False(result.Success);
        Assert.Equal(RenderedDocumentKind.Unknown, result.Kind);
        Assert.Contains(result.Findings, f => f.Code == code);
        Assert.Equal(string.Empty, html);
    }

    [Fact]
    public void A_file_saved_as_shift_jis_gives_the_encoding_finding()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "mistakes", "saved-as-shift-jis.json"));
        var (result, _) = RenderBytes(bytes);

        Assert.False(result.Success);
        Assert.Equal("SP-SYN-005", Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void An_empty_plan_renders_the_header_only()
    {
        var page = RenderedPage.Parse(Renderer.Render(new StudentSupportPlan { Id = Guid.Empty }));

        Assert.Single(page.Sheets);
        Assert.Contains("現在在籍する学校名又は卒業校名", page.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_outside_their_range_render_instead_of_throwing()
    {
        var odd = new StudentSupportPlan
        {
            Id = Guid.NewGuid(),
            Header = new PlanHeader { Schools = [new SchoolHistoryEntry { Stage = (SchoolStage)99, SchoolName = "学校", Status = (EnrollmentStatus)7, EnteredOn = new DateOnly(1, 1, 1) }] },
            CommonSheet = new CommonSheet
            {
                Authorship = new Authorship { CreatedOn = DateOnly.MinValue, CreatedBy = "記入者" },
                Student = new StudentIdentity { Sex = (Sex)42, DateOfBirth = new DateOnly(1800, 1, 1) },
                AttendanceByGrade = [new Model.Attendance.GradeAttendance { SchoolYear = default, Grade = default, RequiredDays = -3 }],
            },
            GradeSheets =
            [
                new GradeSheet
                {
                    SchoolYear = default,
                    Grade = default,
                    SheetA = new GradeSheetA { Authorship = new Authorship { CreatedOn = DateOnly.MaxValue, CreatedBy = "x" }, MonthlyAttendance = [new Model.Attendance.MonthlyAttendance { Month = 13 }, new Model.Attendance.MonthlyAttendance { Month = 4 }, new Model.Attendance.MonthlyAttendance { Month = 4 }] },
                    SheetB = new GradeSheetB { Authorship = new Authorship { CreatedOn = DateOnly.MinValue, CreatedBy = "x" }, TermSystem = (TermSystem)5, TermPlans = [new TermPlan { Term = (Term)9 }] },
                },
            ],
            Extensions = [new Model.Extensions.RegionalExtension { Namespace = "jp.test", DataClass = Model.Classification.DataClass.Administrative, Data = default }],
        };
        var page = RenderedPage.Parse(Renderer.Render(odd));

        Assert.Contains("0001-01-01", page.BodyText, StringComparison.Ordinal);
        Assert.Contains("同じ月の記録が複数あります（4月）", page.BodyText, StringComparison.Ordinal);
        Assert.Contains("月が1〜12でない記録が1件", page.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rendering_guide_lists_the_finding_and_every_marker()
    {
        var doc = File.ReadAllText(Path.Combine(Validation.MistakeTests.RepositoryRoot(), "docs", "rendering.md"));
        var finding = RenderFindings.UnknownDocument;
        Assert.Contains($"| {finding.Code} | error | {finding.TemplateJa} | {finding.TemplateEn} |", doc, StringComparison.Ordinal);
        foreach (var reason in Enum.GetValues<WithholdReason>().Where(r => r != WithholdReason.NothingElseDisclosed))
        {
            var code = System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(reason.ToString());
            Assert.Contains($"| `{code}` | 開示しない（{WithheldItems.Reason(reason)}", doc, StringComparison.Ordinal);
        }
    }

    private static (RenderResult Result, string Html) RenderBytes(byte[] bytes)
    {
        using var writer = new StringWriter();
        var result = Renderer.RenderDocument(bytes, writer);
        return (result, writer.ToString());
    }

    private static int Count(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
