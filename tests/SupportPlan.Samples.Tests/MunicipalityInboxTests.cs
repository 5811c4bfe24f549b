using System.Text.Json;
using SupportPlan.Interop.Validation;
using SupportPlan.Samples.MunicipalityInbox;

namespace SupportPlan.Samples.Tests;

/// <summary>The inbox sample, run in-process on its example inbox: the summary counts what an independent validator finds.</summary>
public sealed class MunicipalityInboxTests : IDisposable
{
    private static readonly string[] ValidFiles = ["foreign-student-handover.json", "memuro-town-submission.json", "nakashibetsu-board-report.json", "nemuro-handover.json"];

    private static readonly Dictionary<string, string> BrokenFiles = new()
    {
        ["edited-after-sealing.json"] = "SP-INT-001",
        ["saved-from-spreadsheet.json"] = "SP-SYN-005",
        ["whole-plan-exported.json"] = "SP-DSC-002",
    };

    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private static SampleRun Run(params string[] args) => SampleRun.Of(MunicipalityInboxSample.Run, args);

    private string MakeInbox()
    {
        var inbox = _dir.Sub("inbox");
        Assert.Equal(0, Run("--make-example", inbox).ExitCode);
        return inbox;
    }

    private JsonElement Summary() => JsonDocument.Parse(File.ReadAllBytes(_dir.Sub("report", "summary.json"))).RootElement;

    private static Dictionary<string, JsonElement> Results(JsonElement summary) =>
        summary.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("file").GetString()!, r => r);

    [Fact]
    public void The_example_inbox_holds_four_valid_files_and_three_broken_ones_as_an_independent_validator_sees_them()
    {
        var inbox = MakeInbox();
        var validator = new PackageValidator();

        var files = Directory.GetFiles(inbox).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(ValidFiles.Concat(BrokenFiles.Keys).Order(StringComparer.Ordinal), files);
        Assert.All(ValidFiles, f => Assert.True(validator.ValidateFile(Path.Combine(inbox, f)).IsValid, f));
        Assert.All(BrokenFiles, f => Assert.Contains(validator.ValidateFile(Path.Combine(inbox, f.Key)).Findings, x => x.Code == f.Value));
    }

    [Fact]
    public void The_summary_counts_the_valid_and_broken_files_and_names_each_problem()
    {
        var inbox = MakeInbox();

        var run = Run(inbox, "--out", _dir.Sub("report"));

        Assert.Equal(1, run.ExitCode);
        var summary = Summary();
        Assert.Equal(7, summary.GetProperty("files").GetInt32());
        Assert.Equal(4, summary.GetProperty("valid").GetInt32());
        Assert.Equal(3, summary.GetProperty("invalid").GetInt32());
        var results = Results(summary);
        Assert.All(ValidFiles, f => Assert.True(results[f].GetProperty("valid").GetBoolean(), f));
        foreach (var (file, code) in BrokenFiles)
        {
            Assert.False(results[file].GetProperty("valid").GetBoolean());
            Assert.Contains(results[file].GetProperty("findings").EnumerateArray(), x => x.GetProperty("code").GetString() == code);
        }

        Assert.Equal(1, summary.GetProperty("codes").GetProperty("SP-INT-001").GetInt32());
    }

    [Fact]
    public void The_text_summary_is_what_is_printed()
    {
        var inbox = MakeInbox();

        var run = Run(inbox, "--out", _dir.Sub("report"));

        var text = File.ReadAllText(_dir.Sub("report", "summary.txt"));
        Assert.StartsWith(text, run.Out, StringComparison.Ordinal);
        Assert.Contains("7 ファイル: 有効 4、無効 3", text, StringComparison.Ordinal);
        Assert.Contains("  無効 saved-from-spreadsheet.json（エラー 1 件、警告 0 件）", text, StringComparison.Ordinal);
        Assert.Matches(@"ほか [0-9]+ 件（summary\.json を参照）", text);
    }

    [Fact]
    public void Messages_follow_the_language_asked_for()
    {
        var inbox = MakeInbox();
        var expected = new PackageValidator().ValidateFile(Path.Combine(inbox, "saved-from-spreadsheet.json")).Findings.Single();

        var run = Run(inbox, "--out", _dir.Sub("report"), "--lang", "en");

        var message = Results(Summary())["saved-from-spreadsheet.json"].GetProperty("findings")[0].GetProperty("message").GetString();
        Assert.Equal(expected.MessageEn, message);
        Assert.Contains("7 files: 4 valid, 3 invalid", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inbox_of_valid_files_exits_zero()
    {
        var inbox = MakeInbox();
        foreach (var broken in BrokenFiles.Keys)
        {
            File.Delete(Path.Combine(inbox, broken));
        }

        var run = Run(inbox, "--out", _dir.Sub("report"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, Summary().GetProperty("invalid").GetInt32());
        Assert.Equal(4, Summary().GetProperty("valid").GetInt32());
    }

    [Fact]
    public void Without_an_inbox_it_makes_the_example_one_in_a_temporary_folder()
    {
        var run = Run("--out", _dir.Sub("report"));
        var inbox = Summary().GetProperty("inbox").GetString()!;
        try
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Contains(inbox, run.Out, StringComparison.Ordinal);
            Assert.Equal(7, Directory.GetFiles(inbox).Length);
            Assert.Equal(3, Summary().GetProperty("invalid").GetInt32());
        }
        finally
        {
            Directory.Delete(inbox, recursive: true);
        }
    }

    [Fact]
    public void A_missing_inbox_is_a_usage_error()
    {
        var run = Run(_dir.Sub("no-such-folder"), "--out", _dir.Sub("report"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not a folder", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_dir.Sub("report")));
    }
}
