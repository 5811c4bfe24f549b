using SupportPlan.Interop.Packages;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Plans;

namespace SupportPlan.Interop.Validation;

/// <summary>What a document was found to be.</summary>
public enum DocumentKind
{
    /// <summary>Not known: it could not be read far enough to tell.</summary>
    Unknown,

    /// <summary>A handover package.</summary>
    Package,

    /// <summary>A bare plan (as <c>PlanJson</c> writes it).</summary>
    Plan,
}

/// <summary>The result of validating one file.</summary>
public sealed record ValidationResult
{
    /// <summary>The path validated, when it was a file.</summary>
    public string? Path { get; init; }

    /// <summary>What the document is.</summary>
    public DocumentKind Kind { get; init; }

    /// <summary>The format version the file was written in, when it is a package.</summary>
    public string? FormatVersion { get; init; }

    /// <summary>The findings, in layer order, up to the cap.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>How many findings the cap left out.</summary>
    public int Omitted { get; init; }

    /// <summary>Whether the file is valid: no error was found (warnings allowed).</summary>
    public bool IsValid { get; init; }

    /// <summary>The package read (migrated when older), when it could be read.</summary>
    public HandoverPackage? Package { get; init; }

    /// <summary>The plan read, when the document is a bare plan.</summary>
    public StudentSupportPlan? Plan { get; init; }

    /// <summary>The size of the input in bytes.</summary>
    public long Bytes { get; init; }

    /// <summary>Whether the fast path settled the file (the tests check that it is taken, and agrees with the layers).</summary>
    internal bool FastPath { get; init; }

    /// <summary>The number of errors listed.</summary>
    public int Errors => Findings.Count(f => f.Severity == FindingSeverity.Error);

    /// <summary>The number of warnings listed.</summary>
    public int Warnings => Findings.Count(f => f.Severity == FindingSeverity.Warning);
}
