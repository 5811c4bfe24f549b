using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Consent;

/// <summary>Why a plan is provided: each flow of the domain is a purpose in consent and in the package.</summary>
[JsonConverter(typeof(StrictEnumConverter<DisclosurePurpose>))]
public enum DisclosurePurpose
{
    /// <summary>引継ぎ: handover on progression or transfer.</summary>
    Handover,

    /// <summary>関係機関との連携: sharing with related agencies.</summary>
    AgencySharing,

    /// <summary>提出: submission to the municipality or board of education.</summary>
    MunicipalSubmission,

    /// <summary>就労: transition to work.</summary>
    WorkTransition,
}
