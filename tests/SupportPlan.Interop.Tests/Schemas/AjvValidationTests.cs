namespace SupportPlan.Interop.Tests.Schemas;

/// <summary>Ajv (strict mode, ajv-formats) loads the three published schemas and judges every document as NJsonSchema does.</summary>
[Collection(AjvGroup.Name)]
public sealed class AjvValidationTests(AjvFixture ajv)
{
    [Fact]
    public void Ajv_judged_every_document()
    {
        Assert.Equal(ajv.Documents.Count, ajv.Results.Count);
        Assert.True(ajv.Documents.Count(d => d.Valid) >= 30, $"only {ajv.Documents.Count(d => d.Valid)} valid documents");
        Assert.True(ajv.Documents.Count(d => !d.Valid) >= 30);
    }

    [Fact]
    public void Every_valid_document_is_valid_for_Ajv()
    {
        var failures = ajv.Documents.Where(d => d.Valid && !ajv.Results[d.Name].Valid)
            .Select(d => $"{d.Name}: {string.Join("; ", ajv.Results[d.Name].Errors.Take(5))}").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Every_mutated_document_is_invalid_for_Ajv()
    {
        var accepted = ajv.Documents.Where(d => !d.Valid && ajv.Results[d.Name].Valid).Select(d => d.Name).ToList();
        Assert.True(accepted.Count == 0, "accepted by Ajv: " + string.Join(", ", accepted));
    }

    [Fact]
    public void Ajv_and_NJsonSchema_agree_on_every_document()
    {
        var disagreements = ajv.Documents
            .Select(d => (d.Name, Ajv: ajv.Results[d.Name], NJsonSchema: SchemaFiles.Errors(d)))
            .Where(r => r.Ajv.Valid != (r.NJsonSchema.Count == 0))
            .Select(r => $"{r.Name}: Ajv {(r.Ajv.Valid ? "valid" : "invalid")} [{string.Join("; ", r.Ajv.Errors.Take(3))}], NJsonSchema [{string.Join("; ", r.NJsonSchema.Take(3))}]")
            .ToList();
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }
}
