using SupportPlan.Model.Calendar;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.People;

namespace SupportPlan.Model.Sheets;

/// <summary>学年別シート: the sheets of one school year (A and B).</summary>
public sealed record GradeSheet
{
    /// <summary>年度.</summary>
    public required SchoolYear SchoolYear { get; init; }

    /// <summary>学年.</summary>
    public required Grade Grade { get; init; }

    /// <summary>学校名 and 学級 that year.</summary>
    public Enrollment? Enrollment { get; init; }

    /// <summary>担任名(ふりがな).</summary>
    public PersonName? HomeroomTeacher { get; init; }

    /// <summary>管理職名.</summary>
    public string? Administrator { get; init; }

    /// <summary>学年別 Aシート.</summary>
    public GradeSheetA? SheetA { get; init; }

    /// <summary>学年別 Bシート.</summary>
    public GradeSheetB? SheetB { get; init; }
}
