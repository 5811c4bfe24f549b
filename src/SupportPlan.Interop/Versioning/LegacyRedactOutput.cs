using SupportPlan.Model.Plans;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Preview;
using SupportPlan.Rules.Records;

namespace SupportPlan.Interop.Versioning;

/// <summary>
/// Format 0: what <c>supportplan redact</c> wrote in SupportPlan 0.1, before the package existed. Kept only to be read
/// and migrated.
/// </summary>
internal sealed record LegacyRedactOutput
{
    public required StudentSupportPlan Plan { get; init; }

    public required DisclosureReport Report { get; init; }

    public ProvisionRecord? ProvisionRecord { get; init; }

    public required FamilyPreview Preview { get; init; }
}
