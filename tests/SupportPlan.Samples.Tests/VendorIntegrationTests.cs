using System.Text.Json;
using SupportPlan.Interop.Validation;
using SupportPlan.Model.Json;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Json;
using SupportPlan.Rules.Records;
using SupportPlan.Samples.VendorIntegration;

namespace SupportPlan.Samples.Tests;

/// <summary>The vendor sample, run in-process: what it writes on each side is what the law and the family asked for.</summary>
public sealed class VendorIntegrationTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private SampleRun Run(params string[] extra) => SampleRun.Of(VendorIntegrationSample.Run, ["--out", _dir.Path, .. extra]);

    private string Single(params string[] folder) => Assert.Single(Directory.GetFiles(_dir.Sub(folder)));

    [Fact]
    public void It_runs_every_step_and_says_so()
    {
        var run = Run();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("1. created plan 8d6e2f41-3c5b-4a7e-9b21-5a1c0d7e2026 (北村 葵, needs: NonAttendance): 0 errors, 0 warnings", run.Out, StringComparison.Ordinal);
        Assert.Contains("4. imported it at the high school: the package is valid (0 errors, 0 warnings)", run.Out, StringComparison.Ordinal);
        Assert.Contains("5. the junior high keeps its copy until 2031-03-15 (rule integrated-sheet", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stored_plan_reads_back_as_the_plan_created()
    {
        Run();

        var stored = PlanJson.Read(File.ReadAllBytes(Single("sending-school", "plans")));

        Assert.Equal(HokutoPlan.Build(), stored.Plan);
    }

    [Fact]
    public void The_package_written_is_valid_for_an_independent_validator_and_goes_from_the_junior_high_to_the_high_school()
    {
        Run();

        var result = new PackageValidator().ValidateFile(Single("sending-school", "outbox"));

        Assert.True(result.IsValid);
        Assert.Empty(result.Findings);
        Assert.Equal(HokutoPlan.SenderCode, result.Package!.Sender.SchoolCode);
        Assert.Equal(HokutoPlan.RecipientCode, result.Package.Recipient.SchoolCode);
        Assert.Equal(new DateOnly(2026, 3, 23), result.Package.DecidedOn);
    }

    [Fact]
    public void What_the_guardian_did_not_agree_to_never_reaches_the_receiving_school()
    {
        Run();

        var sent = File.ReadAllText(Single("sending-school", "outbox"));
        var received = Directory.GetFiles(_dir.Sub("receiving-school"), "*.json", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();

        Assert.Contains("起立性調節障害", File.ReadAllText(Single("sending-school", "plans")), StringComparison.Ordinal);
        Assert.DoesNotContain("起立性調節障害", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("011-582-7716", sent, StringComparison.Ordinal);
        Assert.All(received, text => Assert.DoesNotContain("起立性調節障害", text, StringComparison.Ordinal));
        Assert.Contains("文章を書くことが得意", received[0] + received[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_receiving_school_keeps_an_Art_30_confirmation_record_of_exactly_what_came_on_consent()
    {
        Run();
        var package = new PackageValidator().ValidateFile(Single("sending-school", "outbox")).Package!;

        var record = JsonSerializer.Deserialize(File.ReadAllBytes(Single("receiving-school", "records")), RulesJson.TypeInfo<ConfirmationRecord>())!;

        Assert.Equal("appi-30", record.ArticleId);
        Assert.Equal(new DateOnly(2026, 3, 24), record.ConfirmedOn);
        Assert.Equal(new DateOnly(2029, 3, 24), record.KeepUntil);
        Assert.Equal(HokutoPlan.SenderName, record.ProviderName);
        Assert.Equal(HokutoPlan.SenderAddress, record.ProviderAddress);
        Assert.Equal(HokutoPlan.Id, record.PlanId);
        Assert.Equal([HokutoPlan.ConsentId], record.ConsentIds);
        Assert.Equal(package.Report.Entries.Where(e => e.Outcome == ItemOutcome.DisclosedOnConsent).Select(e => e.LabelJa), record.Items);
        Assert.Contains("次年度への引継事項", record.Items);
        Assert.DoesNotContain("診断名", record.Items);
    }

    [Fact]
    public void The_sending_school_keeps_an_Art_29_provision_record_for_three_years()
    {
        Run();

        var record = JsonSerializer.Deserialize(File.ReadAllBytes(Single("sending-school", "records")), RulesJson.TypeInfo<ProvisionRecord>())!;

        Assert.Equal("appi-29", record.ArticleId);
        Assert.Equal(HokutoPlan.RecipientName, record.RecipientName);
        Assert.Equal(HokutoPlan.RecipientAddress, record.RecipientAddress);
        Assert.Equal("北村 葵", record.Subject);
        Assert.Equal(new DateOnly(2029, 3, 23), record.KeepUntil);
    }

    [Fact]
    public void An_unknown_argument_is_a_usage_error_and_writes_nothing()
    {
        var run = Run("--lang", "fr");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage:", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_dir.Path));
    }
}
