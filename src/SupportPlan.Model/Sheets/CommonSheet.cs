using SupportPlan.Model.Attendance;
using SupportPlan.Model.Collections;
using SupportPlan.Model.People;

namespace SupportPlan.Model.Sheets;

/// <summary>
/// 共通シート: the student's basic information, kept and updated through the whole of support.
/// </summary>
public sealed record CommonSheet
{
    /// <summary>作成日 / 作成者 / 追記者.</summary>
    public required Authorship Authorship { get; init; }

    /// <summary>(児童生徒): the student.</summary>
    public StudentIdentity? Student { get; init; }

    /// <summary>(保護者等): the guardians.</summary>
    public ValueList<Guardian> Guardians { get; init => field = value ?? ValueList<Guardian>.Empty; } = ValueList<Guardian>.Empty;

    /// <summary>学年別欠席日数等: one column per grade with its 年度.</summary>
    public ValueList<GradeAttendance> AttendanceByGrade { get; init => field = value ?? ValueList<GradeAttendance>.Empty; } = ValueList<GradeAttendance>.Empty;

    /// <summary>支援を継続する上での基本的な情報.</summary>
    public BasicInformation? BasicInformation { get; init; }

    /// <summary>家族関係.</summary>
    public FamilyRelations? Family { get; init; }

    /// <summary>備考欄.</summary>
    public string? Remarks { get; init; }
}
