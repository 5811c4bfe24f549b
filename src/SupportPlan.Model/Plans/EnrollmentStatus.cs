using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Plans;

/// <summary>The student's relation to a school in the header (現在在籍する学校名又は卒業校名).</summary>
[JsonConverter(typeof(StrictEnumConverter<EnrollmentStatus>))]
public enum EnrollmentStatus
{
    /// <summary>在籍: currently enrolled.</summary>
    Enrolled,

    /// <summary>卒業: graduated.</summary>
    Graduated,

    /// <summary>転出: transferred out.</summary>
    TransferredOut,
}
