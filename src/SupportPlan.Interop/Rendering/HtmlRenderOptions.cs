namespace SupportPlan.Interop.Rendering;

/// <summary>Options of <see cref="HtmlPlanRenderer"/>. The page is always in Japanese, the language of the form.</summary>
public sealed record HtmlRenderOptions
{
    /// <summary>The default options.</summary>
    public static HtmlRenderOptions Default { get; } = new();

    /// <summary>
    /// The page title (the browser tab and the PDF's title). When <see langword="null"/>, it names the document and,
    /// where disclosed, the student.
    /// </summary>
    public string? Title { get; init; }

    /// <summary>
    /// Whether a rendered package starts with its cover page (sender, recipient, digest and the decision on every item).
    /// The sheets mark held-back items either way. Default <see langword="true"/>.
    /// </summary>
    public bool IncludePackageCover { get; init; } = true;
}
