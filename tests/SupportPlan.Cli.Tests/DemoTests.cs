using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Validation;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Json;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Json;
using SupportPlan.Rules.Preview;

namespace SupportPlan.Cli.Tests;

/// <summary>One run of <c>supportplan demo</c> into a temporary folder, shared by the tests that read what it wrote.</summary>
public sealed partial class DemoRun : IDisposable
{
    private readonly TempFolder _folder = new();

    public DemoRun()
    {
        var run = CliRun.Of("demo", "--out", _folder.Path);
        ExitCode = run.ExitCode;
        Out = run.Out;
        Rows = [.. run.Out.Split('\n').Select(l => RowPattern().Match(l.TrimEnd('\r'))).Where(m => m.Success).Select(m => new DemoRow(m))];
    }

    internal int ExitCode { get; }

    internal string Out { get; }

    internal IReadOnlyList<DemoRow> Rows { get; }

    internal string PathOf(params string[] parts) => Path.Combine([_folder.Path, .. parts]);

    public void Dispose() => _folder.Dispose();

    // scenario  to  date  consent  exception ("-" or "N APPI 69(2)(iii)")  withheld  package
    [GeneratedRegex(@"^(?<scenario>[a-z-]+) +(?<to>[a-z-]+) +(?<date>\d{4}-\d\d-\d\d) +(?<consent>\d+) +(?:-|(?<exception>\d+) (?<article>APPI \S+)) +(?<withheld>\d+)  (?<package>.+)$")]
    private static partial Regex RowPattern();
}

/// <summary>A row of the demo's table.</summary>
internal sealed record DemoRow(string Scenario, string To, DateOnly Date, int Consent, int Exception, string? Article, int Withheld, string Package)
{
    public DemoRow(Match m)
        : this(
            m.Groups["scenario"].Value,
            m.Groups["to"].Value,
            DateOnly.ParseExact(m.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            int.Parse(m.Groups["consent"].Value, CultureInfo.InvariantCulture),
            m.Groups["exception"].Success ? int.Parse(m.Groups["exception"].Value, CultureInfo.InvariantCulture) : 0,
            m.Groups["article"].Success ? m.Groups["article"].Value : null,
            int.Parse(m.Groups["withheld"].Value, CultureInfo.InvariantCulture),
            m.Groups["package"].Value)
    {
    }

    public bool Written => Package.StartsWith("written", StringComparison.Ordinal);

    public override string ToString() => $"{Scenario} → {To}";
}

public sealed class DemoTests(DemoRun demo) : IClassFixture<DemoRun>
{
    private static readonly string[] Recipients = ["public-school", "national-school", "private-school", "private-facility", "board"];

    private HandoverPackage PackageOf(DemoRow row) =>
        PackageJson.Read(File.ReadAllBytes(demo.PathOf("packages", row.Scenario, row.To + ".json"))).Package!;

    private FamilyPreview PreviewOf(DemoRow row) =>
        JsonSerializer.Deserialize(File.ReadAllBytes(demo.PathOf("previews", row.Scenario, row.To + ".json")), RulesJson.TypeInfo<FamilyPreview>())!;

    private static int WithheldContent(DisclosureReport report) =>
        report.Entries.Count(e => e.Outcome == ItemOutcome.Withheld && e.Reason != WithholdReason.NothingElseDisclosed);

    [Fact]
    public void Demo_exits_0_and_prints_one_row_per_scenario_and_recipient()
    {
        Assert.Equal(0, demo.ExitCode);
        var expected = Scenarios.Scenarios.All.SelectMany(s => Recipients.Select(r => (s.Name, r)));
        Assert.Equal(expected, demo.Rows.Select(r => (r.Scenario, r.To)));
    }

    [Fact]
    public void Every_package_written_exists_and_validates()
    {
        var validator = new PackageValidator();
        var written = demo.Rows.Where(r => r.Written).ToList();
        Assert.NotEmpty(written);
        foreach (var row in written)
        {
            Assert.Equal("written, valid", row.Package);
            var result = validator.ValidateFile(demo.PathOf("packages", row.Scenario, row.To + ".json"));
            Assert.True(result.IsValid, $"{row}: {string.Join("; ", result.Findings)}");
        }

        Assert.Equal(written.Count, Directory.GetFiles(demo.PathOf("packages"), "*.json", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void The_counts_of_a_row_with_a_package_agree_with_its_report()
    {
        foreach (var row in demo.Rows.Where(r => r.Written))
        {
            var package = PackageOf(row);
            var report = package.Report;
            Assert.True(row.Consent == report.Count(ItemOutcome.DisclosedOnConsent), $"{row}: consent");
            Assert.True(row.Exception == report.Count(ItemOutcome.DisclosedUnderException), $"{row}: exception");
            Assert.True(row.Withheld == WithheldContent(report), $"{row}: withheld");
            Assert.Equal(row.Date, package.DecidedOn);
            if (row.Exception > 0)
            {
                var citation = Assert.Single(report.Entries.Where(e => e.Outcome == ItemOutcome.DisclosedUnderException).Select(e => e.CitationEn).Distinct());
                Assert.Equal(citation, row.Article!.Replace("APPI ", "APPI Art ", StringComparison.Ordinal));
                Assert.NotNull(package.Exception);
            }
        }
    }

    [Fact]
    public void A_row_without_a_package_says_why_and_writes_none()
    {
        var none = demo.Rows.Where(r => !r.Written).ToList();
        Assert.NotEmpty(none);
        foreach (var row in none)
        {
            Assert.StartsWith("nothing disclosed: ", row.Package, StringComparison.Ordinal);
            Assert.Equal(0, row.Consent + row.Exception);
            Assert.False(File.Exists(demo.PathOf("packages", row.Scenario, row.To + ".json")), row.ToString());
        }
    }

    [Fact]
    public void Every_row_writes_a_family_preview_that_lists_the_withheld_items()
    {
        foreach (var row in demo.Rows)
        {
            var preview = PreviewOf(row);
            Assert.True(row.Withheld == preview.NotSent.Count, $"{row}: withheld {row.Withheld}, preview {preview.NotSent.Count}");
            Assert.True(row.Written == !preview.Sent.IsEmpty, row.ToString());
            Assert.Equal(row.Consent + row.Exception, preview.Sent.Count);
        }
    }

    [Fact]
    public void The_family_decisions_of_the_scenarios_stand()
    {
        // nakashibetsu-2026: the father refused handover to the private junior high (domain §8.3).
        var refused = demo.Rows.Single(r => r is { Scenario: "nakashibetsu", To: "private-school" });
        Assert.Equal("nothing disclosed: refused", refused.Package);
        // betsukai-2026-001: the handover decision is deferred until the spring meeting.
        Assert.Equal("nothing disclosed: deferred", demo.Rows.Single(r => r is { Scenario: "betsukai", To: "public-school" }).Package);
        // nemuro-2026-001: any public school may receive the sheets.
        var nemuro = demo.Rows.Single(r => r is { Scenario: "nemuro", To: "public-school" });
        Assert.True(nemuro.Written && nemuro.Consent > 0 && nemuro.Exception == 0, nemuro.ToString());
        // Private facilities are consent-only, and no scenario has a consent for one.
        Assert.All(demo.Rows.Where(r => r.To == "private-facility"), r => Assert.Equal("nothing disclosed: no-consent", r.Package));
    }

    [Fact]
    public void An_exception_is_claimed_only_where_the_family_decided_nothing_for_the_purpose()
    {
        var underException = demo.Rows.Where(r => r.Exception > 0).ToList();
        Assert.NotEmpty(underException);
        foreach (var row in underException)
        {
            var package = PackageOf(row);
            var plan = Scenarios.Scenarios.Find(row.Scenario)!.Build();
            Assert.DoesNotContain(plan.Consents, c => c.Purpose == package.Purpose);
        }
    }

    [Fact]
    public void Every_plan_is_written_reads_back_equal_and_passes_the_model_checks()
    {
        Assert.Contains("plans/: 7 plans written, read back equal, no model-check errors.", demo.Out, StringComparison.Ordinal);
        foreach (var scenario in Scenarios.Scenarios.All)
        {
            var plan = PlanJson.Read(File.ReadAllBytes(demo.PathOf("plans", scenario.Name + ".json"))).Plan;
            Assert.Equal(scenario.Build(), plan);
            Assert.Empty(PlanChecker.Default.Check(plan!));
        }
    }
}
