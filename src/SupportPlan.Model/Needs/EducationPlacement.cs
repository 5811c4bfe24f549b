using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Needs;

/// <summary>Where a student with disabilities learns; it decides whether the plan is a duty or an effort duty.</summary>
[JsonConverter(typeof(StrictEnumConverter<EducationPlacement>))]
public enum EducationPlacement
{
    /// <summary>特別支援学校 (plan required: 学校教育法施行規則 Art 134-2).</summary>
    SpecialNeedsSchool,

    /// <summary>特別支援学級 (plan required).</summary>
    SpecialNeedsClass,

    /// <summary>通級による指導 (plan required).</summary>
    ResourceRoom,

    /// <summary>通常の学級 (plan an effort duty).</summary>
    RegularClass,

    /// <summary>幼稚園・保育所・認定こども園 (preschool).</summary>
    Preschool,
}
