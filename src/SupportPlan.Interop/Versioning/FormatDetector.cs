using System.Text.Json;
using SupportPlan.Interop.Packages;
using SupportPlan.Model.Checks;

namespace SupportPlan.Interop.Versioning;

/// <summary>What a document says it is.</summary>
internal enum DetectedFormat
{
    /// <summary>Not a handover package (or a version that cannot be read): see the finding.</summary>
    Unreadable,

    /// <summary>The pre-1.0 redact output: migrate.</summary>
    Legacy,

    /// <summary>A version of the current major: read directly.</summary>
    Current,
}

/// <summary>Detects the format and version of a parsed document, before any strict reading.</summary>
internal static class FormatDetector
{
    public static (DetectedFormat Format, string Version, Finding? Finding) Detect(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (DetectedFormat.Unreadable, "", VersionFindings.NotAPackage.At("", root.ValueKind.ToString().ToLowerInvariant()));
        }

        if (!root.TryGetProperty("format", out var format))
        {
            return IsLegacy(root)
                ? (DetectedFormat.Legacy, PackageFormat.LegacyVersion, null)
                : (DetectedFormat.Unreadable, "", VersionFindings.NotAPackage.At("", "(none)"));
        }

        if (format.ValueKind != JsonValueKind.String || !format.ValueEquals(PackageFormat.Name))
        {
            return (DetectedFormat.Unreadable, "", VersionFindings.NotAPackage.At("/format", format.GetRawText()));
        }

        var written = root.TryGetProperty("formatVersion", out var v);
        var version = written && v.ValueKind == JsonValueKind.String ? v.GetString()! : null;
        if (!PackageFormat.TryParseVersion(version, out var major, out var minor))
        {
            // A missing member has no text to show (reading a default element's text throws).
            return (DetectedFormat.Unreadable, version ?? "", VersionFindings.InvalidVersion.At("/formatVersion", version ?? (written ? v.GetRawText() : "(none)")));
        }

        if (major > PackageFormat.CurrentMajor)
        {
            return (DetectedFormat.Unreadable, version!, VersionFindings.NewerMajor.At("/formatVersion", version, PackageFormat.CurrentMajor + ".x"));
        }

        if (major < PackageFormat.CurrentMajor)
        {
            // No 0.x package was ever written with a format member: format 0 is the unversioned redact output.
            return (DetectedFormat.Unreadable, version!, VersionFindings.InvalidVersion.At("/formatVersion", version));
        }

        return minor > PackageFormat.CurrentMinor
            ? (DetectedFormat.Current, version!, VersionFindings.NewerMinor.At("/formatVersion", version, PackageFormat.CurrentVersion))
            : (DetectedFormat.Current, version!, null);
    }

    /// <summary>
    /// Whether an object is meant as a handover package: it names a <c>format</c> (any, to be checked by
    /// <see cref="Detect"/>) or has the shape of the pre-1.0 redact output. Anything else is read as a plan or a preview.
    /// </summary>
    public static bool IsPackage(JsonElement root) => root.TryGetProperty("format", out _) || IsLegacy(root);

    /// <summary>Whether an object without a <c>format</c> member has the shape of the pre-1.0 redact output.</summary>
    public static bool IsLegacy(JsonElement root) =>
        root.TryGetProperty("plan", out _) && root.TryGetProperty("report", out _) && root.TryGetProperty("preview", out _);
}
