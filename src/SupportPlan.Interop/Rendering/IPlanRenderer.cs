using SupportPlan.Interop.Packages;
using SupportPlan.Model.Plans;
using SupportPlan.Rules.Preview;

namespace SupportPlan.Interop.Rendering;

/// <summary>
/// Renders plans, handover packages and family previews as readable pages laid out like MEXT's 児童生徒理解・支援シート.
/// Rendering never throws for any value of the model; only a <see langword="null"/> argument or a failing writer does.
/// </summary>
public interface IPlanRenderer
{
    /// <summary>Renders a plan: the header and common sheet, the grade sheets, the conference sheets and the records beyond the form.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The page.</returns>
    string Render(StudentSupportPlan plan);

    /// <summary>Renders a plan to <paramref name="output"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="output">Where the page goes.</param>
    void Render(StudentSupportPlan plan, TextWriter output);

    /// <summary>
    /// Renders a handover package: a first page with sender, recipient, purpose, digest and the decision on every item,
    /// then the disclosed plan's sheets, with every item the disclosure report held back marked 「開示しない（理由）」 where
    /// it would stand.
    /// </summary>
    /// <param name="package">The package.</param>
    /// <returns>The page.</returns>
    string Render(HandoverPackage package);

    /// <summary>Renders a handover package to <paramref name="output"/>.</summary>
    /// <param name="package">The package.</param>
    /// <param name="output">Where the page goes.</param>
    void Render(HandoverPackage package, TextWriter output);

    /// <summary>Renders a family preview: what would be sent, on what basis, and what would not be sent and why.</summary>
    /// <param name="preview">The preview.</param>
    /// <returns>The page.</returns>
    string Render(FamilyPreview preview);

    /// <summary>Renders a family preview to <paramref name="output"/>.</summary>
    /// <param name="preview">The preview.</param>
    /// <param name="output">Where the page goes.</param>
    void Render(FamilyPreview preview, TextWriter output);

    /// <summary>
    /// Reads a JSON document, tells whether it is a plan, a handover package (any version this library reads) or a family
    /// preview, and renders it to <paramref name="output"/>. Never throws for bad input: when the document cannot be
    /// read, nothing is written and the findings say why.
    /// </summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <param name="output">Where the page goes.</param>
    /// <returns>What was rendered, and the findings of reading it.</returns>
    RenderResult RenderDocument(ReadOnlySpan<byte> utf8Json, TextWriter output);
}
