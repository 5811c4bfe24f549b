using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Accommodations;

/// <summary>A party to the consensus on a reasonable accommodation (合意形成).</summary>
[JsonConverter(typeof(StrictEnumConverter<AgreementParty>))]
public enum AgreementParty
{
    /// <summary>本人.</summary>
    Student,

    /// <summary>保護者.</summary>
    Guardian,

    /// <summary>学校.</summary>
    School,

    /// <summary>設置者 (the school's establisher, e.g. the board of education).</summary>
    Establisher,
}
