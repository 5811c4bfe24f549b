using SupportPlan.Model.Checks;

namespace SupportPlan.Interop.Rendering;

/// <summary>The renderer's own finding (code <c>SP-REN-…</c>); reading findings come from the syntax layer and the readers.</summary>
internal static class RenderFindings
{
    /// <summary>SP-REN-001: the document is none of the kinds the renderer prints.</summary>
    public static FindingDefinition UnknownDocument { get; } = new("SP-REN-001", FindingSeverity.Error,
        "計画・引継ぎファイル・提供内容の確認（家族向け）のいずれでもありません（計画には id、引継ぎファイルには format、確認には sent と notSent が必要です）。",
        "The document is not a plan, a handover package or a family preview (a plan has id, a package has format, a preview has sent and notSent).");
}
