using SupportPlan.Model.Checks;

namespace SupportPlan.Interop.Rendering;

/// <summary>The outcome of rendering a document read from JSON: what it was, and the findings of reading it.</summary>
public sealed record RenderResult
{
    /// <summary>What the document was; <see cref="RenderedDocumentKind.Unknown"/> when nothing was rendered.</summary>
    public RenderedDocumentKind Kind { get; init; }

    /// <summary>
    /// Why the document could not be rendered (errors), or what the reader noticed while reading it (warnings, such as
    /// a byte-order mark or a migrated older package format).
    /// </summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Whether the page was written.</summary>
    public bool Success => Kind != RenderedDocumentKind.Unknown;
}
