using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using SupportPlan.Interop.Validation;
using SupportPlan.Rules.Decisions;

namespace SupportPlan.Benchmarks;

/// <summary>
/// Batch validation (<see cref="BatchValidation.ValidateMany"/>) of a folder of handover files, as a municipality
/// validates a year's submissions: every scenario handed over to the family, in turn, each file with its own package id.
/// Targets: on 2 cores within 80% of linear over 1 core (time at 1 core ÷ time at 2 ≥ 1.6), and memory flat in the
/// number of files: the allocation per file the same for 100 and 1,000 files, and the process's peak working set and the
/// report's retained size (printed at the end of each case) not growing with the files beyond the report's few bytes per file.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
[MinColumn]
[MedianColumn]
public class BatchValidationBenchmarks
{
    private string _directory = null!;
    private PackageValidator _validator = null!;
    private long _totalBytes;
    private BatchReport? _last;

    /// <summary>How many files the folder holds.</summary>
    [ParamsSource(nameof(FileCounts))]
    public int Files { get; set; } = 100;

    /// <summary>The file counts: 100 and 1,000 (a few in the CI short mode).</summary>
    public static IEnumerable<int> FileCounts => BenchmarkMode.Ci ? [20] : [100, 1_000];

    /// <summary>How many files are validated at once (<see cref="ValidationOptions.MaxParallelism"/>).</summary>
    [Params(1, 2)]
    public int Cores { get; set; } = 1;

    /// <summary>Writes the files to a new temporary folder, one at a time, and checks that the batch passes them all.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "supportplan-bench-batch-" + Guid.NewGuid().ToString("N"));
        _ = Directory.CreateDirectory(_directory);
        var engine = new DisclosureEngine();
        var decided = Scenarios.Scenarios.All
            .Select(s => Workloads.FamilyRequest(s.Build()))
            .Select(r => (Request: r, Result: engine.Decide(r)))
            .ToArray();
        for (var i = 0; i < Files; i++)
        {
            var (request, result) = decided[i % decided.Length];
            var bytes = Workloads.File(Workloads.Package(request, result, i + 1));
            File.WriteAllBytes(Path.Combine(_directory, $"{i + 1:D5}.json"), bytes);
            _totalBytes += bytes.Length;
        }

        _validator = new PackageValidator(new ValidationOptions { MaxParallelism = Cores });
        var report = ValidateFolder();
        Workloads.Require(report.Files.Count == Files && report.AllValid && report.Files.All(f => f.Findings.Count == 0),
            $"{Files} files: the batch does not pass every file with no finding");

        // Let the JIT finish tiering up before measuring, the same for every batch size: at least 1,000 validations and
        // 5 seconds. On two cores the workers leave the JIT's background thread no core of its own, so the large
        // generated reader methods reach tier 1 later; with 1,000 validations alone the first measured iterations were
        // still half again as slow as the rest.
        var warming = Stopwatch.StartNew();
        for (var validated = Files; !BenchmarkMode.Ci && (validated < 1_000 || warming.Elapsed < TimeSpan.FromSeconds(5)); validated += Files)
        {
            _ = ValidateFolder();
        }
        Console.WriteLine($"// {Files} files, {_totalBytes} bytes ({_totalBytes / Files} per file), at most {Cores} at once");
    }

    /// <summary>Validates the folder.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public BatchReport ValidateFolder() => _last = _validator.ValidateMany([_directory]);

    /// <summary>Prints the memory figures the diagnoser does not show, then removes the folder.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        var withReport = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(_last);
        _last = null;
        var withoutReport = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"// {Files} files at {Cores}: peak working set {process.PeakWorkingSet64 / 1024 / 1024} MiB, "
            + $"report retained {withReport - withoutReport} bytes ({(withReport - withoutReport) / Files} per file), heap after {withoutReport / 1024 / 1024} MiB");
        Directory.Delete(_directory, recursive: true);
    }
}
