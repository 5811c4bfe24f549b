using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Consent;

/// <summary>What a consent record says.</summary>
[JsonConverter(typeof(StrictEnumConverter<ConsentDecision>))]
public enum ConsentDecision
{
    /// <summary>同意: consent given for the stated recipient, purpose and items.</summary>
    Granted,

    /// <summary>拒否: the student or guardians refused.</summary>
    Refused,

    /// <summary>撤回: an earlier consent was withdrawn.</summary>
    Withdrawn,

    /// <summary>保留: the family will decide later (deferred handover); nothing is disclosed until granted.</summary>
    Deferred,

    /// <summary>連絡不能: the family could not be reached; the attempts are recorded.</summary>
    Unreachable,
}
