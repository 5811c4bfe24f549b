using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Needs;

/// <summary>On what basis the disability-related need was recognised. A diagnosis is not required.</summary>
[JsonConverter(typeof(StrictEnumConverter<DisabilityBasis>))]
public enum DisabilityBasis
{
    /// <summary>A physician's diagnosis.</summary>
    Diagnosis,

    /// <summary>The school committee (校内委員会) judged that the child has disability-related difficulty.</summary>
    SchoolCommitteeJudgement,
}
