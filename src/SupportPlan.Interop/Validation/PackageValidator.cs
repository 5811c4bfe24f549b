using System.Buffers;
using System.Text.Json;
using SupportPlan.Interop.Integrity;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Schemas;
using SupportPlan.Interop.Syntax;
using SupportPlan.Interop.Versioning;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Json;
using SupportPlan.Rules.Decisions;

namespace SupportPlan.Interop.Validation;

/// <summary>
/// Validates handover packages (and bare plans) completely, in layers: well-formed UTF-8 JSON (SP-SYN); the schema
/// contract (SP-SCH); the format version (SP-VER); integrity, the digest (SP-INT); meaning, the model checks and the
/// package's own (SP-SEM); disclosure, that nothing present lacks consent or a cited exception valid for this sender
/// and recipient (SP-DSC). Never throws on any input: every problem is a finding with a stable code, a JSON Pointer,
/// line and column where known, and messages in Japanese and English. Thread-safe: one validator serves a batch.
/// </summary>
public sealed class PackageValidator
{
    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    private readonly DisclosureEngine _engine;
    private readonly SyntaxLimits _limits;

    /// <summary>Creates a validator with the default options and policy.</summary>
    public PackageValidator()
        : this(new ValidationOptions())
    {
    }

    /// <summary>Creates a validator.</summary>
    /// <param name="options">The options; the policy is validated.</param>
    /// <exception cref="Rules.Policy.InvalidDisclosurePolicyException">The options' policy is inconsistent.</exception>
    public PackageValidator(ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxFindings);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxDepth);
        Options = options;
        _engine = new DisclosureEngine(options.Policy);
        _limits = new SyntaxLimits(options.MaxBytes, options.MaxDepth);
    }

    /// <summary>The options.</summary>
    public ValidationOptions Options { get; }

    /// <summary>Validates a document held in memory.</summary>
    /// <param name="utf8Json">The bytes.</param>
    public ValidationResult Validate(ReadOnlyMemory<byte> utf8Json) => Run(utf8Json, null);

    /// <summary>Validates a document read from a stream (read up to the size limit, then refused).</summary>
    /// <param name="stream">The stream; read to its end, not disposed.</param>
    public ValidationResult Validate(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadAndRun(stream, null);
    }

    /// <summary>Validates a file.</summary>
    /// <param name="path">The path.</param>
    public ValidationResult ValidateFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            if (!File.Exists(path))
            {
                return Failed(path, InputFindings.NotFound.At(""));
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            return ReadAndRun(stream, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Failed(path, InputFindings.Unreadable.At("", e.Message));
        }
    }

    private ValidationResult ReadAndRun(Stream stream, string? path)
    {
        byte[]? rented = null;
        try
        {
            var limit = Options.MaxBytes;
            var capacity = stream.CanSeek ? (int)Math.Min(Math.Max(stream.Length - stream.Position, 0) + 1, Math.Min(limit + 1, Array.MaxLength)) : (int)Math.Min(64 * 1024, limit + 1);
            rented = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 16));
            var length = 0;
            while (true)
            {
                if (length == rented.Length)
                {
                    if (length > limit)
                    {
                        break;
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)rented.Length * 2, Array.MaxLength));
                    rented.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(rented);
                    rented = larger;
                }

                var read = stream.Read(rented, length, (int)Math.Min(rented.Length - length, limit + 1 - length));
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > limit)
                {
                    break;
                }
            }

            return Run(rented.AsMemory(0, length), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            return Failed(path, InputFindings.Unreadable.At("", e.Message));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private ValidationResult Failed(string? path, Finding finding) =>
        new() { Path = path, Findings = [finding], IsValid = false };

    private ValidationResult Run(ReadOnlyMemory<byte> input, string? path)
    {
        var sink = new FindingSink(Options.MaxFindings);
        var state = new RunState { Path = path, Bytes = input.Length };
        try
        {
            Layers(input, sink, state);
        }
#pragma warning disable CA1031 // The validator's promise: no input makes it throw. A failure here is a bug, reported as one.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            sink.Add(InputFindings.Internal.At("", e.GetType().Name + ": " + e.Message));
        }

        var findings = sink.Findings.ToList();
        if (sink.Dropped > 0 || sink.IsFull)
        {
            findings.Add(InputFindings.Capped.At("", sink.Cap, sink.Dropped));
        }

        return new ValidationResult
        {
            Path = path,
            Kind = state.Kind,
            FormatVersion = state.Version,
            Findings = findings,
            Omitted = sink.Dropped,
            IsValid = !sink.HasErrors,
            Package = state.Package,
            Plan = state.Plan,
            Bytes = state.Bytes,
            FastPath = state.FastPath,
        };
    }

    private void Layers(ReadOnlyMemory<byte> input, FindingSink sink, RunState state)
    {
        if (!Options.LayeredOnly && TryFastPath(input, sink, state))
        {
            return;
        }

        var syntax = SyntaxLayer.Check(input, _limits, sink);
        if (!syntax.WellFormed)
        {
            return;
        }

        var json = input[syntax.Start..];
        var lines = syntax.Lines;
        (long, long) Locate(long offset) => lines.At(offset + syntax.Start);
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = Options.MaxDepth + 1 });
        var root = document.RootElement;
        var located = new Locator(json, sink, Locate);

        if (root.ValueKind == JsonValueKind.Object && !FormatDetector.IsPackage(root) && root.TryGetProperty("id", out _))
        {
            ValidatePlan(json, root, sink, state, located, Locate);
            return;
        }

        state.Kind = DocumentKind.Package;
        var (format, version, versionFinding) = FormatDetector.Detect(root);
        state.Version = version.Length == 0 ? null : version;
        if (versionFinding is not null)
        {
            located.Add(versionFinding);
            located.Flush();
        }

        if (format == DetectedFormat.Unreadable)
        {
            return;
        }

        var structureOk = true;
        if (format == DetectedFormat.Current)
        {
            structureOk = StructureWalker.Check(json.Span, PublishedSchemas.Schemas.Handover, sink, Locate);
            CheckIntegrity(root, located);
            located.Flush();
        }

        if (!structureOk)
        {
            return;
        }

        var read = PackageJson.ReadDetected(json.Span, format, version);
        foreach (var finding in read.Findings)
        {
            if (!finding.Code.StartsWith("SP-JSON-", StringComparison.Ordinal))
            {
                located.Add(finding);
            }
        }

        if (read.Package is not { } package)
        {
            ReportUnreadable(root, read.Findings.Where(f => f.Code.StartsWith("SP-JSON-", StringComparison.Ordinal)), located);
            return;
        }

        CheckMeaning(package, read.Migrated, state, located);
    }

    /// <summary>
    /// The common case, a current package with nothing wrong in its text, shape or digest, checked in one pass over
    /// the bytes instead of six (<see cref="TryReadWithDigest"/>): the strict read, which writes the canonical form for
    /// the digest as it goes (and refuses invalid UTF-8, repeated or unknown members, lone surrogates, numbers with no
    /// canonical form and nesting beyond the limit). The schema walk is not needed here: the strict reader takes nothing the
    /// schema refuses, except what <see cref="HoldsSchemaConstants"/> checks on the package it read
    /// (<c>StrictReadConformanceTests</c> hold this over thousands of one-value mistakes). Nothing is reported unless
    /// both pass; then the result is what the layers would give (a property test compares the two), and anything else
    /// goes through the layers for the exact findings.
    /// </summary>
    /// <returns>Whether the fast path produced the result.</returns>
    private bool TryFastPath(ReadOnlyMemory<byte> input, FindingSink sink, RunState state)
    {
        var span = input.Span;
        if (span.IsEmpty || span.Length > Options.MaxBytes || span.StartsWith("\uFEFF"u8))
        {
            return false;
        }

        HandoverPackage? package;
        try
        {
            package = TryReadWithDigest(span, Options.MaxDepth, out var digest);
            if (package is null || !string.Equals(package.Digest.Value, digest, StringComparison.Ordinal))
            {
                return false;
            }
        }
#pragma warning disable CA1031 // Whatever the fast path cannot settle, the layers settle and report.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return false;
        }

        state.Kind = DocumentKind.Package;
        state.Version = PackageFormat.CurrentVersion;
        state.FastPath = true;
        var lines = new LineMap(input);
        CheckMeaning(package, migrated: false, state, new Locator(input, sink, offset => lines.At(offset)));
        return true;
    }

    /// <summary>
    /// The fast path's one pass: the strict read of the package with <see cref="PackageReader"/>, generated from the
    /// reading contract, which writes every value it reads to a <see cref="CanonicalText"/> as it goes; the digest of
    /// the canonical form (without the <c>digest</c> member) is emitted from that text once the read has succeeded.
    /// The reader reads what the contract reads or gives up, and a file it gives up on goes to the layers, which read
    /// with the contract itself and compute the digest from the parsed document.
    /// </summary>
    /// <param name="json">The file, without a byte-order mark.</param>
    /// <param name="maxDepth">The most containers that may be nested.</param>
    /// <param name="digest">The digest of the canonical form without the package's <c>digest</c> member; empty when null is returned.</param>
    /// <returns>The package, or null when the fast path cannot settle the file (the layers then do).</returns>
    internal static HandoverPackage? TryReadWithDigest(ReadOnlySpan<byte> json, int maxDepth, out string digest)
    {
        digest = string.Empty;
        using var text = new CanonicalText(json.Length);
        if (PackageReader.TryRead(json, maxDepth, text) is not { } package || !HoldsSchemaConstants(package))
        {
            return null;
        }

        digest = text.Sha256();
        return package;
    }

    /// <summary>
    /// What the handover schema asks of a package that the strict reader cannot: its constants (format name and
    /// current version, digest algorithm and canonicalization) and the digest value's shape, 64 lower-case hex digits.
    /// </summary>
    /// <param name="package">A package the strict reader read.</param>
    internal static bool HoldsSchemaConstants(HandoverPackage package) =>
        package.Format == PackageFormat.Name && package.FormatVersion == PackageFormat.CurrentVersion
        && package.Digest is { Algorithm: PackageDigest.Sha256, Canonicalization: PackageDigest.Rfc8785, Value: { Length: 64 } value }
        && !value.AsSpan().ContainsAnyExcept(LowerHex);

    /// <summary>The meaning and disclosure layers, on a package read into the model.</summary>
    private void CheckMeaning(HandoverPackage package, bool migrated, RunState state, Locator located)
    {
        state.Package = package;
        foreach (var finding in PlanChecker.Default.Check(package.Plan))
        {
            located.Add(finding with { Pointer = "/plan" + finding.Pointer });
        }

        foreach (var finding in PackageChecks.Check(package))
        {
            located.Add(finding);
        }

        foreach (var finding in DisclosureChecks.Check(package, _engine, migrated))
        {
            located.Add(finding);
        }

        located.Flush();
    }

    private static void ValidatePlan(ReadOnlyMemory<byte> json, JsonElement root, FindingSink sink, RunState state, Locator located, Func<long, (long, long)> locate)
    {
        state.Kind = DocumentKind.Plan;
        if (!StructureWalker.Check(json.Span, PublishedSchemas.Schemas.Plan, sink, locate))
        {
            return;
        }

        var read = PlanJson.Read(json.Span);
        if (read.Plan is not { } plan)
        {
            ReportUnreadable(root, read.Findings, located);
            return;
        }

        state.Plan = plan;
        foreach (var finding in PlanChecker.Default.Check(plan))
        {
            located.Add(finding);
        }

        located.Flush();
    }

    private static void CheckIntegrity(JsonElement root, Locator located)
    {
        if (!root.TryGetProperty(HandoverPackages.DigestMember, out var digest) || digest.ValueKind != JsonValueKind.Object
            || !digest.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.String
            || !digest.TryGetProperty("algorithm", out var algorithm) || algorithm.ValueKind != JsonValueKind.String || !algorithm.ValueEquals(PackageDigest.Sha256)
            || !digest.TryGetProperty("canonicalization", out var canonicalization) || canonicalization.ValueKind != JsonValueKind.String
            || !canonicalization.ValueEquals(PackageDigest.Rfc8785))
        {
            located.Add(IntegrityFindings.NoDigest.At("/digest"));
            return;
        }

        if (!CanonicalDigest.TrySha256(root, HandoverPackages.DigestMember, out var computed, out var error))
        {
            located.Add(IntegrityFindings.NotCanonicalizable.At("/digest", error));
            return;
        }

        var stated = value.GetString();
        if (!string.Equals(stated, computed, StringComparison.Ordinal))
        {
            located.Add(IntegrityFindings.DigestMismatch.At("/digest/value", stated, computed));
        }
    }

    /// <summary>
    /// The strict reader stops at the first value the model cannot hold. School codes are the common case: every
    /// invalid one is reported with its reason; anything else gets the reader's finding.
    /// </summary>
    private static void ReportUnreadable(JsonElement root, IEnumerable<Finding> readerFindings, Locator located)
    {
        var codes = 0;
        foreach (var (pointer, text) in SchoolCodes(root, ""))
        {
            if (SchoolCode.Parse(text).Error is { } error)
            {
                located.Add(PackageFindings.InvalidSchoolCode.At(pointer, text, error.MessageJa, error.MessageEn));
                codes++;
            }
        }

        if (codes == 0)
        {
            foreach (var finding in readerFindings)
            {
                located.Add(PackageFindings.Unreadable.At(finding.Pointer, finding.MessageEn) with { MessageJa = "この値はモデルで扱えません: " + finding.MessageJa });
            }
        }

        located.Flush();
    }

    private static IEnumerable<(string Pointer, string Text)> SchoolCodes(JsonElement element, string pointer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    var child = JsonPointer.Append(pointer, member.Name);
                    if (member.Value.ValueKind == JsonValueKind.String && member.NameEquals("schoolCode"))
                    {
                        yield return (child, member.Value.GetString()!);
                    }
                    else
                    {
                        foreach (var found in SchoolCodes(member.Value, child))
                        {
                            yield return found;
                        }
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var found in SchoolCodes(item, JsonPointer.Append(pointer, index++)))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }

    private sealed class RunState
    {
        public string? Path { get; init; }

        public long Bytes { get; init; }

        public DocumentKind Kind { get; set; }

        public string? Version { get; set; }

        public HandoverPackage? Package { get; set; }

        public bool FastPath { get; set; }

        public Model.Plans.StudentSupportPlan? Plan { get; set; }
    }
}
