using SupportPlan.Model.Checks;
using SupportPlan.Model.Json;

namespace SupportPlan.Cli.Commands;

/// <summary>
/// <c>supportplan demo [--out DIR]</c>: writes every scenario's plan to DIR, reads each back, runs the model checks
/// and prints a summary.
/// </summary>
internal static class DemoCommand
{
    public static int Run(CommandLine args, TextWriter stdout, TextWriter stderr)
    {
        var outDir = args.Value("out") ?? "out";
        args.RejectUnknown();
        var plansDir = Path.Combine(outDir, "plans");
        Directory.CreateDirectory(plansDir);

        stdout.WriteLine($"SupportPlan demo — writing to {Path.GetFullPath(outDir)}");
        stdout.WriteLine();
        stdout.WriteLine($"{"scenario",-18} {"needs",-34} {"bytes",9} {"read back",-9} {"errors",6} {"warnings",8}");
        var failures = 0;
        foreach (var scenario in Scenarios.Scenarios.All)
        {
            var plan = scenario.Build();
            var bytes = PlanJson.Serialize(plan, indented: true);
            var path = Path.Combine(plansDir, scenario.Name + ".json");
            FileOutput.Write(path, bytes);

            var read = PlanJson.Read(File.ReadAllBytes(path));
            var equal = read.Plan is not null && read.Plan == plan;
            var findings = read.Plan is null ? read.Findings : PlanChecker.Default.Check(read.Plan);
            var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
            var warnings = findings.Count - errors;
            if (!equal || errors > 0)
            {
                failures++;
            }

            var needs = string.Join(",", plan.Needs.Kinds());
            stdout.WriteLine($"{scenario.Name,-18} {needs,-34} {bytes.Length,9:N0} {(equal ? "equal" : "DIFFERS"),-9} {errors,6} {warnings,8}");
            foreach (var finding in findings)
            {
                stdout.WriteLine($"    {finding}");
            }
        }

        stdout.WriteLine();
        stdout.WriteLine(failures == 0
            ? $"All {Scenarios.Scenarios.All.Count} plans written, read back equal and passed the model checks."
            : $"{failures} plan(s) failed.");
        return failures == 0 ? CliApp.Ok : CliApp.Invalid;
    }
}
