using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.DependencyInjection;

#pragma warning disable IDE0130 // registration extensions live in the container's namespace so hosts find them
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the disclosure rules.</summary>
public static class RulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDisclosureEngine"/> (singleton, <c>TryAdd</c> so a host can register its own first) with
    /// the policy from <paramref name="configure"/>. The policy is validated when the engine is first resolved; an
    /// inconsistent policy throws <c>InvalidDisclosurePolicyException</c> with the findings.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options (e.g. a municipality's policy).</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddSupportPlanDisclosure(this IServiceCollection services, Action<DisclosureOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new DisclosureOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(options);
        services.TryAddSingleton<IDisclosureEngine>(sp => new DisclosureEngine(sp.GetRequiredService<DisclosureOptions>().Policy));
        return services;
    }
}
