using SupportPlan.Interop.Rendering;
using SupportPlan.Model.Checks;

namespace SupportPlan.Cli.Commands;

/// <summary>
/// <c>supportplan render FILE [--out FILE.html]</c>: renders a plan, a handover package or a family preview as a
/// self-contained, print-ready HTML page laid out like the MEXT sheet. Writes FILE with the extension .html beside it
/// unless --out says otherwise. Exit 0 when written, 2 when the file cannot be read or is none of the three kinds
/// (the findings say why).
/// </summary>
internal static class RenderCommand
{
    public static int Run(CommandLine args, TextWriter stdout, TextWriter stderr)
    {
        var outFile = args.Value("out");
        args.RejectUnknown(maxPositional: 1);
        if (args.Positional.Count != 1)
        {
            throw new UsageException("render needs one FILE (a plan, a handover package or a family preview)");
        }

        var path = args.Positional[0];
        var target = outFile ?? Path.ChangeExtension(path, ".html");
        if (string.Equals(Path.GetFullPath(target), Path.GetFullPath(path), StringComparison.Ordinal))
        {
            throw new UsageException($"--out would overwrite the input {path}; give another file");
        }

        var bytes = File.ReadAllBytes(path);
        using var page = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var result = new HtmlPlanRenderer().RenderDocument(bytes, page);
        if (!result.Success)
        {
            return PolicyFile.Reject(stderr, $"{path} is not a readable plan, handover package or family preview", result.Findings);
        }

        foreach (var finding in result.Findings)
        {
            stderr.WriteLine($"  {finding}");
        }

        var html = System.Text.Encoding.UTF8.GetBytes(page.ToString());
        FileOutput.Write(target, html);
        stdout.WriteLine($"wrote {target} ({Kind(result.Kind)}, {html.Length:N0} bytes)");
        return CliApp.Ok;
    }

    private static string Kind(RenderedDocumentKind kind) => kind switch
    {
        RenderedDocumentKind.Plan => "plan",
        RenderedDocumentKind.HandoverPackage => "handover package",
        _ => "family preview",
    };
}
