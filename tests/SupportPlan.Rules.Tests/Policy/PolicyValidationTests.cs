using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Json;
using SupportPlan.Rules.Policy;

// Not SupportPlan.Rules.Tests.Policy: that namespace would shadow SupportPlan.Rules.Policy where existing tests write "Policy.DefaultDisclosurePolicy".
namespace SupportPlan.Rules.Tests.Policies;

/// <summary>A policy is data a municipality may replace: it is validated on load, read from JSON and registered in DI.</summary>
public sealed class PolicyValidationTests
{
    private static DisclosurePolicy Default => DefaultDisclosurePolicy.Instance;

    private static DisclosurePolicy WithFirstException(Func<ExceptionRule, ExceptionRule> change) =>
        Default with { Exceptions = [.. Default.Exceptions.Select((r, i) => i == 0 ? change(r) : r)] };

    /// <summary>Targeted bad policies and the code each must produce.</summary>
    public static TheoryData<string, string> BadPolicies => new()
    {
        { "unknown article", "SP-POL-001" },
        { "empty list", "SP-POL-002" },
        { "duplicate article id", "SP-POL-003" },
        { "duplicate rule id", "SP-POL-003" },
        { "unknown indispensable item", "SP-POL-004" },
        { "exception for a consent-only kind", "SP-POL-005" },
        { "retention 0", "SP-POL-006" },
        { "article without text", "SP-POL-007" },
        { "exception naming the family", "SP-POL-008" },
        { "council switch citing an unknown article", "SP-POL-001" },
    };

    private static DisclosurePolicy Bad(string name) => name switch
    {
        "unknown article" => WithFirstException(r => r with { ArticleId = "appi-999" }),
        "empty list" => WithFirstException(r => r with { Purposes = [] }),
        "duplicate article id" => Default with { Articles = [.. Default.Articles, Default.Articles[0] with { SummaryEn = "again" }] },
        "duplicate rule id" => Default with { Exceptions = [.. Default.Exceptions, Default.Exceptions[0]] },
        "unknown indispensable item" => Default with { IndispensableRange = [.. Default.IndispensableRange, "common.basic.shoe-size"] },
        "exception for a consent-only kind" => WithFirstException(r => r with { RecipientKinds = [.. r.RecipientKinds, RecipientKind.Employer] }),
        "retention 0" => Default with { ProvisionRecordDuties = [Default.ProvisionRecordDuties[0] with { RetentionYears = 0 }] },
        "article without text" => Default with { Articles = [.. Default.Articles.Select(a => a.Id == "appi-70" ? a with { CitationJa = "" } : a)] },
        "exception naming the family" => WithFirstException(r => r with { RecipientKinds = [.. r.RecipientKinds, RecipientKind.Family] }),
        "council switch citing an unknown article" => Default with { CouncilConsultationRequiredFor = [RecipientKind.PrivateSchool], CouncilConsultationArticleId = "ordinance-12" },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    [Fact]
    public void The_default_policy_validates_with_no_findings() =>
        Assert.Empty(DisclosurePolicyValidator.Validate(Default));

    [Fact]
    public void The_default_policy_cites_only_articles_it_defines()
    {
        var ids = Default.Articles.Select(a => a.Id).ToHashSet();

        Assert.All(Default.Exceptions, r => Assert.Contains(r.ArticleId, ids));
        Assert.All(Default.FamilyRules, r => Assert.Contains(r.ArticleId, ids));
        Assert.Contains(Default.CouncilConsultationArticleId, ids);
    }

    [Theory]
    [MemberData(nameof(BadPolicies))]
    public void A_bad_policy_is_reported_with_its_code(string name, string code)
    {
        var findings = DisclosurePolicyValidator.Validate(Bad(name));

        Assert.Contains(findings, f => f.Code == code);
    }

    [Fact]
    public void An_unknown_article_is_reported_at_the_rules_article_id()
    {
        var finding = Assert.Single(DisclosurePolicyValidator.Validate(Bad("unknown article")));

        Assert.Equal("/exceptions/0/articleId", finding.Pointer);
        Assert.Contains("appi-999", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_for_a_consent_only_kind_is_not_also_reported_as_family()
    {
        var findings = DisclosurePolicyValidator.Validate(Bad("exception for a consent-only kind"));

        Assert.DoesNotContain(findings, f => f.Code == "SP-POL-008");
    }

    [Theory]
    [MemberData(nameof(BadPolicies))]
    public void The_engine_refuses_a_bad_policy_with_the_findings(string name, string code)
    {
        var error = Assert.Throws<InvalidDisclosurePolicyException>(() => new DisclosureEngine(Bad(name)));

        Assert.Contains(error.Findings, f => f.Code == code);
        Assert.Contains(code, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_policy_round_trips_through_json()
    {
        var json = RulesJson.Serialize(Default);

        var (policy, findings) = RulesJson.ReadPolicy(json);

        Assert.Empty(findings);
        Assert.NotNull(policy);
        Assert.Equal(Encoding.UTF8.GetString(json), Encoding.UTF8.GetString(RulesJson.Serialize(policy)));
    }

    [Fact]
    public void The_default_policy_read_from_json_decides_like_the_default()
    {
        var (policy, _) = RulesJson.ReadPolicy(RulesJson.Serialize(Default, indented: true));
        var request = Decisions.SamplePlans.Request(Decisions.SamplePlans.Plan(), Establishment.Public, Decisions.SamplePlans.RecipientOf(RecipientKind.PrivateSchool), claim: Decisions.SamplePlans.ValidClaim);

        var fromJson = new DisclosureEngine(policy!).Decide(request).Report;
        var builtIn = new DisclosureEngine().Decide(request).Report;

        Assert.Equal(RulesJson.Serialize(builtIn), RulesJson.Serialize(fromJson));
    }

    [Theory]
    [InlineData("coversSpecialCare", "/exceptions/0")]
    [InlineData("retentionYears", "/provisionRecordDuties/0")]
    [InlineData("councilConsultationArticleId", "")]
    public void A_policy_file_that_leaves_out_a_member_with_a_default_is_refused_not_read_as_zero(string member, string pointer)
    {
        // System.Text.Json cannot apply a C# default to a left-out init member: coversSpecialCare would read as false
        // (special-care items silently withheld), retentionYears as 0, the council article as null.
        var node = System.Text.Json.Nodes.JsonNode.Parse(RulesJson.Serialize(Default))!.AsObject();
        var holder = pointer.Length == 0 ? node : node[pointer.Split('/')[1]]![0]!.AsObject();
        Assert.True(holder.Remove(member), member);

        var (policy, findings) = RulesJson.ReadPolicy(Encoding.UTF8.GetBytes(node.ToJsonString()));

        Assert.Null(policy);
        var finding = Assert.Single(findings);
        Assert.Equal("SP-JSON-004", finding.Code);
        Assert.Equal(pointer, finding.Pointer);
        Assert.Contains(member, finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_json_with_an_unknown_recipient_kind_is_rejected_with_findings()
    {
        var json = Encoding.UTF8.GetString(RulesJson.Serialize(Default));
        Assert.Contains("\"private-school\"", json, StringComparison.Ordinal);
        var bad = Encoding.UTF8.GetBytes(json.Replace("\"private-school\"", "\"cram-school\"", StringComparison.Ordinal));

        var (policy, findings) = RulesJson.ReadPolicy(bad);

        Assert.Null(policy);
        Assert.NotEmpty(findings);
    }

    [Fact]
    public void Policy_json_citing_an_unknown_article_is_rejected_with_findings_not_an_exception()
    {
        var json = RulesJson.Serialize(Bad("unknown article"));

        var (policy, findings) = RulesJson.ReadPolicy(json);

        Assert.Null(policy);
        Assert.Contains(findings, f => f.Code == "SP-POL-001");
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"name\":\"x\"}")]
    public void Unreadable_policy_json_gives_findings_not_an_exception(string text)
    {
        var (policy, findings) = RulesJson.ReadPolicy(Encoding.UTF8.GetBytes(text));

        Assert.Null(policy);
        Assert.NotEmpty(findings);
    }

    [Fact]
    public void Di_resolves_an_engine_with_the_configured_policy()
    {
        var policy = Default with { Name = "中標津町 個人情報保護方針", CouncilConsultationRequiredFor = [RecipientKind.PrivateSchool] };
        using var provider = new ServiceCollection().AddSupportPlanDisclosure(o => o.Policy = policy).BuildServiceProvider();

        var engine = provider.GetRequiredService<IDisclosureEngine>();

        Assert.Same(policy, engine.Policy);
    }

    [Fact]
    public void Di_without_configuration_resolves_the_default_policy()
    {
        using var provider = new ServiceCollection().AddSupportPlanDisclosure().BuildServiceProvider();

        Assert.Same(DefaultDisclosurePolicy.Instance, provider.GetRequiredService<IDisclosureEngine>().Policy);
    }

    [Fact]
    public void Di_registers_the_engine_as_a_singleton()
    {
        using var provider = new ServiceCollection().AddSupportPlanDisclosure().BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<IDisclosureEngine>(), provider.GetRequiredService<IDisclosureEngine>());
    }

    [Fact]
    public void Di_keeps_a_hosts_own_engine_registered_first()
    {
        var own = new DisclosureEngine(Default with { Name = "host" });
        var services = new ServiceCollection();
        services.AddSingleton<IDisclosureEngine>(own);

        using var provider = services.AddSupportPlanDisclosure(o => o.Policy = Default with { Name = "library" }).BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<IDisclosureEngine>());
    }

    [Fact]
    public void Di_with_a_bad_policy_throws_on_resolve()
    {
        var services = new ServiceCollection().AddSupportPlanDisclosure(o => o.Policy = Bad("exception naming the family"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidDisclosurePolicyException>(() => provider.GetRequiredService<IDisclosureEngine>());

        Assert.Contains(error.Findings, f => f.Code == "SP-POL-008");
    }
}
