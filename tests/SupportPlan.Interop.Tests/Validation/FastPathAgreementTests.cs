using System.Text;
using System.Text.Json.Nodes;
using FsCheck.Fluent;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Tests.Support;
using SupportPlan.Interop.Validation;
using SupportPlan.Testing;

namespace SupportPlan.Interop.Tests.Validation;

/// <summary>
/// The validator settles a clean current package in one pass (the fast path) and anything else layer by layer.
/// Whatever the input, the two must give the same result: same validity, kind, version and findings, each with the
/// same code, pointer, line, column and messages.
/// </summary>
public sealed class FastPathAgreementTests
{
    private static readonly PackageValidator Fast = new(new ValidationOptions { MaxFindings = 80 });
    private static readonly PackageValidator Layered = new(new ValidationOptions { MaxFindings = 80, LayeredOnly = true });

    private static ValidationResult Agree(byte[] bytes)
    {
        var fast = Fast.Validate(bytes);
        var layered = Layered.Validate(bytes);
        Assert.False(layered.FastPath);
        Assert.Equal(layered.IsValid, fast.IsValid);
        Assert.Equal(layered.Kind, fast.Kind);
        Assert.Equal(layered.FormatVersion, fast.FormatVersion);
        Assert.Equal(layered.Omitted, fast.Omitted);
        Assert.Equal(layered.Findings, fast.Findings);
        Assert.Equal(layered.Package is null, fast.Package is null);
        return fast;
    }

    [Theory]
    [MemberData(nameof(SamplePackages.Names), MemberType = typeof(SamplePackages))]
    public void Every_sample_package_takes_the_fast_path_with_the_layers_result(string name)
    {
        var result = Agree(SamplePackages.Named(name).Bytes);
        Assert.True(result.FastPath);
        Assert.True(result.IsValid);
        Assert.Equal(SamplePackages.Named(name).Package, result.Package);
    }

    [Theory]
    [MemberData(nameof(Mistakes.Names), MemberType = typeof(Mistakes))]
    public void Every_stored_mistake_gets_the_layers_findings(string name)
    {
        var result = Agree(Mistakes.Named(name).Make());
        Assert.Contains(result.Findings, f => f.Code == Mistakes.Named(name).Code);
    }

    [Theory]
    [InlineData("bom")]
    [InlineData("newer-minor")]
    [InlineData("duplicate-digest")]
    [InlineData("compact")]
    [InlineData("explicit-null")]
    public void Files_the_fast_path_must_not_settle_alone_agree(string variant)
    {
        var source = SamplePackages.Nemuro.Bytes;
        var bytes = variant switch
        {
            "bom" => [0xEF, 0xBB, 0xBF, .. source],
            "newer-minor" => Mistakes.Sealed(n => n["formatVersion"] = "1.7"),
            "duplicate-digest" => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(source).TrimEnd().TrimEnd('}') + ",\"digest\":{}}"),
            "explicit-null" => Mistakes.Sealed(n => n["provisionRecord"] = null), // a vendor that writes null for what it leaves out
            _ => Encoding.UTF8.GetBytes(JsonNode.Parse(source)!.ToJsonString()),
        };
        var result = Agree(bytes);
        Assert.Equal(variant is "compact" or "explicit-null", result.FastPath);
        Assert.True(variant != "explicit-null" || result is { IsValid: true, Findings.Count: 0 });
    }

    [Theory]
    [InlineData(".0")]
    [InlineData("e0")]
    [InlineData("E+0")]
    public void A_number_spelled_otherwise_than_canonically_goes_to_the_layers(string suffix)
    {
        // The digest cannot tell 200 from 200.0 (they have one canonical form), so the file below is sealed; the fast
        // path must not take it as 200: its reader takes an integer only as written, and leaves 200.0 to the layers.
        var text = Encoding.UTF8.GetString(SamplePackages.Nemuro.Bytes);
        var number = System.Text.RegularExpressions.Regex.Match(text, @"""requiredDays"": (\d+)");
        Assert.True(number.Success);
        var end = number.Groups[1].Index + number.Groups[1].Length;
        var bytes = Encoding.UTF8.GetBytes(text[..end] + suffix + text[end..]);

        var result = Agree(bytes);
        Assert.False(result.FastPath);
        Assert.False(result.IsValid);
        Assert.DoesNotContain(result.Findings, f => f.Code.StartsWith("SP-INT-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/digest/algorithm")]
    [InlineData("/digest/canonicalization")]
    [InlineData("/digest/value")]
    public void A_digest_member_of_the_wrong_type_is_a_finding_not_a_crash(string path)
    {
        // Found by the mutation property: the integrity layer compared a non-string with ValueEquals, which throws.
        var result = Agree(ValidatorProperties.MutateAt(SamplePackages.Nemuro.Bytes, path, 1));
        Assert.DoesNotContain(result.Findings, f => f.Code == "SP-IO-004");
        Assert.Contains(result.Findings, f => f.Code == "SP-SCH-001" && f.Pointer == path);
        Assert.Contains(result.Findings, f => f.Code == "SP-INT-003");
    }

    [Fact]
    public void Generated_packages_agree() =>
        Properties.ForAll(GeneratedPackages.Any, package =>
        {
            if (package is not null)
            {
                Agree(PackageJson.Serialize(package, indented: true));
            }
        }, 80);

    [Fact]
    public void Byte_level_mutations_agree()
    {
        var source = SamplePackages.Nemuro.Bytes;
        Properties.ForAll(
            ValidatorProperties.ByteMutations(source, Gen.Choose(0, 255).Select(b => (byte)b)),
            bytes => Agree(bytes), 120);
    }

    [Fact]
    public void Resealed_value_mistakes_agree()
    {
        // Wrong codes, dates, identifiers and numbers behind a valid digest: the fast path, which does not walk the
        // schema, must leave every one the schema refuses to the layers.
        var mistakes = ReadingAgreement.ValueMutations([SamplePackages.Nemuro.Bytes]).ToArray();
        Properties.ForAll(Gen.Elements(mistakes), m =>
        {
            var root = JsonNode.Parse(m.Json)!.AsObject();
            Mistakes.Reseal(root);
            Agree(Encoding.UTF8.GetBytes(root.ToJsonString()));
        }, 300);
    }

    [Fact]
    public void Json_level_mutations_agree_sealed_or_not()
    {
        var source = SamplePackages.Nemuro.Bytes;
        var paths = JsonPaths.Of(JsonNode.Parse(source)!).ToArray();
        Properties.ForAll(
            from path in Gen.Elements(paths)
            from kind in Gen.Choose(0, 3)
            from reseal in Gen.Elements(true, false)
            select (path, kind, reseal),
            m =>
            {
                var bytes = ValidatorProperties.MutateAt(source, m.path, m.kind);
                if (m.reseal && JsonNode.Parse(bytes) is JsonObject root && root["digest"] is JsonObject)
                {
                    Mistakes.Reseal(root);
                    bytes = Encoding.UTF8.GetBytes(root.ToJsonString());
                }

                Agree(bytes);
            }, 200);
    }
}
