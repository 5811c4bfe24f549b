using System.Diagnostics;
using System.Text.Json;
using SupportPlan.Interop.Tests.Schemas.Generation;

namespace SupportPlan.Interop.Tests.Schemas;

/// <summary>
/// Runs Ajv (Node.js) once over every document of the schema test set: valid scenario and generated plans and
/// packages, and their mutations. Installs <c>node_modules</c> with <c>npm ci</c> when it is missing.
/// </summary>
public sealed class AjvFixture : IDisposable
{
    private static readonly JsonSerializerOptions ReadOptions = new() { PropertyNameCaseInsensitive = true };

    private readonly string _work = Path.Combine(Path.GetTempPath(), "supportplan-ajv-" + Guid.NewGuid().ToString("N"));

    public AjvFixture()
    {
        var root = SchemaGenerator.RepoRoot();
        var ajvFolder = Path.Combine(root, "tests", "SupportPlan.Interop.Tests", "ajv");
        if (!Directory.Exists(Path.Combine(ajvFolder, "node_modules", "ajv")))
        {
            Run(Tool("npm"), ["ci", "--no-audit", "--no-fund"], ajvFolder, TimeSpan.FromMinutes(5));
        }

        var valid = SchemaDocuments.ScenarioPlans_()
            .Concat(SchemaDocuments.ScenarioPackages())
            .Concat(SchemaDocuments.Generated(plans: 20, packages: 10))
            .ToList();
        var mutated = valid.Where(d => d.Name.StartsWith("plan:", StringComparison.Ordinal)).Take(3)
            .Concat(valid.Where(d => d.Name.StartsWith("package:", StringComparison.Ordinal)).Take(3))
            .SelectMany(SchemaDocuments.Mutations);
        Documents = [.. valid, .. mutated];

        Directory.CreateDirectory(_work);
        var list = Documents.Select((d, i) =>
        {
            var path = Path.Combine(_work, $"doc{i}.json");
            File.WriteAllBytes(path, d.Json);
            return new Dictionary<string, string>
            {
                ["name"] = d.Name,
                ["schema"] = d.Schema == SchemaKind.Plan ? SchemaGenerator.PlanFile : SchemaGenerator.HandoverFile,
                ["path"] = path,
            };
        }).ToList();
        var listFile = Path.Combine(_work, "list.json");
        File.WriteAllText(listFile, JsonSerializer.Serialize(list));

        var output = Run(Tool("node"), [Path.Combine(ajvFolder, "validate.mjs"), Path.Combine(root, "schemas"), listFile], ajvFolder, TimeSpan.FromMinutes(2));
        var results = JsonSerializer.Deserialize<List<AjvResult>>(output, ReadOptions)!;
        Results = results.ToDictionary(r => r.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<SchemaDocument> Documents { get; }

    public IReadOnlyDictionary<string, AjvResult> Results { get; }

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    /// <summary>The full path of a program on PATH, or a clear failure.</summary>
    private static string Tool(string name)
    {
        var candidates = OperatingSystem.IsWindows() ? new[] { name + ".cmd", name + ".exe" } : [name];
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in candidates)
            {
                var path = Path.Combine(dir, candidate);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        throw new InvalidOperationException(
            $"'{name}' is not on PATH. The schema tests check the published JSON Schemas with Ajv and need Node.js and npm " +
            "(https://nodejs.org); install them, or run the other tests with --filter \"FullyQualifiedName!~Ajv\".");
    }

    private static string Run(string program, string[] arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in {timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr.Result}");
        }

        return stdout.Result;
    }
}

/// <summary>One document's result from <c>validate.mjs</c>.</summary>
public sealed record AjvResult(string Name, bool Valid, IReadOnlyList<string> Errors);

[CollectionDefinition(Name)]
public sealed class AjvGroup : ICollectionFixture<AjvFixture>
{
    public const string Name = "Ajv";
}
