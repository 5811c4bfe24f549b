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
        if (args is ["--profile", ..])
        {
            return ProfileLoop.Run(args[1..]);
        }

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

/// <summary>
/// <c>--profile CLASS.METHOD [PARAM] [SECONDS]</c>: sets up one benchmark class (with its <c>[Params]</c> property set to
/// PARAM when given) and calls one benchmark method in a loop for SECONDS (default 20), printing the calls per second,
/// and the allocation and garbage collections per call, so that a profiler can be attached to a steady workload, e.g.
/// <c>perf record -g -- dotnet bin/Release/net10.0/SupportPlan.Benchmarks.dll --profile
/// ValidationBenchmarks.FullValidation lifelong-family</c> (the environment it needs: docs/performance.md).
/// </summary>
internal static class ProfileLoop
{
    /// <summary>Runs the loop.</summary>
    /// <param name="args">CLASS.METHOD, then optionally the parameter value and the seconds.</param>
    /// <returns>0, or 2 when the benchmark is not found.</returns>
    public static int Run(string[] args)
    {
        var parts = args.Length > 0 ? args[0].Split('.') : [];
        var type = parts.Length == 2 ? typeof(ProfileLoop).Assembly.GetType("SupportPlan.Benchmarks." + parts[0]) : null;
        var method = type?.GetMethod(parts[1]);
        if (type is null || method is null)
        {
            Console.Error.WriteLine("usage: --profile CLASS.METHOD [PARAM] [SECONDS]");
            return 2;
        }

        var instance = Activator.CreateInstance(type)!;
        if (args.Length > 1 && type.GetProperties().FirstOrDefault(p => p.GetCustomAttributes(typeof(BenchmarkDotNet.Attributes.ParamsAttribute), false).Length + p.GetCustomAttributes(typeof(BenchmarkDotNet.Attributes.ParamsSourceAttribute), false).Length > 0) is { } param)
        {
            param.SetValue(instance, Convert.ChangeType(args[1], param.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var setup in type.GetMethods().Where(m => m.GetCustomAttributes(typeof(BenchmarkDotNet.Attributes.GlobalSetupAttribute), false).Length > 0))
        {
            _ = setup.Invoke(instance, null);
        }

        var seconds = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20;
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var pause = GC.GetTotalPauseDuration();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long calls = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            _ = method.Invoke(instance, null);
            calls++;
        }

        var elapsed = clock.Elapsed;
        Console.WriteLine($"{args[0]}: {calls} calls in {elapsed.TotalSeconds:F1} s, {elapsed.TotalMilliseconds * 1000 / calls:F1} µs a call, "
            + $"{(GC.GetTotalAllocatedBytes(precise: true) - allocated) / calls:N0} B allocated a call, "
            + $"GCs gen0/1/2: {GC.CollectionCount(0) - collections[0]}/{GC.CollectionCount(1) - collections[1]}/{GC.CollectionCount(2) - collections[2]}, "
            + $"GC pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds / elapsed.TotalMilliseconds:P1} of the time");
        return 0;
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
