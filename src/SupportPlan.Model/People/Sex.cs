using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.People;

/// <summary>性別: sex as recorded on the sheet.</summary>
[JsonConverter(typeof(StrictEnumConverter<Sex>))]
public enum Sex
{
    /// <summary>男.</summary>
    Male,

    /// <summary>女.</summary>
    Female,

    /// <summary>Another answer the family gave.</summary>
    Other,

    /// <summary>Not stated (記載なし).</summary>
    NotStated,
}
