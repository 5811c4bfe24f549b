using SupportPlan.Model.Checks;

namespace SupportPlan.Interop.Packages;

/// <summary>The result of reading a package: the package (migrated to the current format when it was older) or findings.</summary>
public sealed record PackageReadResult
{
    /// <summary>The package, or <see langword="null"/> when it could not be read.</summary>
    public HandoverPackage? Package { get; init; }

    /// <summary>The findings: why it could not be read, or warnings (a newer minor version, a migration).</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>The format version the file was written in (<c>0</c> for the pre-1.0 redact output), when known.</summary>
    public string? SourceVersion { get; init; }

    /// <summary>Whether the package was migrated from an older format version.</summary>
    public bool Migrated { get; init; }

    /// <summary>Whether a package was read.</summary>
    public bool Success => Package is not null;
}
