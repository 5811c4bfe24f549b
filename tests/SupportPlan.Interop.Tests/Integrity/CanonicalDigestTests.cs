using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SupportPlan.Interop.Integrity;

namespace SupportPlan.Interop.Tests.Integrity;

public sealed class CanonicalDigestTests
{
    [Fact]
    public void Digest_of_the_rfc_sample_is_the_sha256_of_its_canonical_bytes()
    {
        // sha256sum of Fixtures/jcs/output/values.json, computed outside .NET.
        using JsonDocument document = JsonDocument.Parse(
            File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "jcs", "input", "values.json")));

        Assert.True(CanonicalDigest.TrySha256(document.RootElement, null, out string hex, out string? error));
        Assert.Null(error);
        Assert.Equal("0af3685dce30daa753153aadb1956b0f3133642fbe5d4a5e3a4267f94814ba87", hex);
    }

    [Fact]
    public void Digest_of_a_small_object_is_known()
    {
        // printf '{"a":1}' | sha256sum
        using JsonDocument document = JsonDocument.Parse("""{ "a" : 1.0, "digest": "ignored" }""");

        Assert.True(CanonicalDigest.TrySha256(document.RootElement, "digest", out string hex, out _));
        Assert.Equal("015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862", hex);
    }

    [Fact]
    public void Large_documents_are_digested_in_chunks_with_the_same_result()
    {
        // Far larger than the 4 KiB chunk: many small writes, and strings larger than a chunk, with and without escapes.
        StringBuilder json = new("{\"items\":[");
        for (int i = 0; i < 20_000; i++)
        {
            json.Append(i > 0 ? "," : "")
                .Append("{\"名前\":\"根室 太郎").Append(i).Append("\",\"n\":").Append(i * 0.37).Append(",\"ok\":true,\"tab\":\"\\t\"}");
        }

        json.Append("],\"long\":\"").Append(new string('あ', 300_000)).Append("\",\"longEscaped\":\"")
            .Append(string.Concat(Enumerable.Repeat("\\u65e5\\n\\ud83d\\ude00", 50_000))).Append("\"}");
        using JsonDocument document = JsonDocument.Parse(json.ToString());

        byte[] canonical = JsonCanonicalizer.Canonicalize(document.RootElement);
        Assert.True(canonical.Length > 2_000_000);
        Assert.True(CanonicalDigest.TrySha256(document.RootElement, null, out string hex, out _));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(canonical)), hex);
    }

    [Fact]
    public void Failure_leaves_an_empty_digest_and_says_why()
    {
        using JsonDocument document = JsonDocument.Parse("""{"a":[1e400]}""");

        Assert.False(CanonicalDigest.TrySha256(document.RootElement, null, out string hex, out string? error));
        Assert.Equal(string.Empty, hex);
        Assert.Contains("/a/0", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Digest_is_the_same_for_any_spelling_of_a_document()
    {
        using JsonDocument a = JsonDocument.Parse("""{"b":[1E3,"\u0041\/"],"a":{"y":null,"x":-0.0}}""");
        using JsonDocument b = JsonDocument.Parse("""
            {
                "a": { "x": 0, "y": null },
                "b": [ 1000.0, "A/" ]
            }
            """);

        Assert.True(CanonicalDigest.TrySha256(a.RootElement, null, out string first, out _));
        Assert.True(CanonicalDigest.TrySha256(b.RootElement, null, out string second, out _));
        Assert.Equal(first, second);
    }
}
