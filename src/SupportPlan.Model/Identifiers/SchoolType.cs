using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Identifiers;

/// <summary>
/// The kind of school named by the first two characters of the MEXT school code (学校コード). See
/// <see cref="SchoolTypes"/> for the codes and Japanese names.
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<SchoolType>))]
public enum SchoolType
{
    /// <summary>A1 幼稚園 (kindergarten).</summary>
    Kindergarten = 1,

    /// <summary>A2 幼保連携型認定こども園 (certified centre for early childhood education and care).</summary>
    CertifiedChildCareCenter,

    /// <summary>B1 小学校 (elementary school).</summary>
    Elementary,

    /// <summary>C1 中学校 (junior high school).</summary>
    JuniorHigh,

    /// <summary>C2 義務教育学校 (compulsory education school, grades 1–9).</summary>
    CompulsoryEducation,

    /// <summary>D1 高等学校 (high school).</summary>
    HighSchool,

    /// <summary>D2 中等教育学校 (secondary education school, grades 1–6).</summary>
    SecondaryEducation,

    /// <summary>E1 特別支援学校 (special-needs school).</summary>
    SpecialNeeds,

    /// <summary>F1 大学 (university).</summary>
    University,

    /// <summary>F2 短期大学 (junior college).</summary>
    JuniorCollege,

    /// <summary>G1 高等専門学校 (college of technology).</summary>
    TechnicalCollege,

    /// <summary>H1 専修学校 (specialized training college; the meaning of H1 is not officially confirmed).</summary>
    SpecializedTraining,

    /// <summary>H2 各種学校 (miscellaneous school; the meaning of H2 is not officially confirmed).</summary>
    Miscellaneous,
}
