using System.Text;
using BenchmarkDotNet.Attributes;
using NJsonSchema;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Validation;
using SupportPlan.Rules.Decisions;

namespace SupportPlan.Benchmarks;

/// <summary>
/// The handover file: writing it (the package with its digest, then indented JSON as the command line writes it),
/// reading it, and validating it in full, against a raw <see cref="System.Text.Json.Utf8JsonReader"/> scan of the same
/// file (the baseline), <see cref="System.Text.Json.JsonDocument"/> and NJsonSchema with the published schema. The
/// file is each plan of <see cref="Workloads"/> handed over to the family, so that it holds the whole plan.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class HandoverFileBenchmarks
{
    private readonly PackageValidator _validator = new();
    private DisclosureRequest _request = null!;
    private DisclosureResult _result = null!;
    private HandoverPackage _package = null!;
    private byte[] _bytes = null!;
    private string _text = null!;
    private JsonSchema _njsonSchema = null!;

    /// <summary>Which plan: see <see cref="Workloads.Names"/>.</summary>
    [ParamsSource(nameof(AllWorkloads))]
    public string Workload { get; set; } = Workloads.Small;

    /// <summary>The workloads.</summary>
    public static IEnumerable<string> AllWorkloads => Workloads.Names;

    /// <summary>Decides the family handover, writes the file, and checks it with the validator and NJsonSchema.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var plan = Workloads.Plan(Workload);
        _request = Workloads.FamilyRequest(plan);
        _result = new DisclosureEngine().Decide(_request);
        _bytes = WritePackage();
        _text = Encoding.UTF8.GetString(_bytes);
        _package = Workloads.RequireValid(_validator, _bytes, Workload);
        _njsonSchema = Baselines.LoadNJsonSchemaHandover();
        Workloads.Require(NJsonSchemaValidation() == 0, $"{Workload}: NJsonSchema reports errors");
        Workloads.Require(ReadPackage() == _package, $"{Workload}: the package does not read back");
        Workloads.Require(Seal().Digest == _package.Digest, $"{Workload}: sealing again changes the digest");
        Console.WriteLine($"// {Workload}: {_bytes.Length} bytes of indented handover file");
    }

    /// <summary>The baseline: a raw reader scan of the file.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark(Baseline = true)]
    public int RawScan() => Baselines.RawScan(_bytes);

    /// <summary>Parsing the file into a <see cref="System.Text.Json.JsonDocument"/>.</summary>
    /// <returns>The number of root members.</returns>
    [Benchmark]
    public int ParseDocument() => Baselines.ParseDocument(_bytes);

    /// <summary>NJsonSchema 10.7.2 validating the file's text against the published handover schema (parse included).</summary>
    /// <returns>The number of errors.</returns>
    [Benchmark]
    public int NJsonSchemaValidation() => _njsonSchema.Validate(_text).Count;

    /// <summary>
    /// Writing the file from a decision: <see cref="HandoverPackages.Create"/> (the package's own checks and the digest,
    /// RFC 8785 + SHA-256) and the indented JSON.
    /// </summary>
    /// <returns>The bytes.</returns>
    [Benchmark]
    public byte[] WritePackage() => Workloads.File(Workloads.Package(_request, _result));

    /// <summary>The digest alone: <see cref="HandoverPackages.Seal"/> on the package already built.</summary>
    /// <returns>The sealed package.</returns>
    [Benchmark]
    public HandoverPackage Seal() => HandoverPackages.Seal(_package);

    /// <summary>The strict read of the file into the package (no validation beyond what deserialization does).</summary>
    /// <returns>The package.</returns>
    [Benchmark]
    public HandoverPackage? ReadPackage() => PackageJson.Read(_bytes).Package;

    /// <summary>Full validation: every layer, as a municipality runs it on an incoming file (one validator for the run).</summary>
    /// <returns>The number of findings.</returns>
    [Benchmark]
    public int FullValidation() => _validator.Validate(_bytes).Findings.Count;
}
