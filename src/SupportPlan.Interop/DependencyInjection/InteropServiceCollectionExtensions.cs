using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportPlan.Interop.DependencyInjection;
using SupportPlan.Interop.Rendering;
using SupportPlan.Interop.Validation;
using SupportPlan.Model.Checks;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Policy;
using SupportPlan.Rules.Retention;

#pragma warning disable IDE0130 // registration extensions live in the container's namespace so hosts find them
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the whole library: model checks, disclosure, validation, retention and their options.</summary>
public static class InteropServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons and with <c>TryAdd</c> (a service the host registered first is kept, and a second call
    /// changes nothing: the first call's options win):
    /// <list type="bullet">
    /// <item><see cref="SupportPlanOptions"/>, as configured;</item>
    /// <item><see cref="PlanChecker"/> (<see cref="PlanChecker.Default"/>; it holds no state);</item>
    /// <item><see cref="IDisclosureEngine"/> with <see cref="SupportPlanOptions.Policy"/>, through
    /// <see cref="RulesServiceCollectionExtensions.AddSupportPlanDisclosure"/> (so its <c>DisclosureOptions</c> too);</item>
    /// <item><see cref="PackageValidator"/> with <see cref="SupportPlanOptions.Validation"/>'s limits, re-deciding with
    /// the policy of the registered engine (the host's, if it registered its own);</item>
    /// <item><see cref="RetentionPolicy"/> from <see cref="SupportPlanOptions.Retention"/>;</item>
    /// <item><see cref="IPlanRenderer"/>: an <see cref="HtmlPlanRenderer"/> with <see cref="SupportPlanOptions.Rendering"/>.</item>
    /// </list>
    /// No serializer is registered: <c>PlanJson</c> and <c>PackageJson</c> are static, stateless and have nothing a
    /// host could configure (the format is fixed by the published schemas), so a wrapper would only add a second way
    /// to do one thing; call them directly.
    /// </summary>
    /// <remarks>
    /// The options are checked when a service is first resolved: an inconsistent disclosure policy throws
    /// <see cref="InvalidDisclosurePolicyException"/> with its findings; any other problem (a language other than
    /// <c>ja</c> or <c>en</c>, a limit below 1, an inconsistent retention policy, two different disclosure policies)
    /// throws <see cref="InvalidOperationException"/> naming every problem.
    /// </remarks>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options (e.g. a municipality's policy, the message language, limits).</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddSupportPlan(this IServiceCollection services, Action<SupportPlanOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new SupportPlanOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(sp => options.EnsureValid());
        services.TryAddSingleton(PlanChecker.Default);
        services.AddSupportPlanDisclosure(o => o.Policy = options.Policy);
        services.TryAddSingleton(sp => Validator(sp.GetRequiredService<SupportPlanOptions>().EnsureValid(), sp.GetRequiredService<IDisclosureEngine>().Policy));
        services.TryAddSingleton(sp => sp.GetRequiredService<SupportPlanOptions>().EnsureValid().Retention);
        services.TryAddSingleton<IPlanRenderer>(sp => new HtmlPlanRenderer(sp.GetRequiredService<SupportPlanOptions>().EnsureValid().Rendering));
        return services;
    }

    private static PackageValidator Validator(SupportPlanOptions options, DisclosurePolicy policy)
    {
        if (!ReferenceEquals(options.Policy, DefaultDisclosurePolicy.Instance) && options.Policy != policy)
        {
            throw new InvalidOperationException(
                $"The SupportPlan options are invalid: Policy \"{options.Policy.Name}\" differs from the policy of the registered disclosure engine, \"{policy.Name}\"; register the disclosure policy once.");
        }

        return new PackageValidator(options.Validation with { Policy = policy });
    }
}
