using SupportPlan.Model.Checks;

namespace SupportPlan.Rules.Policy;

/// <summary>Thrown when a host configures an inconsistent policy; <see cref="Findings"/> says what is wrong.</summary>
public sealed class InvalidDisclosurePolicyException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="findings">What is wrong.</param>
    public InvalidDisclosurePolicyException(IReadOnlyList<Finding> findings)
        : base("The disclosure policy is inconsistent: " + string.Join("; ", (findings ?? []).Select(f => f.ToString())))
    {
        Findings = findings ?? [];
    }

    /// <summary>Creates the exception.</summary>
    public InvalidDisclosurePolicyException()
        : this([])
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public InvalidDisclosurePolicyException(string message)
        : base(message)
    {
        Findings = [];
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidDisclosurePolicyException(string message, Exception innerException)
        : base(message, innerException)
    {
        Findings = [];
    }

    /// <summary>The findings of validation.</summary>
    public IReadOnlyList<Finding> Findings { get; }
}
