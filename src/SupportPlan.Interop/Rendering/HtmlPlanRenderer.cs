using SupportPlan.Interop.Packages;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Plans;
using SupportPlan.Rules.Preview;

namespace SupportPlan.Interop.Rendering;

/// <summary>
/// Renders plans, handover packages and family previews as one self-contained, print-ready HTML page in Japanese
/// (<c>&lt;html lang="ja"&gt;</c>, UTF-8): the sheets of MEXT's 児童生徒理解・支援シート with the form's labels, each sheet on
/// its own A4 page when printed, the style sheet embedded, no script and no external resource. All text is escaped, and
/// the markup is well-formed XML too. Items a disclosure report held back are printed as 「開示しない（理由）」, with the
/// article where the report cites one, never silently left out. Thread-safe: one instance may serve every caller.
/// </summary>
public sealed class HtmlPlanRenderer : IPlanRenderer
{
    private readonly HtmlRenderOptions _options;

    /// <summary>A renderer with the default options.</summary>
    public HtmlPlanRenderer()
        : this(HtmlRenderOptions.Default)
    {
    }

    /// <summary>A renderer with the given options.</summary>
    /// <param name="options">The options.</param>
    public HtmlPlanRenderer(HtmlRenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <inheritdoc />
    public string Render(StudentSupportPlan plan) => ToText(output => Render(plan, output));

    /// <inheritdoc />
    public void Render(StudentSupportPlan plan, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(output);
        Page(output, Title("児童生徒理解・支援シート", plan), html => new PlanSheets(html, plan, WithheldItems.None).WriteAll());
    }

    /// <inheritdoc />
    public string Render(HandoverPackage package) => ToText(output => Render(package, output));

    /// <inheritdoc />
    public void Render(HandoverPackage package, TextWriter output) => Render(package, output, []);

    /// <inheritdoc />
    public string Render(FamilyPreview preview) => ToText(output => Render(preview, output));

    /// <inheritdoc />
    public void Render(FamilyPreview preview, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(preview);
        ArgumentNullException.ThrowIfNull(output);
        Page(output, _options.Title ?? preview.Title, html => FamilyPreviewPage.Write(html, preview));
    }

    /// <inheritdoc />
    public RenderResult RenderDocument(ReadOnlySpan<byte> utf8Json, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var input = RenderInput.Read(utf8Json);
        switch (input.Kind)
        {
            case RenderedDocumentKind.Plan:
                Render(input.Plan!, output);
                break;
            case RenderedDocumentKind.HandoverPackage:
                Render(input.Package!, output, input.Findings);
                break;
            case RenderedDocumentKind.FamilyPreview:
                Render(input.Preview!, output);
                break;
            default:
                break;
        }

        return new RenderResult { Kind = input.Kind, Findings = input.Findings };
    }

    private void Render(HandoverPackage package, TextWriter output, IReadOnlyList<Finding> notes)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(output);
        var withheld = WithheldItems.From(package.Report);
        Page(output, Title("引継ぎファイル", package.Plan), html =>
        {
            if (_options.IncludePackageCover)
            {
                PackageCover.Write(html, package, notes);
            }

            new PlanSheets(html, package.Plan, withheld).WriteAll();
        });
    }

    private string Title(string what, StudentSupportPlan plan) =>
        _options.Title ?? (plan.CommonSheet?.Student?.Name?.Name is { Length: > 0 } name ? $"{what}（{name}）" : what);

    private static void Page(TextWriter output, string title, Action<HtmlOutput> body)
    {
        var html = new HtmlOutput(output);
        html.Raw("<!DOCTYPE html>\n");
        html.Open("html", null, ("lang", "ja"), ("xmlns", "http://www.w3.org/1999/xhtml"));
        html.Raw("\n<head>\n<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        html.Raw("<meta name=\"generator\" content=\"SupportPlan\" />\n");
        html.Element("title", null, title);
        html.Raw("\n<style>\n");
        html.Raw(Stylesheet.Css);
        html.Raw("\n</style>\n</head>\n");
        html.Open("body");
        html.Raw("\n");
        html.Open("main");
        html.Raw("\n");
        body(html);
        html.CloseAll();
        html.Raw("\n");
    }

    private static string ToText(Action<TextWriter> render)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        render(writer);
        return writer.ToString();
    }
}
