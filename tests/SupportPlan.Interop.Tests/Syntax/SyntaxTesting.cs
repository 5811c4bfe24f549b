using System.Text;
using SupportPlan.Interop.Syntax;
using SupportPlan.Interop.Validation;
using SupportPlan.Model.Checks;

namespace SupportPlan.Interop.Tests.Syntax;

/// <summary>Runs the syntax layer for tests.</summary>
internal static class SyntaxTesting
{
    public static (SyntaxOutcome Outcome, IReadOnlyList<Finding> Findings) Run(byte[] input, SyntaxLimits? limits = null, int cap = 10_000)
    {
        var sink = new FindingSink(cap);
        var outcome = SyntaxLayer.Check(input, limits ?? SyntaxLimits.Default, sink);
        return (outcome, sink.Findings);
    }

    public static (SyntaxOutcome Outcome, IReadOnlyList<Finding> Findings) Run(string json, SyntaxLimits? limits = null) =>
        Run(Encoding.UTF8.GetBytes(json), limits);

    public static Finding Single(IReadOnlyList<Finding> findings, FindingDefinition definition) =>
        Assert.Single(findings, f => f.Code == definition.Code);
}
