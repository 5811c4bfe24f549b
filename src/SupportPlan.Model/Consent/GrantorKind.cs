using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Consent;

/// <summary>Who decides on consent.</summary>
[JsonConverter(typeof(StrictEnumConverter<GrantorKind>))]
public enum GrantorKind
{
    /// <summary>本人.</summary>
    Student,

    /// <summary>保護者.</summary>
    Guardian,
}
