using SupportPlan.Model.Collections;

namespace SupportPlan.Model.Sheets;

/// <summary>学年別シート B: the situation and hopes of student and guardians, the year's goal and the term plans.</summary>
public sealed record GradeSheetB
{
    /// <summary>作成年月日 / 作成者名 / 追記年月日(追記者名).</summary>
    public required Authorship Authorship { get; init; }

    /// <summary>本人: the student's current situation and hopes.</summary>
    public SituationAndHopes? Student { get; init; }

    /// <summary>保護者: the guardians' current situation and hopes.</summary>
    public SituationAndHopes? Guardian { get; init; }

    /// <summary>本学年の目標.</summary>
    public string? YearGoal { get; init; }

    /// <summary>Three terms or two (前期/後期).</summary>
    public TermSystem TermSystem { get; init; } = TermSystem.ThreeTerms;

    /// <summary>各学期の個別の支援計画.</summary>
    public ValueList<TermPlan> TermPlans { get; init => field = value ?? ValueList<TermPlan>.Empty; } = ValueList<TermPlan>.Empty;
}
