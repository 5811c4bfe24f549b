using SupportPlan.Interop.Schemas;

namespace SupportPlan.Cli.Commands;

/// <summary><c>supportplan schema --out DIR</c>: writes the published JSON Schemas (plan, handover package, shared definitions).</summary>
internal static class SchemaCommand
{
    public static int Run(CommandLine args, TextWriter stdout)
    {
        var outDir = args.Value("out") ?? throw new UsageException("schema needs --out DIR");
        args.RejectUnknown();
        foreach (var path in PublishedSchemas.WriteAll(outDir))
        {
            stdout.WriteLine($"wrote {path}");
        }

        return CliApp.Ok;
    }
}
