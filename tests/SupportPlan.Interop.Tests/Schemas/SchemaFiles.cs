using NJsonSchema;
using SupportPlan.Interop.Tests.Schemas.Generation;

namespace SupportPlan.Interop.Tests.Schemas;

/// <summary>The published schema files, loaded once with NJsonSchema (which resolves the relative file references).</summary>
public static class SchemaFiles
{
    private static readonly Lazy<(JsonSchema Plan, JsonSchema Handover)> Loaded = new(() =>
    {
        var folder = Folder;
        var plan = JsonSchema.FromFileAsync(Path.Combine(folder, SchemaGenerator.PlanFile)).GetAwaiter().GetResult();
        var handover = JsonSchema.FromFileAsync(Path.Combine(folder, SchemaGenerator.HandoverFile)).GetAwaiter().GetResult();
        return (plan, handover);
    });

    public static string Folder => Path.Combine(SchemaGenerator.RepoRoot(), "schemas");

    public static JsonSchema Plan => Loaded.Value.Plan;

    public static JsonSchema Handover => Loaded.Value.Handover;

    public static JsonSchema For(SchemaKind kind) => kind == SchemaKind.Plan ? Plan : Handover;

    /// <summary>NJsonSchema's errors for a document, flattened to "path: kind" lines.</summary>
    public static IReadOnlyList<string> Errors(SchemaDocument document) =>
        [.. For(document.Schema).Validate(document.Text).SelectMany(Flatten)];

    private static IEnumerable<string> Flatten(NJsonSchema.Validation.ValidationError error) =>
        error is NJsonSchema.Validation.ChildSchemaValidationError child
            ? [$"{error.Path}: {error.Kind}", .. child.Errors.SelectMany(e => e.Value).SelectMany(Flatten)]
            : [$"{error.Path}: {error.Kind}"];
}
