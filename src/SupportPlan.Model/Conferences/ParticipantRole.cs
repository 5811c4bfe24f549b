using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Conferences;

/// <summary>Who a conference participant is, for the 参加者・機関名 column.</summary>
[JsonConverter(typeof(StrictEnumConverter<ParticipantRole>))]
public enum ParticipantRole
{
    /// <summary>本人.</summary>
    Student,

    /// <summary>保護者.</summary>
    Guardian,

    /// <summary>School staff (担任, 特別支援教育コーディネーター, 養護教諭, SC, SSW …).</summary>
    SchoolStaff,

    /// <summary>A related agency (medical, welfare, health, education support centre …).</summary>
    Agency,

    /// <summary>Anyone else.</summary>
    Other,
}
