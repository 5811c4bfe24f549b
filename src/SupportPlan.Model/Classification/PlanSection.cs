using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Classification;

/// <summary>The sections of a plan. A section id (kebab-case name) may stand for its items in a consent record.</summary>
[JsonConverter(typeof(StrictEnumConverter<PlanSection>))]
public enum PlanSection
{
    /// <summary>The plan's own identity (its id).</summary>
    Plan,

    /// <summary>The header (schools, classification number).</summary>
    Header,

    /// <summary>The support needs.</summary>
    Needs,

    /// <summary>共通シート.</summary>
    CommonSheet,

    /// <summary>学年別シート (year, grade, enrolment, staff).</summary>
    GradeSheet,

    /// <summary>学年別 Aシート.</summary>
    GradeSheetA,

    /// <summary>学年別 Bシート.</summary>
    GradeSheetB,

    /// <summary>ケース会議・検討会等記録シート.</summary>
    CaseConference,

    /// <summary>The Gifu forms.</summary>
    GifuForms,

    /// <summary>合理的配慮.</summary>
    Accommodations,

    /// <summary>Consent records.</summary>
    Consents,

    /// <summary>Regional extensions.</summary>
    Extensions,
}
