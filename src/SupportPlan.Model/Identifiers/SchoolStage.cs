using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Identifiers;

/// <summary>The school stage a <see cref="Grade"/> counts in.</summary>
[JsonConverter(typeof(StrictEnumConverter<SchoolStage>))]
public enum SchoolStage
{
    /// <summary>Preschool (幼稚園・保育所・認定こども園, and 幼稚部 of special-needs schools): 年少, 年中, 年長.</summary>
    Preschool = 1,

    /// <summary>Elementary school (小学校, 小学部): grades 1–6.</summary>
    Elementary,

    /// <summary>Junior high school (中学校, 中学部): grades 1–3.</summary>
    JuniorHigh,

    /// <summary>High school (高等学校, 高等部): grades 1–4 (part-time high schools run four years).</summary>
    HighSchool,

    /// <summary>Compulsory education school (義務教育学校): grades 1–9.</summary>
    Compulsory,

    /// <summary>Secondary education school (中等教育学校): grades 1–6.</summary>
    Secondary,
}
