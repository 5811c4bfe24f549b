using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Rules.Decisions;

/// <summary>Procedures a policy may require before a disclosure.</summary>
[JsonConverter(typeof(StrictEnumConverter<ProcedureKind>))]
public enum ProcedureKind
{
    /// <summary>The municipal privacy council was consulted (審議会への諮問).</summary>
    CouncilConsultation,

    /// <summary>
    /// The private facility's legal confidentiality duty was checked and explained to the family (MEXT notice §6).
    /// </summary>
    ConfidentialityDutyExplained,
}
