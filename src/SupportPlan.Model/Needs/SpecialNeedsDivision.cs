using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Needs;

/// <summary>A division (部) of a special-needs school.</summary>
[JsonConverter(typeof(StrictEnumConverter<SpecialNeedsDivision>))]
public enum SpecialNeedsDivision
{
    /// <summary>幼稚部.</summary>
    Kindergarten,

    /// <summary>小学部.</summary>
    Elementary,

    /// <summary>中学部.</summary>
    JuniorHigh,

    /// <summary>高等部.</summary>
    HighSchool,
}
