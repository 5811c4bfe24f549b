using System.Text.Json;

namespace SupportPlan.Interop.Schemas;

/// <summary>
/// The JSON Schemas of the handover format (draft-07), as published in the repository's <c>schemas/</c> folder and
/// embedded in this assembly: the plan, the handover package, and the definitions both share. Vendors in any language
/// can validate files with them; the fast validator compiles the same embedded files, so both always agree on the
/// contract.
/// </summary>
public static class PublishedSchemas
{
    /// <summary>The shared definitions.</summary>
    public const string DefinitionsFile = "supportplan-defs.schema.json";

    /// <summary>The plan schema.</summary>
    public const string PlanFile = "supportplan-plan.schema.json";

    /// <summary>The handover package schema.</summary>
    public const string HandoverFile = "supportplan-handover.schema.json";

    private const string ResourcePrefix = "SupportPlan.Interop.Schemas.";

    /// <summary>The file names of the published schemas.</summary>
    public static IReadOnlyList<string> FileNames { get; } = [DefinitionsFile, PlanFile, HandoverFile];

    private static readonly Lazy<CompiledSchemas> Compiled = new(() => CompiledSchemas.Compile(FileNames.ToDictionary(f => f, Read)));

    /// <summary>The text of one published schema (UTF-8 JSON).</summary>
    /// <param name="fileName">One of <see cref="FileNames"/>.</param>
    /// <exception cref="ArgumentException">The name is not a published schema.</exception>
    public static string Read(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        using var stream = typeof(PublishedSchemas).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new ArgumentException($"'{fileName}' is not a published schema.", nameof(fileName));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Writes every published schema into a directory (created when missing), returning the paths written.</summary>
    /// <param name="directory">The directory.</param>
    public static IReadOnlyList<string> WriteAll(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        foreach (var file in FileNames)
        {
            var path = Path.Combine(directory, file);
            File.WriteAllText(path, Read(file));
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>The compiled schemas the fast validator uses.</summary>
    internal static CompiledSchemas Schemas => Compiled.Value;
}

/// <summary>The published schemas compiled for the structure layer.</summary>
internal sealed record CompiledSchemas(SchemaNode Plan, SchemaNode Handover)
{
    public static CompiledSchemas Compile(IReadOnlyDictionary<string, string> texts)
    {
        var documents = texts.ToDictionary(t => t.Key, t => JsonDocument.Parse(t.Value).RootElement.Clone(), StringComparer.Ordinal);
        var compiler = new SchemaCompiler(documents);
        return new CompiledSchemas(compiler.Compile(PublishedSchemas.PlanFile), compiler.Compile(PublishedSchemas.HandoverFile));
    }
}
