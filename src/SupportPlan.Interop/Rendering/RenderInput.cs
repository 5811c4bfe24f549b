using System.Text.Json;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Syntax;
using SupportPlan.Interop.Validation;
using SupportPlan.Interop.Versioning;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Json;
using SupportPlan.Model.Plans;
using SupportPlan.Rules.Json;
using SupportPlan.Rules.Preview;

namespace SupportPlan.Interop.Rendering;

/// <summary>
/// A document read for rendering: the syntax layer first (encoding, well-formedness, with lines and columns), then
/// what the document says it is: a package has <c>format</c> (or the pre-1.0 shape of plan, report and preview), a
/// family preview has <c>sent</c> and <c>notSent</c>, a plan has <c>id</c>. Then the strict reader of that kind. Never
/// throws for bad input.
/// </summary>
internal sealed record RenderInput
{
    private const int FindingCap = 50;

    public RenderedDocumentKind Kind { get; private init; }

    public StudentSupportPlan? Plan { get; private init; }

    public HandoverPackage? Package { get; private init; }

    public FamilyPreview? Preview { get; private init; }

    public IReadOnlyList<Finding> Findings { get; private init; } = [];

    public static RenderInput Read(ReadOnlySpan<byte> utf8Json)
    {
        var sink = new FindingSink(FindingCap);
        var bytes = utf8Json.ToArray();
        var syntax = SyntaxLayer.Check(bytes, SyntaxLimits.Default, sink);
        if (!syntax.WellFormed)
        {
            return new RenderInput { Findings = sink.Findings };
        }

        var json = bytes.AsSpan(syntax.Start);
        List<Finding> findings = [.. sink.Findings];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes.AsMemory(syntax.Start), new JsonDocumentOptions { MaxDepth = SyntaxLimits.Default.MaxDepth + 1 });
        }
        catch (JsonException e)
        {
            // The syntax layer lets through only well-formed JSON; kept so that a disagreement between the two is a finding, not a crash.
            return new RenderInput { Findings = [.. findings, JsonFindings.FromException(e)] };
        }

        using (document)
        {
            return Read(json, document.RootElement, findings);
        }
    }

    private static RenderInput Read(ReadOnlySpan<byte> json, JsonElement root, List<Finding> findings)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new RenderInput { Findings = [.. findings, RenderFindings.UnknownDocument.At("")] };
        }

        if (FormatDetector.IsPackage(root))
        {
            var read = PackageJson.Read(json);
            findings.AddRange(read.Findings);
            return read.Package is { } package
                ? new RenderInput { Kind = RenderedDocumentKind.HandoverPackage, Package = package, Findings = findings }
                : new RenderInput { Findings = findings };
        }

        if (root.TryGetProperty("sent", out _) && root.TryGetProperty("notSent", out _))
        {
            var (preview, problems) = StrictJson.Read(json, RulesJson.ReadingTypeInfo<FamilyPreview>());
            findings.AddRange(problems);
            return preview is null
                ? new RenderInput { Findings = findings }
                : new RenderInput { Kind = RenderedDocumentKind.FamilyPreview, Preview = preview, Findings = findings };
        }

        if (root.TryGetProperty("id", out _))
        {
            var read = PlanJson.Read(json);
            findings.AddRange(read.Findings);
            return read.Plan is { } plan
                ? new RenderInput { Kind = RenderedDocumentKind.Plan, Plan = plan, Findings = findings }
                : new RenderInput { Findings = findings };
        }

        return new RenderInput { Findings = [.. findings, RenderFindings.UnknownDocument.At("")] };
    }
}
