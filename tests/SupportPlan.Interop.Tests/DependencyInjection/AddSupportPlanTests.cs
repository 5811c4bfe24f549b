using Microsoft.Extensions.DependencyInjection;
using SupportPlan.Interop.DependencyInjection;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Rendering;
using SupportPlan.Interop.Tests.Support;
using SupportPlan.Interop.Validation;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Plans;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.DependencyInjection;
using SupportPlan.Rules.Policy;
using SupportPlan.Rules.Recipients;
using SupportPlan.Rules.Retention;

namespace SupportPlan.Interop.Tests.DependencyInjection;

/// <summary><c>AddSupportPlan</c> with the real container: everything resolves, options flow through, the host stays in charge.</summary>
public sealed class AddSupportPlanTests
{
    /// <summary>A municipality that wants its privacy council consulted before a public school gives a private school anything without consent.</summary>
    private static readonly DisclosurePolicy Municipal = DefaultDisclosurePolicy.Instance with
    {
        Name = "根室市 個別の教育支援計画 提供基準",
        Version = "2026.1",
        CouncilConsultationRequiredFor = [RecipientKind.PrivateSchool],
    };

    private static ServiceProvider Build(Action<SupportPlanOptions>? configure = null, Action<IServiceCollection>? before = null)
    {
        var services = new ServiceCollection();
        before?.Invoke(services);
        return services.AddSupportPlan(configure).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>The Nemuro plan from its junior high (public) to a private high school the family gave no consent for, under Art 69(2)(iv).</summary>
    private static DisclosureRequest ToPrivateSchoolUnderException() => SamplePackages.Nemuro.Request with
    {
        Recipient = new Recipient { Kind = RecipientKind.PrivateSchool, Name = "学校法人根室学園 根室高等学校" },
        Exception = new ExceptionClaim
        {
            Reason = "入学直後からの支援の継続に不可欠であり、本人の利益になることが明らかなため",
            ConsentEffort = "保護者と3回面談し、電話でも2回連絡したが、提供先の決定に至らなかった",
            HarmAssessed = true,
        },
    };

    private static ItemOutcome Outcome(DisclosureResult result, string itemId) => result.Report.Entries.Single(e => e.ItemId == itemId).Outcome;

    [Fact]
    public void Every_service_resolves_with_the_defaults()
    {
        using var provider = Build();

        Assert.Same(PlanChecker.Default, provider.GetRequiredService<PlanChecker>());
        Assert.Same(DefaultDisclosurePolicy.Instance, provider.GetRequiredService<IDisclosureEngine>().Policy);
        Assert.Same(DefaultDisclosurePolicy.Instance, provider.GetRequiredService<DisclosureOptions>().Policy);
        Assert.Same(RetentionPolicy.Default, provider.GetRequiredService<RetentionPolicy>());
        Assert.Equal("ja", provider.GetRequiredService<SupportPlanOptions>().Language);
        var validator = provider.GetRequiredService<PackageValidator>();
        Assert.Equal(new ValidationOptions(), validator.Options);
        Assert.True(validator.Validate(SamplePackages.Nemuro.Bytes).IsValid);
    }

    [Fact]
    public void A_municipal_policy_replaces_the_default_and_changes_the_engines_decision()
    {
        using var standard = Build();
        using var municipal = Build(o => o.Policy = Municipal);

        var before = standard.GetRequiredService<IDisclosureEngine>().Decide(ToPrivateSchoolUnderException());
        var after = municipal.GetRequiredService<IDisclosureEngine>().Decide(ToPrivateSchoolUnderException());

        Assert.Same(Municipal, municipal.GetRequiredService<IDisclosureEngine>().Policy);
        Assert.Equal(ItemOutcome.DisclosedUnderException, Outcome(before, "needs.non-attendance"));
        Assert.Equal(ItemOutcome.Blocked, Outcome(after, "needs.non-attendance"));
        Assert.True(after.IsBlocked);
    }

    [Fact]
    public void The_validator_re_decides_with_the_municipal_policy()
    {
        var request = ToPrivateSchoolUnderException();
        var package = HandoverPackages.Create(request, new DisclosureEngine().Decide(request), SamplePackages.CreatedAt);
        var bytes = Json.PackageJson.Serialize(package);
        using var standard = Build();
        using var municipal = Build(o => o.Policy = Municipal);

        var accepted = standard.GetRequiredService<PackageValidator>().Validate(bytes);
        var rejected = municipal.GetRequiredService<PackageValidator>().Validate(bytes);

        Assert.True(accepted.IsValid, string.Join("\n", accepted.Findings));
        Assert.False(rejected.IsValid);
        Assert.Contains(rejected.Findings, f => f.Code == "SP-DSC-003" && f.Pointer.StartsWith("/plan/needs/nonAttendance", StringComparison.Ordinal));
        Assert.Contains(rejected.Findings, f => f.Code == "SP-DSC-006");
    }

    [Fact]
    public void Validator_limits_take_effect()
    {
        var bytes = SamplePackages.Nemuro.Bytes;
        using var provider = Build(o => o.Validation = new ValidationOptions { MaxBytes = 4096, MaxFindings = 3 });

        var validator = provider.GetRequiredService<PackageValidator>();
        var result = validator.Validate(bytes);

        Assert.Equal(4096, validator.Options.MaxBytes);
        Assert.Equal(3, validator.Options.MaxFindings);
        Assert.Contains(result.Findings, f => f.Code == "SP-SYN-002");
        Assert.False(result.IsValid);
    }

    [Fact]
    public void The_language_chooses_the_message_shown()
    {
        var finding = new PackageValidator().Validate("{"u8.ToArray()).Findings[0];
        using var japanese = Build();
        using var english = Build(o => o.Language = "en");

        Assert.Equal(finding.MessageJa, japanese.GetRequiredService<SupportPlanOptions>().Message(finding));
        Assert.Equal(finding.MessageEn, english.GetRequiredService<SupportPlanOptions>().Message(finding));
        Assert.NotEqual(finding.MessageJa, finding.MessageEn);
    }

    [Fact]
    public void A_retention_policy_from_the_options_is_the_one_resolved()
    {
        var longer = RetentionPolicy.Default with
        {
            Name = "根室市 文書保存基準",
            Rules = [RetentionPolicy.Default.Rules[0] with { YearsAfterLeaving = 10 }],
        };
        using var provider = Build(o => o.Retention = longer);
        var plan = SamplePackages.Nemuro.Request.Plan;
        var left = plan with
        {
            Header = plan.Header! with { Schools = [plan.Header!.Schools[^1] with { Status = EnrollmentStatus.Graduated, LeftOn = new DateOnly(2028, 3, 15) }] },
        };

        var status = provider.GetRequiredService<RetentionPolicy>().Evaluate(left, new DateOnly(2034, 1, 1));

        Assert.Equal(new DateOnly(2038, 3, 15), status.KeepUntil);
        Assert.Equal(RetentionState.Kept, status.State);
    }

    [Fact]
    public void Registering_does_not_check_the_options_resolving_does()
    {
        var services = new ServiceCollection().AddSupportPlan(o => o.Language = "fr");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<SupportPlanOptions>());

        Assert.Contains("Language must be \"ja\" or \"en\", not \"fr\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_the_options_is_named_at_once()
    {
        using var provider = Build(o =>
        {
            o.Language = "";
            o.Validation = new ValidationOptions { MaxFindings = 0, MaxDepth = -1 };
            o.Retention = RetentionPolicy.Default with { Rules = [RetentionPolicy.Default.Rules[0] with { YearsAfterLeaving = 0 }] };
        });

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<PackageValidator>());

        Assert.Contains("Language", error.Message, StringComparison.Ordinal);
        Assert.Contains("Validation.MaxFindings must be at least 1, not 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("Validation.MaxDepth must be at least 1, not -1", error.Message, StringComparison.Ordinal);
        Assert.Contains("SP-POL-006", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<RetentionPolicy>());
    }

    [Fact]
    public void An_inconsistent_disclosure_policy_throws_its_findings_on_resolve()
    {
        var bad = DefaultDisclosurePolicy.Instance with
        {
            Exceptions = [DefaultDisclosurePolicy.Instance.Exceptions[0] with { ArticleId = "no-such-article" }],
        };
        using var provider = Build(o => o.Policy = bad);

        var fromEngine = Assert.Throws<InvalidDisclosurePolicyException>(() => provider.GetRequiredService<IDisclosureEngine>());
        var fromValidator = Assert.Throws<InvalidDisclosurePolicyException>(() => provider.GetRequiredService<PackageValidator>());

        Assert.Contains(fromEngine.Findings, f => f.Code == "SP-POL-001");
        Assert.Contains(fromValidator.Findings, f => f.Code == "SP-POL-001");
    }

    [Fact]
    public void Two_different_policies_are_an_error_not_a_silent_choice()
    {
        using var viaValidation = Build(o => o.Validation = new ValidationOptions { Policy = Municipal });
        using var viaDisclosure = Build(o => o.Policy = Municipal with { Version = "2027.1" }, s => s.AddSupportPlanDisclosure(o => o.Policy = Municipal));

        Assert.Contains("set the disclosure policy once", Assert.Throws<InvalidOperationException>(() => viaValidation.GetRequiredService<PackageValidator>()).Message, StringComparison.Ordinal);
        Assert.Contains("register the disclosure policy once", Assert.Throws<InvalidOperationException>(() => viaDisclosure.GetRequiredService<PackageValidator>()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hosts_own_registrations_are_kept()
    {
        var ownValidator = new PackageValidator(new ValidationOptions { MaxFindings = 7 });
        var ownRetention = RetentionPolicy.Default with { Name = "host" };
        using var provider = Build(o => o.Validation = new ValidationOptions { MaxFindings = 9 }, s =>
        {
            s.AddSingleton(ownValidator);
            s.AddSingleton(ownRetention);
        });

        Assert.Same(ownValidator, provider.GetRequiredService<PackageValidator>());
        Assert.Same(ownRetention, provider.GetRequiredService<RetentionPolicy>());
    }

    [Fact]
    public void The_validator_follows_a_disclosure_engine_the_host_registered_first()
    {
        var request = ToPrivateSchoolUnderException();
        var bytes = Json.PackageJson.Serialize(HandoverPackages.Create(request, new DisclosureEngine().Decide(request), SamplePackages.CreatedAt));
        using var provider = Build(before: s => s.AddSingleton<IDisclosureEngine>(new DisclosureEngine(Municipal)));

        var result = provider.GetRequiredService<PackageValidator>().Validate(bytes);

        Assert.Same(Municipal, provider.GetRequiredService<PackageValidator>().Options.Policy);
        Assert.Contains(result.Findings, f => f.Code == "SP-DSC-003");
    }

    [Fact]
    public void Services_are_singletons_across_scopes()
    {
        using var provider = Build();
        using var scope = provider.CreateScope();

        Assert.Same(provider.GetRequiredService<PackageValidator>(), scope.ServiceProvider.GetRequiredService<PackageValidator>());
        Assert.Same(provider.GetRequiredService<IDisclosureEngine>(), scope.ServiceProvider.GetRequiredService<IDisclosureEngine>());
        Assert.Same(provider.GetRequiredService<RetentionPolicy>(), scope.ServiceProvider.GetRequiredService<RetentionPolicy>());
        Assert.Same(provider.GetRequiredService<SupportPlanOptions>(), scope.ServiceProvider.GetRequiredService<SupportPlanOptions>());
        Assert.Same(provider.GetRequiredService<IPlanRenderer>(), scope.ServiceProvider.GetRequiredService<IPlanRenderer>());
    }

    [Fact]
    public void The_renderer_resolves_with_the_rendering_options()
    {
        using var provider = Build(o => o.Rendering = new HtmlRenderOptions { Title = "根室市教育委員会 受領確認用", IncludePackageCover = false });

        var html = provider.GetRequiredService<IPlanRenderer>().Render(SamplePackages.Nemuro.Package);

        Assert.IsType<HtmlPlanRenderer>(provider.GetRequiredService<IPlanRenderer>());
        Assert.Contains("<title>根室市教育委員会 受領確認用", html, StringComparison.Ordinal);
        Assert.DoesNotContain("受領確認用", new HtmlPlanRenderer().Render(SamplePackages.Nemuro.Package), StringComparison.Ordinal);
        Assert.True(html.Length < new HtmlPlanRenderer().Render(SamplePackages.Nemuro.Package).Length, "without the package cover the page is shorter");
    }

    [Fact]
    public void A_hosts_own_renderer_is_kept()
    {
        var own = new HtmlPlanRenderer(new HtmlRenderOptions { Title = "host" });
        using var provider = Build(before: services => services.AddSingleton<IPlanRenderer>(own));

        Assert.Same(own, provider.GetRequiredService<IPlanRenderer>());
    }

    [Fact]
    public void Null_rendering_options_are_named_on_resolve()
    {
        using var provider = Build(o => o.Rendering = null!);

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IPlanRenderer>());
        Assert.Contains("Rendering must not be null.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registering_twice_adds_nothing_and_the_first_options_win()
    {
        var services = new ServiceCollection().AddSupportPlan(o => o.Language = "en");
        var count = services.Count;

        services.AddSupportPlan(o => o.Language = "ja").AddSupportPlan();
        using var provider = services.BuildServiceProvider();

        Assert.Equal(count, services.Count);
        Assert.Equal("en", provider.GetRequiredService<SupportPlanOptions>().Language);
        Assert.Single(services, d => d.ServiceType == typeof(PackageValidator));
        Assert.Single(services, d => d.ServiceType == typeof(IDisclosureEngine));
    }

    [Fact]
    public void The_disclosure_registration_alone_still_works_beside_it()
    {
        var services = new ServiceCollection().AddSupportPlanDisclosure(o => o.Policy = Municipal).AddSupportPlan(o => o.Policy = Municipal);
        using var provider = services.BuildServiceProvider();

        Assert.Same(Municipal, provider.GetRequiredService<IDisclosureEngine>().Policy);
        Assert.Same(Municipal, provider.GetRequiredService<PackageValidator>().Options.Policy);
    }
}
