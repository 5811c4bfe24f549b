using BenchmarkDotNet.Attributes;
using SupportPlan.Model.Json;
using SupportPlan.Model.Plans;
using SupportPlan.Rules.Decisions;

namespace SupportPlan.Benchmarks;

/// <summary>
/// Disclosure: decision plus serialization of the disclosed plan, against serialization of the full plan alone (the
/// baseline). Target: at most 1.5× the baseline. On the three plans of <see cref="Workloads"/>, with two requests: to
/// the family (everything goes: the worst case for serialization) and the handover the plan's consent to a public
/// school covers (most sheets go, some items are withheld: the typical case).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class DisclosureBenchmarks
{
    private readonly DisclosureEngine _engine = new();
    private StudentSupportPlan _plan = null!;
    private DisclosureRequest _request = null!;
    private byte[] _bytes = null!;

    /// <summary>Which plan: see <see cref="Workloads.Names"/>.</summary>
    [ParamsSource(nameof(AllWorkloads))]
    public string Workload { get; set; } = Workloads.Small;

    /// <summary>The workloads.</summary>
    public static IEnumerable<string> AllWorkloads => Workloads.Names;

    /// <summary>Which request: <c>family</c> or <c>high-school</c> (the consented handover to a public school).</summary>
    [Params("family", "high-school")]
    public string Request { get; set; } = "family";

    /// <summary>Builds the plan and the request, and checks that the request discloses something.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _plan = Workloads.Plan(Workload);
        _bytes = PlanJson.Serialize(_plan);
        _request = Request == "family" ? Workloads.FamilyRequest(_plan) : Workloads.ConsentedHandoverRequest(_plan);
        var result = _engine.Decide(_request);
        Workloads.Require(!result.IsBlocked && !result.NothingDisclosed, $"{Workload}/{Request}: the disclosure is blocked or empty");
        Console.WriteLine($"// {Workload}/{Request}: full plan {_bytes.Length} bytes, disclosed plan {PlanJson.Serialize(result.DisclosedPlan).Length} bytes");
    }

    /// <summary>The baseline: serializing the full plan.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark(Baseline = true)]
    public byte[] SerializeFullPlan() => PlanJson.Serialize(_plan);

    /// <summary>The decision alone (the report and the redacted plan, no output).</summary>
    /// <returns>The decision.</returns>
    [Benchmark]
    public DisclosureResult Decide() => _engine.Decide(_request);

    /// <summary>Deciding the disclosure and serializing the disclosed plan. Target: ≤ 1.5× the baseline.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark]
    public byte[] DecideAndSerializeDisclosedPlan() => PlanJson.Serialize(_engine.Decide(_request).DisclosedPlan);

    /// <summary>A raw reader scan of the full plan's bytes: the practical floor of any reader.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark]
    public int RawScanOfFullPlan() => Baselines.RawScan(_bytes);
}
