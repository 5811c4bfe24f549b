using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Attendance;

/// <summary>A day's attendance, where a school keeps daily data.</summary>
[JsonConverter(typeof(StrictEnumConverter<DailyAttendanceStatus>))]
public enum DailyAttendanceStatus
{
    /// <summary>出席.</summary>
    Present,

    /// <summary>欠席.</summary>
    Absent,

    /// <summary>遅刻.</summary>
    Late,

    /// <summary>早退.</summary>
    LeftEarly,

    /// <summary>別室登校.</summary>
    SeparateRoom,

    /// <summary>指導要録上の出席扱い (e.g. a day at the education support centre).</summary>
    CountedAsAttended,

    /// <summary>出席停止・忌引等: a day on which attendance was not required.</summary>
    NotRequired,
}
