using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Json;
using SupportPlan.Model.Plans;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Recipients;

namespace SupportPlan.Benchmarks;

/// <summary>
/// Disclosure on the largest scenario: decision plus serialization of the disclosed plan, against serialization of
/// the full plan alone (the baseline). Target: at most 1.5× the baseline. Two requests: to the family (everything
/// goes: the worst case for serialization) and the consented handover to the high school (most sheets go, some
/// items are withheld: the typical case).
/// </summary>
[MemoryDiagnoser]
public class DisclosureBenchmarks
{
    private readonly DisclosureEngine _engine = new();
    private StudentSupportPlan _plan = null!;
    private DisclosureRequest _request = null!;
    private byte[] _bytes = null!;

    /// <summary>Which request: <c>family</c> or <c>high-school</c>.</summary>
    [Params("family", "high-school")]
    public string Request { get; set; } = "family";

    /// <summary>Builds the largest scenario and a handover request to a public high school.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _plan = Scenarios.Scenarios.Lifelong();
        _bytes = PlanJson.Serialize(_plan);
        var highSchool = _plan.Consents.First(c => c.Id == "lifelong-2023-001").Recipient;
        _request = new DisclosureRequest
        {
            Plan = _plan,
            Sender = Sender.FromSchoolCode(SchoolCode.Create(SchoolType.JuniorHigh, Prefecture.FromNumber(1).Value, Establishment.Public, "1234567")),
            Recipient = Request == "family"
                ? new Recipient { Kind = RecipientKind.Family }
                : new Recipient { Kind = RecipientKind.PublicSchool, Name = highSchool.Name, SchoolCode = highSchool.SchoolCode },
            Purpose = DisclosurePurpose.Handover,
            Date = new DateOnly(2025, 6, 1),
        };
    }

    /// <summary>The baseline: serializing the full plan.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark(Baseline = true)]
    public byte[] SerializeFullPlan() => PlanJson.Serialize(_plan);

    /// <summary>Deciding the disclosure and serializing the disclosed plan.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark]
    public byte[] DecideAndSerializeDisclosedPlan() => PlanJson.Serialize(_engine.Decide(_request).DisclosedPlan);

    /// <summary>A raw Utf8JsonReader scan of the full plan's bytes: the practical floor of any reader.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark]
    public int RawScanOfFullPlan()
    {
        var reader = new Utf8JsonReader(_bytes);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }
}
