using System.Text;
using System.Text.Json.Nodes;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Tests.Support;
using SupportPlan.Interop.Validation;

namespace SupportPlan.Interop.Tests.Packages;

public sealed class VersioningTests
{
    private static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static IEnumerable<object[]> LegacyFiles =>
        Directory.EnumerateFiles(Fixture("versions", "0"), "*.json").Order().Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(LegacyFiles))]
    public void A_file_written_by_the_pre_1_0_redact_command_is_read_by_migration(string file)
    {
        var bytes = File.ReadAllBytes(Fixture("versions", "0", file));
        var legacy = JsonNode.Parse(bytes)!;
        var read = PackageJson.Read(bytes);

        Assert.True(read.Success, string.Join("\n", read.Findings));
        Assert.True(read.Migrated);
        Assert.Equal("0", read.SourceVersion);
        Assert.Equal(["SP-VER-005"], read.Findings.Select(f => f.Code));
        var package = read.Package!;
        Assert.Equal(PackageFormat.CurrentVersion, package.FormatVersion);
        // nothing the old file held is lost: plan and report and record are the same values
        Assert.Equal(legacy["plan"]!.ToJsonString(), JsonNode.Parse(Model.Json.PlanJson.Serialize(package.Plan))!.ToJsonString());
        Assert.Equal(legacy["report"]!["planId"]!.GetValue<string>(), package.Report.PlanId.ToString());
        Assert.Equal(legacy["report"]!["recipient"]!["kind"]!.GetValue<string>(), Kebab(package.Recipient.Kind.ToString()));
        Assert.Equal(legacy["report"]!["date"]!.GetValue<string>(), package.DecidedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(legacy["provisionRecord"] is not null, package.ProvisionRecord is not null);
        // the migrated package is sealed, and migrating twice gives the same package
        Assert.Equal(package.Digest.Value, HandoverPackages.ComputeDigest(package));
        Assert.Equal(package, PackageJson.Read(bytes).Package);
        // written again, it is a current package that reads without migration
        var again = PackageJson.Read(PackageJson.Serialize(package));
        Assert.False(again.Migrated);
        Assert.Equal(package, again.Package);
    }

    [Theory]
    [MemberData(nameof(LegacyFiles))]
    public void The_validator_reads_an_old_file_and_says_what_it_cannot_check(string file)
    {
        var result = new PackageValidator().ValidateFile(Fixture("versions", "0", file));
        Assert.True(result.IsValid, string.Join("\n", result.Findings));
        Assert.Equal("0", result.FormatVersion);
        Assert.Contains(result.Findings, f => f.Code == "SP-VER-005");
    }

    [Theory]
    [InlineData("2.0")]
    [InlineData("10.3")]
    public void A_newer_major_version_is_refused(string version)
    {
        var result = new PackageValidator().Validate(WithVersion(version));
        Assert.False(result.IsValid);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("SP-VER-002", finding.Code);
        Assert.Equal("/formatVersion", finding.Pointer);
        Assert.NotNull(finding.Line);
        Assert.Null(PackageJson.Read(WithVersion(version)).Package);
    }

    [Fact]
    public void A_newer_minor_version_is_read_with_a_warning_and_its_new_members_are_reported_not_dropped()
    {
        var same = new PackageValidator().Validate(WithVersion("1.7"));
        Assert.Contains(same.Findings, f => f.Code == "SP-VER-003" && f.Severity == Model.Checks.FindingSeverity.Warning);

        var node = JsonNode.Parse(SamplePackages.Nemuro.Bytes)!.AsObject();
        node["formatVersion"] = "1.1";
        node["transportNote"] = "added in 1.1";
        var result = new PackageValidator().Validate(Encoding.UTF8.GetBytes(node.ToJsonString()));
        Assert.False(result.IsValid);
        Assert.Contains(result.Findings, f => f.Code == "SP-VER-003");
        Assert.Contains(result.Findings, f => f.Code == "SP-SCH-002" && f.Pointer == "/transportNote");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("v1.0")]
    [InlineData("01.0")]
    [InlineData("0.9")]
    public void A_version_that_is_not_major_dot_minor_of_a_known_major_is_refused(string version)
    {
        var result = new PackageValidator().Validate(WithVersion(version));
        Assert.Contains(result.Findings, f => f.Code == "SP-VER-004");
        Assert.False(result.IsValid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(10)]
    public void A_version_left_out_or_not_a_string_is_refused_with_a_finding(int? number)
    {
        // Left out, the validator once read the missing member's text and failed on its own (SP-IO-004).
        var node = JsonNode.Parse(SamplePackages.Nemuro.Bytes)!.AsObject();
        node.Remove("formatVersion");
        if (number is { } n)
        {
            node["formatVersion"] = n;
        }

        var result = new PackageValidator().Validate(Encoding.UTF8.GetBytes(node.ToJsonString()));
        Assert.False(result.IsValid);
        Assert.DoesNotContain(result.Findings, f => f.Code == "SP-IO-004");
        var finding = Assert.Single(result.Findings, f => f.Code == "SP-VER-004");
        Assert.Contains(number is null ? "(none)" : "10", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_format_is_not_a_package()
    {
        var result = new PackageValidator().Validate("""{"format":"something-else","formatVersion":"1.0"}"""u8.ToArray());
        Assert.Equal("SP-VER-001", Assert.Single(result.Findings).Code);
    }

    private static byte[] WithVersion(string version)
    {
        var node = JsonNode.Parse(SamplePackages.Nemuro.Bytes)!.AsObject();
        node["formatVersion"] = version;
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }

    private static string Kebab(string name) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}
