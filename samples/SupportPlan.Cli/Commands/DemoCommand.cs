using System.Globalization;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Validation;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Json;
using SupportPlan.Model.Plans;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Json;

namespace SupportPlan.Cli.Commands;

/// <summary>
/// <c>supportplan demo [--out DIR]</c>, the main job: builds every scenario's plan, writes it and reads it back, hands it
/// to a public, a national and a private school, a private facility and the municipality (see
/// <see cref="DemoHandovers"/>), writes each handover package and family preview, validates every package written and
/// prints one row per scenario and recipient. Exit 0 when every plan reads back equal and passes the model checks and
/// every package written is valid; rows where nothing may be disclosed say so and are not failures.
/// </summary>
internal static class DemoCommand
{
    public static int Run(CommandLine args, TextWriter stdout, TextWriter stderr)
    {
        var outDir = args.Value("out") ?? "out";
        args.RejectUnknown();
        var engine = new DisclosureEngine();
        var validator = new PackageValidator();
        var failures = 0;

        stdout.WriteLine($"SupportPlan demo — writing to {Path.GetFullPath(outDir)}");
        stdout.WriteLine();
        var plans = new List<(string Name, StudentSupportPlan Plan)>();
        foreach (var scenario in Scenarios.Scenarios.All)
        {
            var plan = scenario.Build();
            if (!RoundTrips(scenario.Name, plan, outDir, stdout))
            {
                failures++;
            }

            plans.Add((scenario.Name, plan));
        }

        if (failures == 0)
        {
            stdout.WriteLine($"plans/: {plans.Count} plans written, read back equal, no model-check errors.");
        }

        stdout.WriteLine("""

            Each plan goes to five recipients on the day of the family's latest consent for them, else of the plan's latest
            consent decision. Where the family decided nothing for that purpose, the sender claims the law's exception
            (recorded reason and effort); where it decided, only consent discloses. Counts are items, structure aside.
            Packages: packages/<scenario>/<to>.json; family previews, for every row: previews/<scenario>/<to>.json.

            """);
        stdout.WriteLine($"{"scenario",-17} {"to",-16} {"date",-10} {"consent",7} {"exception",-18} {"withheld",8}  package");
        int written = 0, nothing = 0;
        foreach (var (name, plan) in plans)
        {
            foreach (var kind in DemoHandovers.Kinds)
            {
                var to = CodeNames.Of(kind);
                var request = DemoHandovers.RequestFor(plan, kind);
                var result = engine.Decide(request);
                FileOutput.Write(Path.Combine(outDir, "previews", name, to + ".json"), RulesJson.Serialize(result.Preview, indented: true));

                string verdict;
                ValidationResult? validation = null;
                if (result.IsBlocked || result.NothingDisclosed)
                {
                    nothing++;
                    verdict = WhyNothing(result);
                }
                else
                {
                    var createdAt = new DateTimeOffset(request.Date.ToDateTime(new TimeOnly(16, 0)), TimeSpan.FromHours(9));
                    var package = HandoverPackages.Create(request, result, createdAt);
                    var path = Path.Combine(outDir, "packages", name, to + ".json");
                    FileOutput.Write(path, PackageJson.Serialize(package, indented: true));
                    written++;
                    validation = validator.ValidateFile(path);
                    verdict = validation.IsValid ? "written, valid" : "written, INVALID";
                    if (!validation.IsValid)
                    {
                        failures++;
                    }
                }

                var report = result.Report;
                var underException = report.Count(ItemOutcome.DisclosedUnderException);
                var exception = underException == 0 ? "-" : $"{underException} {Articles(report)}";
                stdout.WriteLine($"{name,-17} {to,-16} {request.Date:yyyy-MM-dd} {report.Count(ItemOutcome.DisclosedOnConsent),7} {exception,-18} {WithheldContent(report),8}  {verdict}");
                foreach (var finding in validation?.Findings ?? [])
                {
                    stdout.WriteLine($"    {finding}");
                }
            }
        }

        stdout.WriteLine();
        stdout.WriteLine(failures == 0
            ? $"All {written} packages written are valid; {nothing} handovers disclose nothing. Check them again with: supportplan validate {Path.Combine(outDir, "packages")}"
            : $"{failures} failure(s): see above.");
        return failures == 0 ? CliApp.Ok : CliApp.Invalid;
    }

    /// <summary>The content items withheld: those the family preview lists as not sent (structure left behind with them is not counted).</summary>
    internal static int WithheldContent(DisclosureReport report) =>
        report.Entries.Count(e => e.Outcome == ItemOutcome.Withheld && e.Reason != WithholdReason.NothingElseDisclosed);

    /// <summary>The articles items went under, short (<c>APPI 69(2)(iii)</c>).</summary>
    private static string Articles(DisclosureReport report) => string.Join("+", report.Entries
        .Where(e => e.Outcome == ItemOutcome.DisclosedUnderException && e.CitationEn is not null)
        .Select(e => e.CitationEn!.Replace("Art ", "", StringComparison.Ordinal))
        .Distinct(StringComparer.Ordinal));

    /// <summary>Why no package: the procedure missing, or the commonest reason items were withheld.</summary>
    private static string WhyNothing(DisclosureResult result)
    {
        if (result.IsBlocked)
        {
            return "blocked: a procedure is missing";
        }

        var reason = result.Report.Entries
            .Where(e => e.Outcome == ItemOutcome.Withheld && e.Reason is not (null or WithholdReason.NothingElseDisclosed))
            .GroupBy(e => e.Reason!.Value)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
        return "nothing disclosed: " + CodeNames.Of(reason);
    }

    /// <summary>Writes the plan to plans/, reads it back and checks it; reports a difference or model-check errors.</summary>
    private static bool RoundTrips(string name, StudentSupportPlan plan, string outDir, TextWriter stdout)
    {
        var path = Path.Combine(outDir, "plans", name + ".json");
        FileOutput.Write(path, PlanJson.Serialize(plan, indented: true));
        var read = PlanJson.Read(File.ReadAllBytes(path));
        var findings = read.Plan is null ? read.Findings : PlanChecker.Default.Check(read.Plan);
        var equal = read.Plan is not null && read.Plan == plan;
        var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
        if (equal && errors == 0)
        {
            return true;
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"plans/{name}.json: {(equal ? "read back equal" : "DIFFERS when read back")}, {errors} model-check error(s)"));
        foreach (var finding in findings)
        {
            stdout.WriteLine($"    {finding}");
        }

        return false;
    }
}
