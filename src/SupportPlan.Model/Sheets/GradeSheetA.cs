using SupportPlan.Model.Attendance;
using SupportPlan.Model.Collections;

namespace SupportPlan.Model.Sheets;

/// <summary>学年別シート A: support agencies, monthly attendance, reasons for absence and notes for next year.</summary>
public sealed record GradeSheetA
{
    /// <summary>作成年月日 / 追記年月日(追記者名).</summary>
    public required Authorship Authorship { get; init; }

    /// <summary>支援機関名等(校内・校外).</summary>
    public ValueList<SupportAgencyEntry> SupportAgencies { get; init => field = value ?? ValueList<SupportAgencyEntry>.Empty; } = ValueList<SupportAgencyEntry>.Empty;

    /// <summary>月別欠席状況等, April to March.</summary>
    public ValueList<MonthlyAttendance> MonthlyAttendance { get; init => field = value ?? ValueList<MonthlyAttendance>.Empty; } = ValueList<MonthlyAttendance>.Empty;

    /// <summary>Daily attendance where the school keeps it (not on the printed form; enables consecutive-absence triggers).</summary>
    public ValueList<DailyAttendance> DailyAttendance { get; init => field = value ?? ValueList<DailyAttendance>.Empty; } = ValueList<DailyAttendance>.Empty;

    /// <summary>長期欠席、不登校(継続)等欠席状況に関する理由.</summary>
    public string? AbsenceReasons { get; init; }

    /// <summary>次年度への引継事項 (支援・指導の参考となるエピソード等も含め、多様な視点で記入).</summary>
    public string? HandoverNotes { get; init; }
}
