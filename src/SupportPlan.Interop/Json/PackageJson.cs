using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Versioning;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Json;
using SupportPlan.Model.Json.InitMembers;
using SupportPlan.Rules.Json;

namespace SupportPlan.Interop.Json;

/// <summary>
/// Writes and reads handover packages with the model's strict conventions (camelCase, no unknown or duplicate members,
/// enums as kebab-case strings), reading older format versions by migration.
/// </summary>
public static class PackageJson
{
    /// <summary>Compact options.</summary>
    public static JsonSerializerOptions Options { get; } = StrictJson.Options(InteropJsonContext.Default, indented: false);

    /// <summary>Indented options (two spaces, \n), as files are written.</summary>
    public static JsonSerializerOptions IndentedOptions { get; } = StrictJson.Options(InteropJsonContext.Default, indented: true);

    private static readonly JsonTypeInfo<HandoverPackage> Compact = (JsonTypeInfo<HandoverPackage>)Options.GetTypeInfo(typeof(HandoverPackage));
    private static readonly JsonTypeInfo<HandoverPackage> Indented = (JsonTypeInfo<HandoverPackage>)IndentedOptions.GetTypeInfo(typeof(HandoverPackage));
    private static readonly JsonSerializerOptions Reading =
        StrictJson.ReadingOptions(InteropJsonContext.Default, ModelInitMembers.All, RulesInitMembers.All, InteropInitMembers.All);

    /// <summary>The contract the current format is read with (<see cref="StrictJson.ReadingOptions"/>).</summary>
    internal static JsonTypeInfo<HandoverPackage> ReadingTypeInfo { get; } = (JsonTypeInfo<HandoverPackage>)Reading.GetTypeInfo(typeof(HandoverPackage));

    /// <summary>The contract the legacy format (version 0) is read with.</summary>
    internal static JsonTypeInfo<LegacyRedactOutput> LegacyReadingTypeInfo { get; } = (JsonTypeInfo<LegacyRedactOutput>)Reading.GetTypeInfo(typeof(LegacyRedactOutput));

    /// <summary>The type information for a package.</summary>
    /// <param name="indented">Whether to write indented.</param>
    public static JsonTypeInfo<HandoverPackage> TypeInfo(bool indented = false) => indented ? Indented : Compact;

    /// <summary>Serializes a package to UTF-8 JSON.</summary>
    /// <param name="package">The package.</param>
    /// <param name="indented">Whether to write indented (as files are).</param>
    public static byte[] Serialize(HandoverPackage package, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(package);
        return JsonSerializer.SerializeToUtf8Bytes(package, TypeInfo(indented));
    }

    /// <summary>
    /// Reads a package of any version this library knows, migrating older ones. Never throws on bad input: what cannot
    /// be read comes back as findings. This reads; it does not validate (see <c>PackageValidator</c>).
    /// </summary>
    /// <param name="utf8Json">The file's bytes.</param>
    public static PackageReadResult Read(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            return new PackageReadResult { Findings = [JsonFindings.FromException(e)] };
        }

        using (document)
        {
            return Read(utf8Json, document.RootElement);
        }
    }

    /// <summary>Reads a package from its bytes and its parsed root.</summary>
    private static PackageReadResult Read(ReadOnlySpan<byte> utf8Json, JsonElement root)
    {
        var (format, version, finding) = FormatDetector.Detect(root);
        var read = ReadDetected(utf8Json, format, version);
        return finding is null ? read : read with { Findings = [finding, .. read.Findings] };
    }

    /// <summary>
    /// Reads a package whose format <see cref="FormatDetector"/> has already detected (the validator detects once and
    /// reports the version finding itself). The findings are the reader's and the migration's only.
    /// </summary>
    internal static PackageReadResult ReadDetected(ReadOnlySpan<byte> utf8Json, DetectedFormat format, string version)
    {
        List<Finding> findings = [];
        switch (format)
        {
            case DetectedFormat.Current:
                var (package, problems) = StrictJson.Read(utf8Json, ReadingTypeInfo);
                findings.AddRange(problems);
                return new PackageReadResult { Package = package, Findings = findings, SourceVersion = version };
            case DetectedFormat.Legacy:
                var (legacy, legacyProblems) = StrictJson.Read(utf8Json, LegacyReadingTypeInfo);
                findings.AddRange(legacyProblems);
                if (legacy is null)
                {
                    return new PackageReadResult { Findings = findings, SourceVersion = version };
                }

                findings.Add(VersionFindings.MigratedLegacy.At("", PackageFormat.LegacyVersion, PackageFormat.CurrentVersion));
                return new PackageReadResult { Package = PackageMigrations.FromLegacy(legacy), Findings = findings, SourceVersion = version, Migrated = true };
            default:
                return new PackageReadResult { Findings = findings, SourceVersion = version.Length == 0 ? null : version };
        }
    }
}
