using System.Text.Json;
using SupportPlan.Model.Json;

namespace SupportPlan.Cli.Tests;

public sealed class ValidateAndSchemaTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _good;
    private readonly string _tampered;

    public ValidateAndSchemaTests()
    {
        var plan = _temp.File("autism.json");
        File.WriteAllBytes(plan, PlanJson.Serialize(Scenarios.Scenarios.AutismTransition()));
        var code = Scenarios.Scenarios.AutismTransition().Consents.First(c => c.Recipient.Kind == Model.Consent.RecipientKind.PrivateSchool).Recipient.SchoolCode!.Value.ToString();
        Directory.CreateDirectory(_temp.File("in"));
        _good = _temp.File(Path.Combine("in", "good.json"));
        Assert.Equal(0, CliRun.Of("redact", plan, "--to", "private-school", "--recipient-code", code, "--sender-code", "A121261200473", "--date", "2026-02-10",
            "--created-at", "2026-02-10T15:30:00+09:00", "--out", _good).ExitCode);
        _tampered = _temp.File(Path.Combine("in", "tampered.json"));
        File.WriteAllText(_tampered, File.ReadAllText(_good).Replace("\"purpose\": \"handover\"", "\"purpose\": \"agency-sharing\"", StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Validate_exits_0_when_every_file_is_valid()
    {
        var run = CliRun.Of("validate", _good, "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("valid (0 errors, 0 warnings)", run.Out, StringComparison.Ordinal);
        Assert.Contains("summary: 1 files, 1 valid, 0 invalid", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_a_directory_in_json_prints_exactly_the_documented_shape_and_exits_1_when_one_is_invalid()
    {
        File.WriteAllText(_temp.File(Path.Combine("in", "broken.json")), "{\"format\": ");
        var run = CliRun.Of("validate", _temp.File("in"), "--format", "json", "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var root = document.RootElement;
        Assert.Equal(["files", "summary"], root.EnumerateObject().Select(p => p.Name));
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(3, files.Count);
        foreach (var file in files)
        {
            Assert.Equal(["path", "valid", "findings"], file.EnumerateObject().Select(p => p.Name));
            foreach (var finding in file.GetProperty("findings").EnumerateArray())
            {
                Assert.Equal(["code", "severity", "pointer", "line", "column", "message"], finding.EnumerateObject().Select(p => p.Name));
                Assert.Contains(finding.GetProperty("severity").GetString(), new[] { "error", "warning" });
            }
        }

        var byName = files.ToDictionary(f => Path.GetFileName(f.GetProperty("path").GetString()!), f => f);
        Assert.True(byName["good.json"].GetProperty("valid").GetBoolean());
        Assert.False(byName["broken.json"].GetProperty("valid").GetBoolean());
        Assert.Equal("SP-SYN-008", byName["broken.json"].GetProperty("findings")[0].GetProperty("code").GetString());
        var tampered = byName["tampered.json"].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        Assert.Contains("SP-INT-001", tampered);
        Assert.Equal(3, root.GetProperty("summary").GetProperty("files").GetInt32());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("valid").GetInt32());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("invalid").GetInt32());
    }

    [Fact]
    public void Validate_speaks_japanese_by_default()
    {
        var run = CliRun.Of("validate", _tampered);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("改ざん", run.Out, StringComparison.Ordinal);
        Assert.Contains("無効", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reports_a_missing_path_as_an_invalid_file_and_goes_on()
    {
        var run = CliRun.Of("validate", _temp.File("nowhere.json"), _good, "--format", "json");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("SP-IO-002", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"valid\":1", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "x.json", "--format", "xml")]
    [InlineData("validate", "x.json", "--lang", "fr")]
    [InlineData("validate", "x.json", "--colour")]
    [InlineData("schema")]
    public void Usage_errors_exit_2(params string[] args) => Assert.Equal(2, CliRun.Of(args).ExitCode);

    [Fact]
    public void Schema_writes_the_three_published_schemas()
    {
        var dir = _temp.File("schemas");
        var run = CliRun.Of("schema", "--out", dir);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["supportplan-defs.schema.json", "supportplan-handover.schema.json", "supportplan-plan.schema.json"],
            Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in Directory.GetFiles(dir))
        {
            using var schema = JsonDocument.Parse(File.ReadAllBytes(file));
            Assert.Equal("http://json-schema.org/draft-07/schema#", schema.RootElement.GetProperty("$schema").GetString());
        }
    }
}
