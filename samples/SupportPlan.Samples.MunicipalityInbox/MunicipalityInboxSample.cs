using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SupportPlan.Interop.DependencyInjection;
using SupportPlan.Interop.Validation;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Json;
using SupportPlan.Rules.Decisions;

namespace SupportPlan.Samples.MunicipalityInbox;

/// <summary>
/// A board of education's inbox: validates every <c>*.json</c> file of a folder with the validator
/// <c>AddSupportPlan</c> registers, writes a summary (<c>summary.json</c> and <c>summary.txt</c>) and prints it.
/// </summary>
public static class MunicipalityInboxSample
{
    /// <summary>How many findings per file the text summary shows; the JSON summary has them all.</summary>
    private const int FindingsShown = 5;

    private const string Usage = """
        usage: SupportPlan.Samples.MunicipalityInbox [INBOX] [--out DIR] [--lang ja|en]
               SupportPlan.Samples.MunicipalityInbox --make-example DIR
          INBOX   the folder of incoming files (default: an example inbox made in a temporary folder)
          --out   where summary.json and summary.txt go (default: out/inbox-report)
        exit codes: 0 every file valid, 1 some file invalid, 2 usage or file error
        """;

    /// <summary>Runs the sample.</summary>
    /// <param name="args">The arguments (see the usage text).</param>
    /// <param name="output">Where the summary is printed.</param>
    /// <param name="error">Where problems are told.</param>
    /// <returns>0 when every file is valid, 1 when some file is invalid, 2 on a usage or file error.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string? inbox = null, example = null;
        var outDir = Path.Combine("out", "inbox-report");
        var language = "ja";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--make-example" when i + 1 < args.Length:
                    example = args[++i];
                    break;
                case "--out" when i + 1 < args.Length:
                    outDir = args[++i];
                    break;
                case "--lang" when i + 1 < args.Length && args[i + 1] is "ja" or "en":
                    language = args[++i];
                    break;
                case var path when !path.StartsWith("--", StringComparison.Ordinal) && inbox is null:
                    inbox = path;
                    break;
                default:
                    error.WriteLine($"error: unexpected argument '{args[i]}'");
                    error.WriteLine(Usage);
                    return 2;
            }
        }

        try
        {
            if (example is not null)
            {
                ExampleInbox.Write(example);
                output.WriteLine($"wrote {ExampleInbox.Files.Count} example files to {Path.GetFullPath(example)} ({ExampleInbox.Files.Count(f => f.Valid)} valid, {ExampleInbox.Files.Count(f => !f.Valid)} broken)");
                return 0;
            }

            if (inbox is null)
            {
                inbox = Directory.CreateTempSubdirectory("supportplan-inbox-").FullName;
                ExampleInbox.Write(inbox);
                output.WriteLine($"(no INBOX given: made an example inbox in {inbox})");
            }
            else if (!Directory.Exists(inbox))
            {
                error.WriteLine($"error: the inbox '{inbox}' is not a folder");
                return 2;
            }

            return Check(Path.GetFullPath(inbox), Path.GetFullPath(outDir), language, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    private static int Check(string inbox, string outDir, string language, TextWriter output)
    {
        using var services = new ServiceCollection().AddSupportPlan(o => o.Language = language).BuildServiceProvider();
        var options = services.GetRequiredService<SupportPlanOptions>();
        var report = services.GetRequiredService<PackageValidator>().ValidateMany([inbox]);
        var policy = services.GetRequiredService<IDisclosureEngine>().Policy;

        var text = Text(report, inbox, options);
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "summary.txt"), text, new UTF8Encoding(false));
        File.WriteAllBytes(Path.Combine(outDir, "summary.json"), Json(report, inbox, options, $"{policy.Name} {policy.Version}"));
        output.Write(text);
        output.WriteLine(language == "ja" ? $"要約: {Path.Combine(outDir, "summary.json")}、{Path.Combine(outDir, "summary.txt")}" : $"summary written to {Path.Combine(outDir, "summary.json")} and {Path.Combine(outDir, "summary.txt")}");
        return report.AllValid ? 0 : 1;
    }

    private static string Text(BatchReport report, string inbox, SupportPlanOptions options)
    {
        var ja = options.Language == "ja";
        var text = new StringBuilder();
        text.AppendLine(ja ? $"受信フォルダ: {inbox}" : $"inbox: {inbox}");
        text.AppendLine(ja
            ? $"{report.Files.Count} ファイル: 有効 {report.Valid}、無効 {report.Invalid}"
            : $"{report.Files.Count} files: {report.Valid} valid, {report.Invalid} invalid");
        foreach (var file in report.Files)
        {
            var name = Path.GetRelativePath(inbox, file.Path!);
            var verdict = file.IsValid ? (ja ? "有効" : "valid  ") : (ja ? "無効" : "invalid");
            text.AppendLine(file.Findings.Count == 0
                ? $"  {verdict} {name}"
                : ja ? $"  {verdict} {name}（エラー {file.Errors} 件、警告 {file.Warnings} 件）" : $"  {verdict} {name} ({file.Errors} errors, {file.Warnings} warnings)");
            foreach (var finding in file.Findings.Take(FindingsShown))
            {
                var where = finding.Line is { } line ? $" ({line}:{finding.Column})" : "";
                text.AppendLine($"      {finding.Code} {(finding.Pointer.Length == 0 ? "/" : finding.Pointer)}{where}: {options.Message(finding)}");
            }

            if (file.Findings.Count > FindingsShown)
            {
                var more = file.Findings.Count - FindingsShown;
                text.AppendLine(ja ? $"      ほか {more} 件（summary.json を参照）" : $"      and {more} more (see summary.json)");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The JSON summary: <c>{"inbox","policy","files","valid","invalid","codes":{code:count},"results":[{"file","valid",
    /// "kind","formatVersion","errors","warnings","findings":[{"code","severity","pointer","line","column","message"}]}]}</c>.
    /// </summary>
    private static byte[] Json(BatchReport report, string inbox, SupportPlanOptions options, string policy)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = PlanJson.Options.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("inbox", inbox);
            writer.WriteString("policy", policy);
            writer.WriteNumber("files", report.Files.Count);
            writer.WriteNumber("valid", report.Valid);
            writer.WriteNumber("invalid", report.Invalid);
            writer.WriteStartObject("codes");
            foreach (var code in report.Files.SelectMany(f => f.Findings).GroupBy(f => f.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                writer.WriteNumber(code.Key, code.Count());
            }

            writer.WriteEndObject();
            writer.WriteStartArray("results");
            foreach (var file in report.Files)
            {
                writer.WriteStartObject();
                writer.WriteString("file", Path.GetRelativePath(inbox, file.Path!));
                writer.WriteBoolean("valid", file.IsValid);
                writer.WriteString("kind", file.Kind.ToString().ToLowerInvariant());
                writer.WriteString("formatVersion", file.FormatVersion);
                writer.WriteNumber("errors", file.Errors);
                writer.WriteNumber("warnings", file.Warnings);
                writer.WriteStartArray("findings");
                foreach (var finding in file.Findings)
                {
                    FindingJson.Write(writer, finding, options.Language);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
