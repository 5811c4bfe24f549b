using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Classification;

/// <summary>
/// The data classification of plan items. The disclosure rules read it from <see cref="PlanItemCatalog"/>;
/// <see cref="SpecialCareHealth"/> is APPI special-care personal information (要配慮個人情報, Art 2(3)).
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<DataClass>))]
public enum DataClass
{
    /// <summary>Identity: name, reading, sex, date of birth, school and grade (本人を特定する情報).</summary>
    Identity,

    /// <summary>Contact details: phone numbers, addresses, persons in charge (連絡先).</summary>
    Contact,

    /// <summary>Special-care health and disability information: diagnosis, disability, certificates, medical items (要配慮個人情報).</summary>
    SpecialCareHealth,

    /// <summary>Family: guardians, family composition, circumstances, developmental history (家族).</summary>
    Family,

    /// <summary>Nationality and language: nationality, birthplace, home language, Japanese proficiency (国籍・言語).</summary>
    NationalityLanguage,

    /// <summary>Attendance figures and reasons for absence (出欠).</summary>
    Attendance,

    /// <summary>Support content: goals, support, evaluation, accommodations, handover notes (支援内容).</summary>
    SupportContent,

    /// <summary>Wishes and intentions of the student and guardians, in their words (本人・保護者の意向).</summary>
    Wishes,

    /// <summary>Information that originates with a related agency, a third party (関係機関由来の情報).</summary>
    AgencyOriginated,

    /// <summary>Case conference records (協議記録).</summary>
    ConferenceRecord,

    /// <summary>Record keeping: authorship, consent records, identifiers (管理情報).</summary>
    Administrative,
}
