using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Sheets;

/// <summary>The rows of the support-agency table of grade sheet A (支援機関名等(校内・校外)).</summary>
[JsonConverter(typeof(StrictEnumConverter<SupportRow>))]
public enum SupportRow
{
    /// <summary>在籍校: the student's own school.</summary>
    OwnSchool,

    /// <summary>家庭: home.</summary>
    Home,

    /// <summary>福祉: welfare.</summary>
    Welfare,

    /// <summary>医療: medical.</summary>
    Medical,

    /// <summary>その他: other.</summary>
    Other,
}
