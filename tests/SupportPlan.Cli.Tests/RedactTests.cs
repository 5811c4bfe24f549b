using System.Text.Json;
using SupportPlan.Model.Json;

namespace SupportPlan.Cli.Tests;

public sealed class RedactTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _plan;

    public RedactTests()
    {
        _plan = _temp.File("autism.json");
        File.WriteAllBytes(_plan, PlanJson.Serialize(Scenarios.Scenarios.AutismTransition()));
    }

    public void Dispose() => _temp.Dispose();

    private static string PrivateSchoolCode() =>
        Scenarios.Scenarios.AutismTransition().Consents.First(c => c.Recipient.Kind == Model.Consent.RecipientKind.PrivateSchool).Recipient.SchoolCode!.Value.ToString();

    [Fact]
    public void Redact_to_the_consented_private_school_writes_a_valid_handover_package_and_exits_0()
    {
        var output = _temp.File("out.json");
        var run = CliRun.Of("redact", _plan, "--to", "private-school", "--recipient-code", PrivateSchoolCode(), "--date", "2026-02-10",
            "--sender-code", "A121261200473", "--created-at", "2026-02-10T15:30:00+09:00", "--out", output);
        Assert.Equal(0, run.ExitCode);
        var validated = new Interop.Validation.PackageValidator().ValidateFile(output);
        Assert.True(validated.IsValid, string.Join("\n", validated.Findings));
        Assert.Empty(validated.Findings);
        Assert.Equal(new DateTimeOffset(2026, 2, 10, 15, 30, 0, TimeSpan.FromHours(9)), validated.Package!.CreatedAt);
        using var document = JsonDocument.Parse(File.ReadAllBytes(output));
        Assert.Equal("supportplan-handover", document.RootElement.GetProperty("format").GetString());
        Assert.Equal("private-school", document.RootElement.GetProperty("recipient").GetProperty("kind").GetString());
        var plan = PlanJson.Read(document.RootElement.GetProperty("plan").GetRawText()).Plan!;
        Assert.False(plan.Accommodations.IsEmpty);
        Assert.Null(plan.CommonSheet!.BasicInformation!.Disability!.Diagnoses.FirstOrDefault());
        var entries = document.RootElement.GetProperty("report").GetProperty("entries").EnumerateArray().ToList();
        Assert.Contains(entries, e => e.GetProperty("itemId").GetString() == "common.basic.diagnosis" && e.GetProperty("reason").GetString() == "refused");
        Assert.Contains("common.basic.diagnosis", run.Out, StringComparison.Ordinal);
        Assert.Contains("refused", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_exits_3_when_nothing_may_be_disclosed() =>
        Assert.Equal(3, CliRun.Of("redact", _plan, "--to", "private-facility", "--date", "2026-02-10", "--out", _temp.File("x.json")).ExitCode);

    [Fact]
    public void Redact_exits_3_when_a_procedure_is_missing()
    {
        var policy = _temp.File("policy.json");
        var strict = Rules.Policy.DefaultDisclosurePolicy.Instance with { CouncilConsultationRequiredFor = [Model.Consent.RecipientKind.PrivateSchool] };
        File.WriteAllBytes(policy, Rules.Json.RulesJson.Serialize(strict));
        var run = CliRun.Of("redact", _plan, "--to", "private-school", "--sender-code", "A121261200473", "--date", "2026-02-10",
            "--exception-reason", "保護者と連絡が取れない", "--consent-effort", "電話3回", "--harm-assessed", "--policy", policy, "--out", _temp.File("y.json"));
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("blocked", run.Error, StringComparison.Ordinal);
        Assert.Contains("no package written", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("y.json")));
    }

    [Fact]
    public void Redact_to_the_family_discloses_everything()
    {
        var run = CliRun.Of("redact", _plan, "--to", "family", "--sender-code", "A121261200473", "--date", "2026-02-10", "--out", _temp.File("f.json"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("withheld 0", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--to", "alien")]
    [InlineData("--to", "public-school", "--purpose", "fun")]
    [InlineData("--to", "public-school", "--sender-code", "B108254200027")]
    [InlineData("--to", "public-school", "--date", "10/02/2026")]
    [InlineData()]
    public void Redact_usage_errors_exit_2(params string[] options)
    {
        var run = CliRun.Of(["redact", _plan, .. options]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_of_an_unreadable_plan_exits_2_with_the_finding()
    {
        var bad = _temp.File("bad.json");
        File.WriteAllText(bad, "{\"id\":\"x\"");
        var run = CliRun.Of("redact", bad, "--to", "public-school");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("SP-JSON-", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_of_a_missing_file_exits_2() =>
        Assert.Equal(2, CliRun.Of("redact", _temp.File("missing.json"), "--to", "public-school").ExitCode);
}
