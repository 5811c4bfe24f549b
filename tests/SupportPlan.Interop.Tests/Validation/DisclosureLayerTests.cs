using System.Text.Json.Nodes;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Tests.Support;
using SupportPlan.Interop.Validation;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Recipients;

namespace SupportPlan.Interop.Tests.Validation;

/// <summary>
/// The disclosure layer: a municipality checks that an incoming package carries nothing the family did not agree to
/// and no exception the law does not give this sender for this recipient. Each test breaks one thing in a valid,
/// re-sealed package, as a faulty or careless sending system would.
/// </summary>
public sealed class DisclosureLayerTests
{
    private static readonly PackageValidator Validator = new();

    private static readonly ExceptionClaim Claim = new()
    {
        Reason = "転学後の支援を途切れさせないため、支援の継続に必要不可欠な範囲で提供する。",
        ConsentEffort = "電話3回、家庭訪問2回、文書1回で連絡を試みたが保護者と連絡が取れなかった。",
        HarmAssessed = true,
    };

    /// <summary>Nemuro's plan from its public junior high school to the city's child welfare section, under the Art 69(2)(iii) exception.</summary>
    private static HandoverPackage UnderException()
    {
        var sender = Sender.FromSchoolCode(SchoolCode.Create(SchoolType.JuniorHigh, Prefecture.FromNumber(1).Value, Establishment.Public, "2230518"), "根室市立はまなす中学校");
        var request = new DisclosureRequest
        {
            Plan = Scenarios.Scenarios.Nemuro(),
            Sender = sender,
            Recipient = new Recipient { Kind = RecipientKind.PublicAgency, Name = "根室市 子ども家庭課" },
            Purpose = DisclosurePurpose.AgencySharing,
            Date = new DateOnly(2026, 9, 1),
            Exception = Claim,
        };
        var result = new DisclosureEngine().Decide(request);
        return HandoverPackages.Create(request, result, SamplePackages.CreatedAt);
    }

    private static byte[] Sealed(byte[] source, Action<JsonObject> change)
    {
        var node = JsonNode.Parse(source)!.AsObject();
        change(node);
        Mistakes.Reseal(node);
        return System.Text.Encoding.UTF8.GetBytes(node.ToJsonString());
    }

    [Fact]
    public void A_package_under_a_valid_exception_is_valid_and_says_so()
    {
        var package = UnderException();
        Assert.Contains(package.Report.Entries, e => e.Outcome == ItemOutcome.DisclosedUnderException && e.ArticleId == "appi-69-2-iii");
        Assert.NotNull(package.Exception);
        var result = Validator.Validate(PackageJson.Serialize(package));
        Assert.True(result.IsValid, string.Join("\n", result.Findings));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void The_same_exception_claimed_for_an_employer_covers_nothing()
    {
        // An employer is a consent-only recipient: no article lets a school send without consent.
        var bytes = Sealed(PackageJson.Serialize(UnderException()), n =>
        {
            n["recipient"]!["kind"] = "employer";
            n["report"]!["recipient"]!["kind"] = "employer";
        });
        var result = Validator.Validate(bytes);
        Assert.False(result.IsValid);
        var uncovered = result.Findings.Where(f => f.Code == "SP-DSC-003").ToList();
        Assert.NotEmpty(uncovered);
        Assert.All(uncovered, f => Assert.StartsWith("/plan/", f.Pointer, StringComparison.Ordinal));
        Assert.All(uncovered, f => Assert.NotNull(f.Line));
    }

    [Fact]
    public void An_exception_package_without_its_claim_covers_nothing()
    {
        var bytes = Sealed(PackageJson.Serialize(UnderException()), n => n.Remove("exception"));
        var result = Validator.Validate(bytes);
        Assert.Contains(result.Findings, f => f.Code == "SP-DSC-003");
    }

    [Fact]
    public void A_consent_record_left_out_of_the_package_leaves_the_items_it_covered_uncovered()
    {
        var bytes = Sealed(SamplePackages.Nemuro.Bytes, n => n["consents"] = new JsonArray());
        var result = Validator.Validate(bytes);
        Assert.False(result.IsValid);
        Assert.Contains(result.Findings, f => f.Code == "SP-DSC-004" && f.Pointer.StartsWith("/report/entries/", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.Code == "SP-DSC-003");
    }

    [Fact]
    public void A_consent_for_another_recipient_does_not_cover_this_one()
    {
        // The family agreed to public schools; the package says it goes to a private school.
        var bytes = Sealed(SamplePackages.Nemuro.Bytes, n =>
        {
            n["recipient"]!["kind"] = "private-school";
            n["recipient"]!["establishment"] = "private";
            n["report"]!["recipient"]!["kind"] = "private-school";
        });
        var result = Validator.Validate(bytes);
        Assert.Contains(result.Findings, f => f.Code == "SP-DSC-003");
    }

    [Fact]
    public void A_consent_that_had_expired_on_the_decision_date_covers_nothing()
    {
        var bytes = Sealed(SamplePackages.Nemuro.Bytes, n =>
        {
            n["decidedOn"] = "2030-04-01";
            n["report"]!["date"] = "2030-04-01";
            n["createdAt"] = "2030-04-02T09:00:00+09:00";
        });
        var result = Validator.Validate(bytes);
        Assert.Contains(result.Findings, f => f.Code == "SP-DSC-003" && f.MessageEn.Contains("expired", StringComparison.Ordinal));
    }

    [Fact]
    public void An_item_the_report_does_not_mention_is_found()
    {
        var bytes = Sealed(SamplePackages.Nemuro.Bytes, n =>
        {
            var entries = n["report"]!["entries"]!.AsArray();
            entries.Remove(entries.First(e => e!["itemId"]!.GetValue<string>() == "common.remarks"));
        });
        var result = Validator.Validate(bytes);
        var finding = Assert.Single(result.Findings, f => f.Code == "SP-DSC-001");
        Assert.Equal("/plan/commonSheet/remarks", finding.Pointer);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_report_in_another_order_is_checked_alike_and_an_items_first_entry_counts(int seed)
    {
        // Another vendor may list the entries in any order; the layer walks a report in catalogue order and must find
        // the same entries when it is not. A repeated item counts by its first entry.
        var random = new Random(seed);
        var package = JsonNode.Parse(SamplePackages.Nemuro.Bytes)!;
        var entries = package["report"]!["entries"]!.AsArray().Select(e => e!.DeepClone()).ToList();
        var shuffled = entries.OrderBy(_ => random.Next()).ToList();
        var withheldFirst = entries.Select(e => e.DeepClone()).ToList();
        var remarks = withheldFirst.FindIndex(e => e["itemId"]!.GetValue<string>() == "common.remarks");
        var withheld = withheldFirst[remarks].DeepClone();
        withheld["outcome"] = "withheld";
        withheld["reason"] = "refused";
        withheldFirst.Insert(random.Next(remarks + 1), withheld);
        var disclosedFirst = entries.Select(e => e.DeepClone()).ToList();
        disclosedFirst.Add(withheld.DeepClone());

        static IReadOnlyList<string> Findings(IEnumerable<JsonNode> entries) => [.. Validator.Validate(Sealed(SamplePackages.Nemuro.Bytes, n => n["report"]!["entries"] = new JsonArray([.. entries.Select(e => e.DeepClone())])))
            .Findings.Where(f => f.Code.StartsWith("SP-DSC-", StringComparison.Ordinal)).Select(f => f.Code + " " + f.Pointer)];

        Assert.Empty(Findings(entries));
        Assert.Empty(Findings(shuffled));
        Assert.Equal(["SP-DSC-002 /plan/commonSheet/remarks"], Findings(withheldFirst));
        Assert.Empty(Findings(disclosedFirst));
        var shuffledWithheldFirst = withheldFirst.OrderBy(_ => random.Next()).ToList();
        var expected = shuffledWithheldFirst.First(e => e["itemId"]!.GetValue<string>() == "common.remarks")["outcome"]!.GetValue<string>() == "withheld"
            ? new[] { "SP-DSC-002 /plan/commonSheet/remarks" } : [];
        Assert.Equal(expected, Findings(shuffledWithheldFirst));
    }

    [Fact]
    public void A_report_for_another_plan_or_purpose_is_found()
    {
        var bytes = Sealed(SamplePackages.Nemuro.Bytes, n => n["report"]!["purpose"] = "agency-sharing");
        Assert.Contains(Validator.Validate(bytes).Findings, f => f.Code == "SP-DSC-005" && f.Pointer == "/report/purpose");
    }

    [Fact]
    public void A_provision_record_that_is_due_must_be_carried()
    {
        // The autism scenario's handover to the private elementary school, sent by a private kindergarten: a private
        // sender keeps an Art 29 record of what went to a private-sector recipient on consent.
        var autism = SamplePackages.Named("autism-transition/autism-2025-001").Request;
        var privateSender = Sender.FromSchoolCode(SchoolCode.Create(SchoolType.Kindergarten, Prefecture.FromNumber(21).Value, Establishment.Private, "6120047"), "学校法人ひかり学園 ひかり幼稚園");
        var request = autism with { Sender = privateSender };
        var result = new DisclosureEngine().Decide(request);
        var package = HandoverPackages.Create(request, result, SamplePackages.CreatedAt);
        Assert.NotNull(package.ProvisionRecord);
        var bytesWith = PackageJson.Serialize(package);
        Assert.True(Validator.Validate(bytesWith).IsValid, string.Join("\n", Validator.Validate(bytesWith).Findings));
        var bytes = Sealed(bytesWith, n => n.Remove("provisionRecord"));
        Assert.Contains(Validator.Validate(bytes).Findings, f => f.Code == "SP-DSC-007");
    }

    [Fact]
    public void A_municipality_with_its_own_policy_is_told_the_sender_decided_under_another()
    {
        var own = Rules.Policy.DefaultDisclosurePolicy.Instance with { Name = "根室市の方針", Version = "2026.1" };
        var result = new PackageValidator(new ValidationOptions { Policy = own }).Validate(SamplePackages.Nemuro.Bytes);
        Assert.True(result.IsValid);
        Assert.Equal("SP-DSC-006", Assert.Single(result.Findings).Code);
    }
}
