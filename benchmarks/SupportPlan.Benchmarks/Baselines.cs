using System.Text.Json;
using NJsonSchema;
using SupportPlan.Interop.Schemas;
using SupportPlan.Interop.Validation;

namespace SupportPlan.Benchmarks;

/// <summary>
/// The reference points the benchmarks are measured against, shared by the benchmark classes: a raw
/// <see cref="Utf8JsonReader"/> scan (the practical floor of any JSON reader), <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>,
/// and NJsonSchema with the published handover schema. <c>ValidationBenchmarks</c> still has its own copies of the
/// scan and the schema loading; it could use these later.
/// </summary>
internal static class Baselines
{
    /// <summary>Reads every token of the bytes and does nothing else.</summary>
    /// <param name="utf8Json">The bytes.</param>
    /// <returns>The number of tokens.</returns>
    public static int RawScan(byte[] utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    /// <summary>Parses the bytes into a <see cref="JsonDocument"/> (pooled; disposed at once), as the validator does.</summary>
    /// <param name="utf8Json">The bytes.</param>
    /// <returns>The number of root members.</returns>
    public static int ParseDocument(byte[] utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = ValidationOptions.DefaultMaxDepth + 1 });
        return document.RootElement.GetPropertyCount();
    }

    /// <summary>Loads the published handover schema into NJsonSchema (written to a temporary folder, which is then removed).</summary>
    /// <returns>The schema.</returns>
    public static JsonSchema LoadNJsonSchemaHandover()
    {
        var directory = Path.Combine(Path.GetTempPath(), "supportplan-bench-schemas-" + Guid.NewGuid().ToString("N"));
        try
        {
            _ = PublishedSchemas.WriteAll(directory);
            return JsonSchema.FromFileAsync(Path.Combine(directory, PublishedSchemas.HandoverFile)).GetAwaiter().GetResult();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
