using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NJsonSchema;
using SupportPlan.Interop.Integrity;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Schemas;
using SupportPlan.Interop.Syntax;
using SupportPlan.Interop.Validation;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Plans;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Recipients;

namespace SupportPlan.Benchmarks;

/// <summary>
/// The handover-file validator on a valid indented package, against a raw <see cref="Utf8JsonReader"/> scan of the
/// same bytes (the baseline). Targets: full validation at most 3× the baseline, and at least 10× faster than
/// NJsonSchema validating the same text against the same published schema. The validator's layers are measured
/// separately (each as the validator runs it, on state prepared once) to show where the time goes. Two packages: the
/// largest scenario handed over to the family (everything is disclosed: the worst case) and the Nemuro plan handed
/// to the public high school on its consent (typical size).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
[MinColumn]
[MedianColumn]
public class ValidationBenchmarks
{
    private static readonly DateTimeOffset CreatedAt = new(2026, 7, 2, 9, 0, 0, TimeSpan.FromHours(9));

    private readonly PackageValidator _validator = new();
    private readonly PackageValidator _layered = new(new ValidationOptions { LayeredOnly = true });
    private readonly DisclosureEngine _engine = new();
    private readonly SyntaxLimits _limits = new(ValidationOptions.DefaultMaxBytes, ValidationOptions.DefaultMaxDepth);
    private byte[] _bytes = null!;
    private string _text = null!;
    private JsonElement _root;
    private HandoverPackage _package = null!;
    private JsonSchema _njsonSchema = null!;

    /// <summary>Which package: <c>lifelong-family</c> (large) or <c>nemuro-high-school</c> (typical).</summary>
    [Params("lifelong-family", "nemuro-high-school")]
    public string Package { get; set; } = "lifelong-family";

    /// <summary>Builds the package, checks that it is valid for both validators, and prepares each layer's input.</summary>
    /// <exception cref="InvalidOperationException">The package is not valid, or a layer does not pass it.</exception>
    [GlobalSetup]
    public void Setup()
    {
        var request = Package == "lifelong-family" ? Workloads.FamilyRequest(Scenarios.Scenarios.Lifelong()) : ConsentedRequest(Scenarios.Scenarios.Nemuro());
        var result = _engine.Decide(request);
        var package = HandoverPackages.Create(request, result, CreatedAt, new Guid("00000000-0000-4000-8000-000000000001"));
        _bytes = PackageJson.Serialize(package, indented: true);
        _text = Encoding.UTF8.GetString(_bytes);

        var validation = _validator.Validate(_bytes);
        if (!validation.IsValid || validation.Findings.Count != 0 || validation.Package is null)
        {
            throw new InvalidOperationException($"{Package}: the package is not valid with zero findings: "
                + string.Join("; ", validation.Findings.Select(f => $"{f.Code} {f.Pointer} {f.MessageEn}")));
        }

        _package = validation.Package;
        using (var document = JsonDocument.Parse(_bytes))
        {
            _root = document.RootElement.Clone();
        }

        _njsonSchema = Baselines.LoadNJsonSchemaHandover();

        Require(NJsonSchemaValidation() == 0, "NJsonSchema reports errors");
        Require(TokenizerScan() == RawReaderScan(), "the tokenizer and Utf8JsonReader count different tokens");
        Require(SyntaxLayerOnly(), "the syntax layer fails");
        Require(StructureLayer(), "the structure layer fails");
        Require(DigestLayer().Length == 64, "the digest fails");
        Require(ReadAndDigest() == DigestLayer(), "the two digests differ");
        Require(_validator.Validate(_bytes).FastPath, "the fast path is not taken");
        Require(LayeredValidation() == 0, "the layers report findings");
        Require(ReadWithCanonicalText() is not null && StrictReadOfTheFile() is not null, "the strict read fails");
        Require(ReadWithCanonicalText()!.Equals(StrictReadOfTheFile()), "the generated reader and the contract read different packages");
        Require(ModelChecks() == 0, "the model checks report findings");
        Require(DisclosureRedecision() == 0, "the disclosure layer reports findings");
        Console.WriteLine($"// {Package}: {_bytes.Length} bytes");
    }

    /// <summary>The baseline: a raw Utf8JsonReader scan of the file, the practical floor of any JSON reader.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark(Baseline = true)]
    public int RawReaderScan() => Baselines.RawScan(_bytes);

    /// <summary>The fast path's tokenizer alone over the same bytes: the part of the fast read that compares with the baseline.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark]
    public int TokenizerScan()
    {
        var tokenizer = new JsonTokenizer(_bytes, ValidationOptions.DefaultMaxDepth);
        var tokens = 0;
        while (tokenizer.Read())
        {
            tokens++;
        }

        return tokens;
    }

    /// <summary>Full validation: every layer, as a municipality runs it on an incoming file.</summary>
    /// <returns>The number of findings.</returns>
    [Benchmark]
    public int FullValidation() => _validator.Validate(_bytes).Findings.Count;

    /// <summary>The same validation with the fast path turned off: every layer in turn, as a file with findings goes.</summary>
    /// <returns>The number of findings.</returns>
    [Benchmark]
    public int LayeredValidation() => _layered.Validate(_bytes).Findings.Count;

    /// <summary>NJsonSchema 10.7.2 validating the same text against the same published schema (parse included).</summary>
    /// <returns>The number of errors.</returns>
    [Benchmark]
    public int NJsonSchemaValidation() => _njsonSchema.Validate(_text).Count;

    /// <summary>Layer 1, syntax: UTF-8, well-formedness, duplicate members, depth, the line map.</summary>
    /// <returns>Whether the file is well-formed.</returns>
    [Benchmark]
    public bool SyntaxLayerOnly() => SyntaxLayer.Check(new ReadOnlyMemory<byte>(_bytes), _limits, new FindingSink(ValidationOptions.DefaultMaxFindings)).WellFormed;

    /// <summary>The one JsonDocument parse the validator makes (used by format detection, the digest and the strict read).</summary>
    /// <returns>The number of root members.</returns>
    [Benchmark]
    public int ParseDocument() => Baselines.ParseDocument(_bytes);

    /// <summary>Layer 2, structure: the compiled handover schema walked with one reader pass.</summary>
    /// <returns>Whether the file satisfies the schema.</returns>
    [Benchmark]
    public bool StructureLayer() => StructureWalker.Check(_bytes, PublishedSchemas.Schemas.Handover, new FindingSink(ValidationOptions.DefaultMaxFindings), _ => (0, 0));

    /// <summary>Layer 4, integrity: SHA-256 of the RFC 8785 canonical form, over the parsed document.</summary>
    /// <returns>The digest.</returns>
    [Benchmark]
    public string DigestLayer() => CanonicalDigest.TrySha256(_root, "digest", out var digest, out _) ? digest : "";

    /// <summary>
    /// The fast path's one pass: the strict read into the model with the reader generated from the reading contracts
    /// (<c>PackageReader</c>), which writes the canonical text for the digest as it reads, then the SHA-256 of the
    /// canonical form emitted from that text.
    /// </summary>
    /// <returns>The digest.</returns>
    [Benchmark]
    public string ReadAndDigest() => PackageValidator.TryReadWithDigest(_bytes, ValidationOptions.DefaultMaxDepth, out var digest) is null ? "" : digest;

    /// <summary>The same pass without the digest: the generated reader and the canonical text it writes.</summary>
    /// <returns>The package.</returns>
    [Benchmark]
    public HandoverPackage? ReadWithCanonicalText()
    {
        using var text = new CanonicalText(_bytes.Length);
        return PackageReader.TryRead(_bytes, ValidationOptions.DefaultMaxDepth, text);
    }

    /// <summary>The strict read into the model from the file itself, as the layers do it (System.Text.Json source-generated, with the model's value types).</summary>
    /// <returns>The package.</returns>
    [Benchmark]
    public HandoverPackage? StrictReadOfTheFile() => PackageJson.ReadDetected(_bytes, SupportPlan.Interop.Versioning.DetectedFormat.Current, PackageFormat.CurrentVersion).Package;

    /// <summary>Layer 5, meaning: the model checks of the plan and the package's own checks.</summary>
    /// <returns>The number of findings.</returns>
    [Benchmark]
    public int ModelChecks() => PlanChecker.Default.Check(_package.Plan).Count + PackageChecks.Check(_package).Count();

    /// <summary>Layer 6, disclosure: the report checked against the plan, and the disclosure decided again.</summary>
    /// <returns>The number of findings.</returns>
    [Benchmark]
    public int DisclosureRedecision() => DisclosureChecks.Check(_package, _engine, migrated: false).Count();

    /// <summary>The request the Nemuro plan's first granted consent to a public (high) school names.</summary>
    private static DisclosureRequest ConsentedRequest(StudentSupportPlan plan) =>
        Workloads.RequestOn(plan, plan.Consents.First(c => c.Decision == ConsentDecision.Granted && c.Recipient.Kind == RecipientKind.PublicSchool));

    private void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"{Package}: {what}.");
        }
    }
}
