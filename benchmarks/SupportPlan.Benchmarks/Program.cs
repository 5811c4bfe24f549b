using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SupportPlan.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/SupportPlan.Benchmarks -- --filter '*'</c>, or
/// with <c>--ci</c> the short mode CI runs: every benchmark once, in this process, with small batches, no timing.
/// </summary>
public static class Program
{
    /// <summary>Entry point; arguments go to BenchmarkDotNet's switcher (<c>--filter</c>, <c>--job short</c> …) after <c>--ci</c> is taken out.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0, or in the short mode 1 when a benchmark failed (its setup threw, it threw, or it did not run).</returns>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        BenchmarkMode.Ci = args.Contains("--ci");
        if (!BenchmarkMode.Ci)
        {
            _ = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }

        var rest = args.Where(a => a != "--ci").ToList();
        if (!rest.Contains("--filter"))
        {
            rest.AddRange(["--filter", "*"]);
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. rest], BenchmarkMode.CiConfig()).ToList();
        var failures = BenchmarkMode.Failures(summaries);
        foreach (var failure in failures)
        {
            Console.Error.WriteLine("benchmark failed: " + failure);
        }

        Console.WriteLine($"benchmarks (short mode): {summaries.Sum(s => s.BenchmarksCases.Length)} benchmarks, {failures.Count} failed");
        return summaries.Count > 0 && failures.Count == 0 ? 0 : 1;
    }
}

/// <summary>The short mode CI runs (<c>--ci</c>): it proves that every benchmark builds, sets up and runs; it measures nothing.</summary>
internal static class BenchmarkMode
{
    /// <summary>Whether the short mode is on (set once, before any benchmark runs; read by the batch sizes).</summary>
    public static bool Ci { get; set; }

    /// <summary>
    /// Every job, including those the classes declare, cut to one cold invocation without warm-up, run in this process
    /// (no generated project to build). The optimization check is off, so CI can run it in Debug on top of the
    /// libraries its tests already built: nothing is timed.
    /// </summary>
    /// <returns>The configuration.</returns>
    public static IConfig CiConfig() => DefaultConfig.Instance
        .AddJob(new Job("ci")
            .WithStrategy(RunStrategy.ColdStart)
            .WithLaunchCount(1)
            .WithWarmupCount(0)
            .WithIterationCount(1)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .AsMutator())
        .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.DisableOptimizationsValidator);

    /// <summary>What went wrong in a run: critical validation errors, and benchmarks that did not produce a result.</summary>
    /// <param name="summaries">The run's summaries.</param>
    /// <returns>One line per problem; empty when everything ran.</returns>
    public static List<string> Failures(IEnumerable<Summary> summaries)
    {
        var failures = new List<string>();
        foreach (var summary in summaries)
        {
            failures.AddRange(summary.ValidationErrors.Where(e => e.IsCritical).Select(e => e.Message));
            foreach (var benchmark in summary.BenchmarksCases)
            {
                var report = summary.Reports.FirstOrDefault(r => r.BenchmarkCase == benchmark);
                if (report is null || !report.Success || report.ResultStatistics is null)
                {
                    failures.Add(benchmark.DisplayInfo);
                }
            }
        }

        return failures;
    }
}
