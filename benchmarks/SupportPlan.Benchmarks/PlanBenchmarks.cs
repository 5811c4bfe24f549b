using BenchmarkDotNet.Attributes;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Json;
using SupportPlan.Model.Plans;

namespace SupportPlan.Benchmarks;

/// <summary>
/// The plan itself, as compact JSON (<see cref="PlanJson"/>): serialize, deserialize, the model checks, and the
/// deserialization and checks together, against a raw <see cref="System.Text.Json.Utf8JsonReader"/> scan of the same
/// bytes (the baseline) and <see cref="System.Text.Json.JsonDocument"/>. Target: deserialize plus model checks at most 5×
/// the baseline. Three plans: small (<c>nemuro</c>), the largest scenario (<c>lifelong</c>) and a synthetic ~200 KB plan.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class PlanBenchmarks
{
    private StudentSupportPlan _plan = null!;
    private byte[] _bytes = null!;

    /// <summary>Which plan: see <see cref="Workloads.Names"/>.</summary>
    [ParamsSource(nameof(AllWorkloads))]
    public string Workload { get; set; } = Workloads.Small;

    /// <summary>The workloads.</summary>
    public static IEnumerable<string> AllWorkloads => Workloads.Names;

    /// <summary>Builds the plan and its compact JSON, and checks that both paths measured here succeed on it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _plan = Workloads.Plan(Workload);
        _bytes = PlanJson.Serialize(_plan);
        Workloads.Require(DeserializeAndCheck() == 0, $"{Workload}: the plan does not read back clean");
        Workloads.Require(Deserialize() == _plan, $"{Workload}: the plan does not round-trip");
        Console.WriteLine($"// {Workload}: {_bytes.Length} bytes of compact plan JSON");
    }

    /// <summary>The baseline: a raw reader scan of the compact JSON.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark(Baseline = true)]
    public int RawScan() => Baselines.RawScan(_bytes);

    /// <summary>Parsing the same bytes into a <see cref="System.Text.Json.JsonDocument"/>.</summary>
    /// <returns>The number of root members.</returns>
    [Benchmark]
    public int ParseDocument() => Baselines.ParseDocument(_bytes);

    /// <summary>Serializing the plan (compact, source-generated).</summary>
    /// <returns>The bytes.</returns>
    [Benchmark]
    public byte[] Serialize() => PlanJson.Serialize(_plan);

    /// <summary>Deserializing the plan (strict: unknown or duplicate members and bad codes are findings).</summary>
    /// <returns>The plan.</returns>
    [Benchmark]
    public StudentSupportPlan? Deserialize() => PlanJson.Read(_bytes).Plan;

    /// <summary>The model checks on the plan already read.</summary>
    /// <returns>The number of findings.</returns>
    [Benchmark]
    public int ModelChecks() => PlanChecker.Default.Check(_plan).Count;

    /// <summary>Deserialization and model checks together: what reading a plan from storage costs. Target: ≤ 5× the baseline.</summary>
    /// <returns>The number of findings (read findings or model findings).</returns>
    [Benchmark]
    public int DeserializeAndCheck()
    {
        var read = PlanJson.Read(_bytes);
        return read.Plan is { } plan ? PlanChecker.Default.Check(plan).Count : read.Findings.Count;
    }
}
