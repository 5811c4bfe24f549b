namespace SupportPlan.Interop.Rendering;

/// <summary>What kind of document was rendered.</summary>
public enum RenderedDocumentKind
{
    /// <summary>Nothing was rendered: the document could not be read or is of no kind the renderer knows.</summary>
    Unknown,

    /// <summary>A bare plan (as <c>PlanJson</c> writes it).</summary>
    Plan,

    /// <summary>A handover package (<c>supportplan-handover</c>, any version this library reads).</summary>
    HandoverPackage,

    /// <summary>A family preview (<c>FamilyPreview</c> as <c>RulesJson</c> writes it).</summary>
    FamilyPreview,
}
