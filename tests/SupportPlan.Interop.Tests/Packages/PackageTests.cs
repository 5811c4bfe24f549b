using System.Text;
using System.Text.Json.Nodes;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Tests.Support;
using SupportPlan.Model.Consent;
using SupportPlan.Rules.Decisions;

namespace SupportPlan.Interop.Tests.Packages;

public sealed class PackageTests
{
    [Fact]
    public void Samples_cover_every_scenario_with_a_consent_and_several_recipient_kinds()
    {
        Assert.True(SamplePackages.All.Count >= 6, string.Join(", ", SamplePackages.All));
        Assert.True(SamplePackages.All.Select(s => s.Request.Recipient.Kind).Distinct().Count() >= 3);
    }

    [Theory]
    [MemberData(nameof(SamplePackages.Names), MemberType = typeof(SamplePackages))]
    public void A_package_reads_back_equal(string name)
    {
        var sample = SamplePackages.Named(name);
        var read = PackageJson.Read(sample.Bytes);
        Assert.Empty(read.Findings);
        Assert.Equal(sample.Package, read.Package);
        Assert.Equal(PackageFormat.CurrentVersion, read.SourceVersion);
        Assert.False(read.Migrated);
    }

    [Theory]
    [InlineData("2026-11-21T09:00:00+09:00", true)]
    [InlineData("2026-11-21T00:00:00Z", true)]
    [InlineData("2026-11-21T09:00:00.1234567+09:00", true)]
    [InlineData("2026-11-20T15:00:00-09:30", true)]
    [InlineData("2026-11-21T09:00:00", false)]
    [InlineData("2026-11-21T09:00:00.5", false)]
    [InlineData("2026-11-21", false)]
    [InlineData("2026-11-21T09:00:00+0900", false)]
    [InlineData("2026-11-21T09:00+09:00", false)]
    [InlineData("2026-11-21T09:00:00+09", false)]
    [InlineData("2026-11-21 09:00:00+09:00", false)]
    public void The_creation_time_is_read_only_with_its_offset(string createdAt, bool read)
    {
        var bytes = Mistakes.Sealed(n => n["createdAt"] = createdAt);
        var result = PackageJson.Read(bytes);
        if (read)
        {
            Assert.Empty(result.Findings);
            Assert.Equal(DateTimeOffset.Parse(createdAt, System.Globalization.CultureInfo.InvariantCulture), result.Package!.CreatedAt);
            Assert.Equal(result.Package.CreatedAt.Offset, DateTimeOffset.Parse(createdAt, System.Globalization.CultureInfo.InvariantCulture).Offset);
        }
        else
        {
            Assert.Null(result.Package);
            var finding = Assert.Single(result.Findings);
            Assert.Equal(("SP-JSON-005", "/createdAt"), (finding.Code, finding.Pointer));
        }
    }

    [Fact]
    public void A_creation_time_written_with_escapes_reads_as_written()
    {
        // JSON lets every character be escaped; a fully escaped date-time (150 bytes for 25 characters) is the same text.
        var text = SamplePackages.Nemuro.Package.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        var escaped = string.Concat(text.Select(c => $"\\u{(int)c:X4}"));
        var json = Encoding.UTF8.GetString(Mistakes.Sealed(_ => { })).Replace(
            $"\"createdAt\": {System.Text.Json.JsonSerializer.Serialize(text)}", $"\"createdAt\": \"{escaped}\"", StringComparison.Ordinal);
        Assert.Contains(escaped, json, StringComparison.Ordinal);

        var read = PackageJson.Read(Encoding.UTF8.GetBytes(json));
        Assert.Empty(read.Findings);
        Assert.Equal(SamplePackages.Nemuro.Package.CreatedAt, read.Package!.CreatedAt);
        Assert.True(Interop.Schemas.StructureWalker.Conforms(Encoding.UTF8.GetBytes(json), Interop.Schemas.PublishedSchemas.Schemas.Handover));
        var validated = new Interop.Validation.PackageValidator().Validate(Encoding.UTF8.GetBytes(json)); // escapes are not content: the digest holds
        Assert.True(validated.IsValid && validated.FastPath, string.Join("\n", validated.Findings));
    }

    [Theory]
    [MemberData(nameof(SamplePackages.Names), MemberType = typeof(SamplePackages))]
    public void A_package_carries_what_the_issue_lists(string name)
    {
        var sample = SamplePackages.Named(name);
        var package = sample.Package;
        Assert.Equal("supportplan-handover", package.Format);
        Assert.Equal("1.0", package.FormatVersion);
        Assert.Equal(sample.Result.DisclosedPlan, package.Plan);
        Assert.Equal(sample.Result.Report, package.Report);
        Assert.Equal(sample.Result.ProvisionRecord, package.ProvisionRecord);
        Assert.Equal(sample.Request.Recipient.Kind, package.Recipient.Kind);
        Assert.Equal(sample.Request.Sender.SchoolCode, package.Sender.SchoolCode);
        Assert.Equal(sample.Request.Sender.Establishment(), package.Sender.Establishment);
        Assert.Equal(sample.Request.Purpose, package.Purpose);
        Assert.Matches("^[0-9a-f]{64}$", package.Digest.Value);
    }

    [Theory]
    [MemberData(nameof(SamplePackages.Names), MemberType = typeof(SamplePackages))]
    public void The_consent_records_carried_are_exactly_the_grants_the_report_relies_on(string name)
    {
        var sample = SamplePackages.Named(name);
        var cited = sample.Result.Report.Entries.Where(e => e.Outcome == ItemOutcome.DisclosedOnConsent).SelectMany(e => e.ConsentIds).ToHashSet();
        Assert.NotEmpty(cited);
        Assert.Equal(cited.Order(), sample.Package.Consents.Select(c => c.Id).Order());
        Assert.All(sample.Package.Consents, c => Assert.Equal(ConsentDecision.Granted, c.Decision));
    }

    [Fact]
    public void The_digest_is_the_same_for_the_same_content_and_changes_with_any_value()
    {
        var package = SamplePackages.Nemuro.Package;
        Assert.Equal(package.Digest.Value, HandoverPackages.ComputeDigest(package));
        Assert.Equal(package.Digest.Value, HandoverPackages.ComputeDigest(package with { Digest = PackageDigest.OfSha256(new string('f', 64)) }));
        Assert.NotEqual(package.Digest.Value, HandoverPackages.ComputeDigest(package with { Purpose = DisclosurePurpose.AgencySharing }));
        Assert.NotEqual(package.Digest.Value, HandoverPackages.ComputeDigest(package with { CreatedAt = package.CreatedAt.AddSeconds(1) }));
    }

    [Fact]
    public void The_digest_does_not_depend_on_member_order_or_indentation()
    {
        // A vendor in another language may write members in another order and without indentation: same digest.
        var sample = SamplePackages.Nemuro;
        var node = JsonNode.Parse(sample.Bytes)!.AsObject();
        var reordered = new JsonObject();
        foreach (var (key, value) in node.Reverse().ToList())
        {
            node.Remove(key);
            reordered[key] = value;
        }

        var compact = Encoding.UTF8.GetBytes(reordered.ToJsonString());
        var read = PackageJson.Read(compact);
        Assert.NotNull(read.Package);
        Assert.Equal(sample.Package.Digest.Value, HandoverPackages.ComputeDigest(read.Package!));
    }

    [Fact]
    public void A_blocked_or_empty_disclosure_makes_no_package()
    {
        var sample = SamplePackages.Nemuro;
        var nothing = new DisclosureEngine().Decide(sample.Request with { Recipient = new() { Kind = RecipientKind.Employer, Name = "株式会社どこか" } });
        Assert.True(nothing.NothingDisclosed);
        Assert.Throws<InvalidOperationException>(() => HandoverPackages.Create(sample.Request, nothing, SamplePackages.CreatedAt));
    }
}
