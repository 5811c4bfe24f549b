using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Needs;

/// <summary>The three support needs of the integrated sheet.</summary>
[JsonConverter(typeof(StrictEnumConverter<SupportNeedKind>))]
public enum SupportNeedKind
{
    /// <summary>障害.</summary>
    Disability,

    /// <summary>不登校.</summary>
    NonAttendance,

    /// <summary>日本語指導.</summary>
    JapaneseLanguage,
}
