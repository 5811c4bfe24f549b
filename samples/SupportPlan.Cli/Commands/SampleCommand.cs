using SupportPlan.Model.Json;
using SupportPlan.Scenarios;

namespace SupportPlan.Cli.Commands;

/// <summary><c>supportplan sample --list | --scenario NAME [--out FILE]</c>.</summary>
internal static class SampleCommand
{
    public static int Run(CommandLine args, TextWriter stdout, TextWriter stderr)
    {
        var list = args.Flag("list");
        var name = args.Value("scenario");
        var outFile = args.Value("out");
        args.RejectUnknown();
        if (list == (name is not null))
        {
            throw new UsageException("sample needs either --list or --scenario NAME");
        }

        if (list)
        {
            foreach (var scenario in Scenarios.Scenarios.All)
            {
                stdout.WriteLine($"{scenario.Name}\t{scenario.TitleJa}\t{scenario.Summary}");
            }

            return CliApp.Ok;
        }

        var found = Scenarios.Scenarios.Find(name!)
            ?? throw new UsageException($"no scenario '{name}'; try: {string.Join(", ", Scenarios.Scenarios.All.Select(s => s.Name))}");
        var json = PlanJson.Serialize(found.Build(), indented: true);
        if (outFile is null)
        {
            stdout.WriteLine(System.Text.Encoding.UTF8.GetString(json));
        }
        else
        {
            FileOutput.Write(outFile, json);
            stderr.WriteLine($"wrote {outFile} ({json.Length:N0} bytes)");
        }

        return CliApp.Ok;
    }
}
