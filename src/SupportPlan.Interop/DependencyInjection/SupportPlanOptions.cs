using SupportPlan.Interop.Rendering;
using SupportPlan.Interop.Validation;
using SupportPlan.Model.Checks;
using SupportPlan.Rules.Policy;
using SupportPlan.Rules.Retention;

namespace SupportPlan.Interop.DependencyInjection;

/// <summary>
/// The options of <c>AddSupportPlan</c>: the disclosure policy, the retention policy, the language of messages shown
/// to users and the validator's limits. Checked when the services are first resolved, not when registered.
/// </summary>
public sealed class SupportPlanOptions
{
    /// <summary>
    /// The disclosure policy: the engine decides with it and the validator re-decides with it. Replace it, or amend
    /// the default with a <c>with</c> expression (see <c>docs/policy.md</c>).
    /// </summary>
    public DisclosurePolicy Policy { get; set; } = DefaultDisclosurePolicy.Instance;

    /// <summary>How long plans are kept after the student has left (default: <see cref="RetentionPolicy.Default"/>).</summary>
    public RetentionPolicy Retention { get; set; } = RetentionPolicy.Default;

    /// <summary>
    /// The language of messages shown to users: <c>ja</c> (default) or <c>en</c>. Every finding carries both; this
    /// chooses which one <see cref="Message"/> returns.
    /// </summary>
    public string Language { get; set; } = "ja";

    /// <summary>
    /// The validator's limits: findings per file, file size, nesting depth and parallelism. Its
    /// <see cref="ValidationOptions.Policy"/> is not read: the validator uses <see cref="Policy"/>, so one policy
    /// decides and re-decides; setting a different one here is an error.
    /// </summary>
    public ValidationOptions Validation { get; set; } = new();

    /// <summary>How the registered <see cref="IPlanRenderer"/> lays out pages (title, package cover).</summary>
    public HtmlRenderOptions Rendering { get; set; } = HtmlRenderOptions.Default;

    /// <summary>A finding's message in <see cref="Language"/>.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The Japanese or the English message.</returns>
    public string Message(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Message(Language);
    }

    /// <summary>What is wrong with the options, apart from the disclosure policy (which the engine checks).</summary>
    internal List<string> Problems()
    {
        var problems = new List<string>();
        if (Language is not ("ja" or "en"))
        {
            problems.Add($"Language must be \"ja\" or \"en\", not \"{Language}\".");
        }

        if (Rendering is null)
        {
            problems.Add("Rendering must not be null.");
        }

        if (Validation is null)
        {
            problems.Add("Validation must not be null.");
        }
        else
        {
            if (Validation.MaxFindings < 1)
            {
                problems.Add($"Validation.MaxFindings must be at least 1, not {Validation.MaxFindings}.");
            }

            if (Validation.MaxBytes < 1)
            {
                problems.Add($"Validation.MaxBytes must be at least 1, not {Validation.MaxBytes}.");
            }

            if (Validation.MaxDepth < 1)
            {
                problems.Add($"Validation.MaxDepth must be at least 1, not {Validation.MaxDepth}.");
            }

            if (Validation.MaxParallelism < 1)
            {
                problems.Add($"Validation.MaxParallelism must be at least 1, not {Validation.MaxParallelism}.");
            }

            if (!ReferenceEquals(Validation.Policy, DefaultDisclosurePolicy.Instance) && Validation.Policy != Policy)
            {
                problems.Add("Validation.Policy differs from Policy: set the disclosure policy once, in SupportPlanOptions.Policy.");
            }
        }

        if (Policy is null)
        {
            problems.Add("Policy must not be null.");
        }

        if (Retention is null)
        {
            problems.Add("Retention must not be null.");
        }
        else
        {
            problems.AddRange(Retention.Validate().Select(f => "Retention: " + f));
        }

        return problems;
    }

    /// <summary>Throws when the options are inconsistent, listing every problem.</summary>
    internal SupportPlanOptions EnsureValid()
    {
        var problems = Problems();
        return problems.Count == 0
            ? this
            : throw new InvalidOperationException("The SupportPlan options are invalid: " + string.Join(" ", problems));
    }
}
