using SupportPlan.Model.Json;

namespace SupportPlan.Cli.Tests;

public sealed class SampleAndDemoTests
{
    [Fact]
    public void Sample_list_prints_one_scenario_per_line_name_first()
    {
        var run = CliRun.Of("sample", "--list");
        Assert.Equal(0, run.ExitCode);
        var names = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')[0]).ToList();
        Assert.Equal(Scenarios.Scenarios.All.Select(s => s.Name), names);
    }

    [Fact]
    public void Sample_scenario_writes_the_full_plan_that_reads_back_equal()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("sample", "--scenario", "nemuro", "--out", temp.File("nemuro.json"));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Scenarios.Scenarios.Nemuro(), PlanJson.Read(File.ReadAllBytes(temp.File("nemuro.json"))).Plan);
    }

    [Fact]
    public void Sample_scenario_without_out_writes_json_to_stdout() =>
        Assert.Equal(Scenarios.Scenarios.Memuro(), PlanJson.Read(CliRun.Of("sample", "--scenario", "memuro").Out).Plan);

    [Theory]
    [InlineData("sample", "--scenario", "atlantis")]
    [InlineData("sample")]
    [InlineData("sample", "--list", "--scenario", "nemuro")]
    [InlineData("sample", "--list", "--colour", "red")]
    [InlineData("launch")]
    [InlineData("demo", "--out")]
    public void Usage_errors_exit_2_with_a_message(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_arguments_print_usage_and_exit_2() => Assert.Equal(2, CliRun.Of().ExitCode);
}
