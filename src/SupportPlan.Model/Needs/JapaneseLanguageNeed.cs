namespace SupportPlan.Model.Needs;

/// <summary>The Japanese-language facet (日本語指導が必要な外国人児童生徒等).</summary>
public sealed record JapaneseLanguageNeed
{
    /// <summary>Whether instruction follows a special curriculum outside the home class (特別の教育課程).</summary>
    public bool SpecialCurriculum { get; init; }

    /// <summary>When Japanese-language instruction started.</summary>
    public DateOnly? InstructionStartedOn { get; init; }

    /// <summary>Hours of instruction per week, where fixed.</summary>
    public int? WeeklyHours { get; init; }
}
