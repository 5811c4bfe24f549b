using System.Text.Json;
using SupportPlan.Interop.Validation;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Json;
using SupportPlan.Rules.Json;
using SupportPlan.Rules.Policy;

namespace SupportPlan.Cli.Commands;

/// <summary>
/// <c>supportplan validate PATH... [--format text|json] [--lang ja|en] [--policy FILE]</c>: validates handover files
/// (and bare plans) and directories of them, in parallel. Exit 0 when all are valid, 1 when any is invalid, 2 on usage
/// errors.
/// </summary>
internal static class ValidateCommand
{
    public static int Run(CommandLine args, TextWriter stdout, TextWriter stderr)
    {
        var format = args.Value("format") ?? "text";
        var lang = args.Value("lang") ?? "ja";
        var policyFile = args.Value("policy");
        args.RejectUnknown(maxPositional: int.MaxValue);
        if (format is not ("text" or "json"))
        {
            throw new UsageException("--format must be text or json");
        }

        if (lang is not ("ja" or "en"))
        {
            throw new UsageException("--lang must be ja or en");
        }

        if (args.Positional.Count == 0)
        {
            throw new UsageException("validate needs at least one PATH (a file or a directory)");
        }

        if (PolicyFile.Load(policyFile, stderr) is not { } policy)
        {
            return CliApp.UsageError;
        }

        var validator = new PackageValidator(new ValidationOptions { Policy = policy });
        var report = validator.ValidateMany(args.Positional);
        if (format == "json")
        {
            stdout.WriteLine(Json(report, lang));
        }
        else
        {
            Text(report, lang, stdout);
        }

        return report.AllValid ? CliApp.Ok : CliApp.Invalid;
    }

    /// <summary>The JSON report, exactly <c>{"files":[{"path","valid","findings":[{"code","severity","pointer","line","column","message"}]}],"summary":{"files","valid","invalid"}}</c>.</summary>
    internal static string Json(BatchReport report, string lang)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = PlanJson.Options.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("files");
            foreach (var file in report.Files)
            {
                writer.WriteStartObject();
                writer.WriteString("path", file.Path);
                writer.WriteBoolean("valid", file.IsValid);
                writer.WriteStartArray("findings");
                foreach (var finding in file.Findings)
                {
                    FindingJson.Write(writer, finding, lang);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("summary");
            writer.WriteNumber("files", report.Files.Count);
            writer.WriteNumber("valid", report.Valid);
            writer.WriteNumber("invalid", report.Invalid);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Text(BatchReport report, string lang, TextWriter stdout)
    {
        var ja = lang == "ja";
        foreach (var file in report.Files)
        {
            var errors = file.Findings.Count(f => f.Severity == FindingSeverity.Error);
            var warnings = file.Findings.Count - errors;
            var verdict = file.IsValid ? (ja ? "有効" : "valid") : (ja ? "無効" : "invalid");
            stdout.WriteLine(ja
                ? $"{file.Path}: {verdict}（エラー {errors} 件、警告 {warnings} 件）"
                : $"{file.Path}: {verdict} ({errors} errors, {warnings} warnings)");
            foreach (var finding in file.Findings)
            {
                var where = finding.Line is { } line ? $" ({line}:{finding.Column})" : "";
                var severity = finding.Severity == FindingSeverity.Error ? (ja ? "エラー" : "error") : (ja ? "警告" : "warning");
                stdout.WriteLine($"  {severity} {finding.Code} {(finding.Pointer.Length == 0 ? "/" : finding.Pointer)}{where}: {finding.Message(lang)}");
            }
        }

        stdout.WriteLine(ja
            ? $"合計: {report.Files.Count} ファイル、有効 {report.Valid}、無効 {report.Invalid}"
            : $"summary: {report.Files.Count} files, {report.Valid} valid, {report.Invalid} invalid");
    }
}
