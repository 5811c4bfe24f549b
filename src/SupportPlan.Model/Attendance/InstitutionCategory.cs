using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Attendance;

/// <summary>Institution categories ①–⑧ of the attendance tables.</summary>
[JsonConverter(typeof(StrictEnumConverter<InstitutionCategory>))]
public enum InstitutionCategory
{
    /// <summary>①教育支援センター.</summary>
    EducationSupportCenter = 1,

    /// <summary>②教育委員会所管の機関(①除く。).</summary>
    OtherBoardInstitution,

    /// <summary>③児童相談所・福祉事務所.</summary>
    ChildGuidanceOrWelfareOffice,

    /// <summary>④保健所、精神保健福祉センター.</summary>
    HealthCenter,

    /// <summary>⑤病院、診療所.</summary>
    HospitalOrClinic,

    /// <summary>⑥民間団体、民間施設.</summary>
    PrivateFacility,

    /// <summary>⑦その他の機関等.</summary>
    OtherInstitution,

    /// <summary>⑧IT等の活用.</summary>
    Ict,
}
