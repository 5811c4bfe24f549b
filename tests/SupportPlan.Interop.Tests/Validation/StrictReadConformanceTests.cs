using System.Text.Json;
using System.Text.Json.Nodes;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Schemas;
using SupportPlan.Interop.Tests.Schemas;
using SupportPlan.Interop.Tests.Support;
using SupportPlan.Interop.Validation;
using SupportPlan.Interop.Versioning;
using SupportPlan.Testing;

namespace SupportPlan.Interop.Tests.Validation;

/// <summary>
/// The validator's fast path settles a clean package without walking the schema, on the strength of this: a document
/// the fast path reads (<see cref="PackageValidator.TryReadWithDigest"/>: the strict reader over the file, then
/// <see cref="PackageValidator.HoldsSchemaConstants"/>) conforms to the published handover schema. Held over every one-value mistake of the sample and generated packages: members left
/// out, repeated, null, of another type or unknown, and each string, number and boolean replaced by values that break
/// the schema's enums, patterns, formats and ranges in the ways vendors do.
/// </summary>
public sealed class StrictReadConformanceTests
{
    [Fact]
    public void Every_mistake_the_strict_reader_takes_conforms_to_the_schema()
    {
        var documents = SamplePackages.All.Select(s => s.Bytes)
            .Concat(SchemaDocuments.ScenarioPackages().Concat(SchemaDocuments.Generated(0, 30)).Where(d => d.Schema == SchemaKind.Handover).Select(d => d.Json))
            .OrderBy(b => b.Length).ToList();
        var (taken, refused) = (0, 0);
        var breaks = new List<string>();
        foreach (var (label, json) in ReadingAgreement.Mutations(documents).Concat(ReadingAgreement.ValueMutations(documents)))
        {
            // What the fast path takes (before it compares the digest, which every mutation breaks).
            if (PackageValidator.TryReadWithDigest(json, ValidationOptions.DefaultMaxDepth, out _) is null)
            {
                refused++;
                continue;
            }

            taken++;
            if (!StructureWalker.Conforms(json, PublishedSchemas.Schemas.Handover))
            {
                breaks.Add(label);
            }
        }

        Assert.True(breaks.Count == 0, $"{breaks.Count} documents the strict reader takes break the schema:\n{string.Join("\n", breaks.Take(40))}");
        Assert.True(taken > 3000 && refused > 4000, $"{taken} mutations taken, {refused} refused");
    }

    [Theory]
    [InlineData("/format", "supportplan-handover ")]
    [InlineData("/formatVersion", "1.00")]
    [InlineData("/digest/algorithm", "SHA-256")]
    [InlineData("/digest/canonicalization", "jcs")]
    [InlineData("/digest/value", "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    public void The_constants_the_reader_cannot_check_are_checked_on_the_package(string pointer, string value)
    {
        var root = JsonNode.Parse(SamplePackages.Nemuro.Bytes)!;
        var segments = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var parent = segments.Length == 1 ? root : root[segments[0]]!;
        parent[segments[^1]] = value;
        var json = JsonSerializer.SerializeToUtf8Bytes(root);

        var read = PackageJson.ReadDetected(json, DetectedFormat.Current, PackageFormat.CurrentVersion);
        Assert.NotNull(read.Package);
        Assert.False(PackageValidator.HoldsSchemaConstants(read.Package));
        Assert.False(StructureWalker.Conforms(json, PublishedSchemas.Schemas.Handover));
        Assert.True(PackageValidator.HoldsSchemaConstants(SamplePackages.Nemuro.Package));
    }
}
