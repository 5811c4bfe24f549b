using System.Text;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Json;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Json;
using SupportPlan.Rules.Recipients;

namespace SupportPlan.Cli.Tests;

public sealed class RenderTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _plan;

    public RenderTests()
    {
        _plan = _temp.File("autism.json");
        File.WriteAllBytes(_plan, PlanJson.Serialize(Scenarios.Scenarios.AutismTransition()));
    }

    public void Dispose() => _temp.Dispose();

    private static string PrivateSchoolCode() =>
        Scenarios.Scenarios.AutismTransition().Consents.First(c => c.Recipient.Kind == RecipientKind.PrivateSchool).Recipient.SchoolCode!.Value.ToString();

    [Fact]
    public void Render_a_plan_writes_the_html_beside_it_and_exits_0()
    {
        var run = CliRun.Of("render", _plan);

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(_temp.File("autism.html"), Encoding.UTF8);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ja\"", html, StringComparison.Ordinal);
        Assert.Contains("児童生徒理解・支援シート(共通シート)", html, StringComparison.Ordinal);
        Assert.Contains(Scenarios.Scenarios.AutismTransition().CommonSheet!.Student!.Name!.Name, html, StringComparison.Ordinal);
        Assert.DoesNotContain("開示しない", html, StringComparison.Ordinal);
        Assert.Contains("autism.html", run.Out, StringComparison.Ordinal);
        Assert.Contains("(plan,", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_a_package_marks_the_withheld_items_and_writes_to_out()
    {
        var package = _temp.File("package.json");
        var redact = CliRun.Of("redact", _plan, "--to", "private-school", "--recipient-code", PrivateSchoolCode(), "--date", "2026-02-10",
            "--sender-code", "A121261200473", "--created-at", "2026-02-10T15:30:00+09:00", "--out", package);
        Assert.Equal(0, redact.ExitCode);
        var output = _temp.File("printed/package-view.html");

        var run = CliRun.Of("render", package, "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(handover package,", run.Out, StringComparison.Ordinal);
        var html = File.ReadAllText(output, Encoding.UTF8);
        Assert.Contains("引継ぎファイル", html, StringComparison.Ordinal);
        Assert.Contains("開示しない（本人・保護者が同意しなかったため）", html, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("package.html")));
    }

    [Fact]
    public void Render_a_family_preview()
    {
        var plan = Scenarios.Scenarios.AutismTransition();
        var result = new DisclosureEngine().Decide(new DisclosureRequest
        {
            Plan = plan,
            Sender = new Sender { DeclaredEstablishment = Model.Identifiers.Establishment.Public, Name = "岐阜市立ひかり幼稚園" },
            Recipient = new Recipient { Kind = RecipientKind.PrivateSchool, SchoolCode = Model.Identifiers.SchoolCode.Parse(PrivateSchoolCode()).Value },
            Purpose = DisclosurePurpose.Handover,
            Date = new DateOnly(2026, 2, 10),
        });
        var preview = _temp.File("preview.json");
        File.WriteAllBytes(preview, RulesJson.Serialize(result.Preview, indented: true));

        var run = CliRun.Of("render", preview);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(family preview,", run.Out, StringComparison.Ordinal);
        var html = File.ReadAllText(_temp.File("preview.html"), Encoding.UTF8);
        Assert.Contains(result.Preview.Title, html, StringComparison.Ordinal);
        Assert.All(result.Preview.NotSent, line => Assert.Contains($"開示しない（{line.Detail}）", html, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"hello\":\"world\"}", "SP-REN-001")]
    [InlineData("{\"id\":", "SP-SYN-008")]
    [InlineData("{\"format\":\"supportplan-handover\",\"formatVersion\":\"2.0\"}", "SP-VER-002")]
    public void Render_a_bad_file_prints_the_findings_writes_nothing_and_exits_2(string json, string code)
    {
        var bad = _temp.File("bad.json");
        File.WriteAllText(bad, json);

        var run = CliRun.Of("render", bad);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not a readable plan, handover package or family preview", run.Error, StringComparison.Ordinal);
        Assert.Contains(code, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("bad.html")));
    }

    [Fact]
    public void Render_a_missing_file_exits_2_with_an_error()
    {
        var run = CliRun.Of("render", _temp.File("nowhere.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error:", run.Error, StringComparison.Ordinal);
        Assert.Contains("nowhere.json", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("a.json", "b.json")]
    [InlineData("a.json", "--out")]
    [InlineData("a.json", "--colour", "red")]
    public void Render_usage_errors_exit_2(params string[] args) =>
        Assert.Equal(2, CliRun.Of(["render", .. args]).ExitCode);

    [Fact]
    public void Render_refuses_to_overwrite_its_input()
    {
        var run = CliRun.Of("render", _plan, "--out", _plan);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("overwrite", run.Error, StringComparison.Ordinal);
        Assert.Equal(PlanJson.Serialize(Scenarios.Scenarios.AutismTransition()), File.ReadAllBytes(_plan));
    }

    [Fact]
    public void The_usage_lists_render() =>
        Assert.Contains("supportplan render FILE [--out FILE.html]", CliRun.Of("--help").Out, StringComparison.Ordinal);
}
