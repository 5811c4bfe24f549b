using SupportPlan.Model.Checks;
using SupportPlan.Rules.Json;
using SupportPlan.Rules.Policy;

namespace SupportPlan.Cli.Commands;

/// <summary>The <c>--policy FILE</c> option shared by <c>redact</c> and <c>validate</c>, and how input problems are reported.</summary>
internal static class PolicyFile
{
    /// <summary>The policy in the file, or the default policy when no file is given; <see langword="null"/> (reported) when the file is not a consistent policy.</summary>
    public static DisclosurePolicy? Load(string? path, TextWriter stderr)
    {
        if (path is null)
        {
            return DefaultDisclosurePolicy.Instance;
        }

        var loaded = RulesJson.ReadPolicy(File.ReadAllBytes(path));
        if (loaded.Policy is null)
        {
            Reject(stderr, $"{path} is not a consistent policy", loaded.Findings);
        }

        return loaded.Policy;
    }

    /// <summary>Reports an input that cannot be used, with its findings; returns the usage-error exit code.</summary>
    public static int Reject(TextWriter stderr, string what, IEnumerable<Finding> findings)
    {
        stderr.WriteLine($"error: {what}:");
        foreach (var finding in findings)
        {
            stderr.WriteLine($"  {finding}");
        }

        return CliApp.UsageError;
    }
}
