using FsCheck;
using FsCheck.Fluent;
using SupportPlan.Interop.Packages;
using SupportPlan.Rules.Decisions;
using SupportPlan.Testing;

namespace SupportPlan.Interop.Tests.Support;

/// <summary>Handover packages written, as the library writes them, for generated plans and disclosure requests.</summary>
internal static class GeneratedPackages
{
    private static readonly DisclosureEngine Engine = new();

    /// <summary>
    /// A package for a generated plan and request, created the day after the request; null where the decision is
    /// blocked or discloses nothing, or where the recipient's school code contradicts its kind (the package refuses
    /// such a request; tested elsewhere).
    /// </summary>
    public static Gen<HandoverPackage?> Any { get; } =
        from plan in PlanGenerators.Plan
        from request in RequestGenerators.For(plan)
        select Write(request);

    private static HandoverPackage? Write(DisclosureRequest request)
    {
        var result = Engine.Decide(request);
        if (result.IsBlocked || result.NothingDisclosed || !Consistent(request))
        {
            return null;
        }

        var createdAt = new DateTimeOffset(request.Date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(9)).AddDays(1);
        return HandoverPackages.Create(request, result, createdAt);
    }

    private static bool Consistent(DisclosureRequest request) =>
        request.Recipient.SchoolCode is not { } code || PackageParty.EstablishmentOf(request.Recipient.Kind) is not { } e || e == code.Establishment;
}
