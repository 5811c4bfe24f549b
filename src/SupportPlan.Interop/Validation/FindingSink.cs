using SupportPlan.Model.Checks;

namespace SupportPlan.Interop.Validation;

/// <summary>
/// Collects the findings of one validation up to a cap, counting what the cap left out so that a report can say so.
/// Not thread-safe: one sink per file.
/// </summary>
internal sealed class FindingSink
{
    private readonly List<Finding> _findings = [];

    public FindingSink(int cap)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cap);
        Cap = cap;
    }

    /// <summary>The most findings kept.</summary>
    public int Cap { get; }

    /// <summary>The findings kept, in the order they were found.</summary>
    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>How many findings the cap left out.</summary>
    public int Dropped { get; private set; }

    /// <summary>Whether the cap has been reached; layers may stop looking.</summary>
    public bool IsFull => _findings.Count >= Cap;

    /// <summary>Whether any error (kept or dropped) was found.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Adds a finding, or counts it as dropped when the cap is reached.</summary>
    /// <returns><see langword="false"/> when the finding was dropped.</returns>
    public bool Add(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        HasErrors |= finding.Severity == FindingSeverity.Error;
        if (IsFull)
        {
            Dropped++;
            return false;
        }

        _findings.Add(finding);
        return true;
    }
}
