using SupportPlan.Model.Collections;

namespace SupportPlan.Model.Sheets;

/// <summary>支援を継続する上での基本的な情報 (特記事項): basic information for continued support.</summary>
public sealed record BasicInformation
{
    /// <summary>本人の強み.</summary>
    public string? Strengths { get; init; }

    /// <summary>アセスメントの情報, as a history.</summary>
    public ValueList<Assessment> Assessments { get; init => field = value ?? ValueList<Assessment>.Empty; } = ValueList<Assessment>.Empty;

    /// <summary>家庭での様子.</summary>
    public string? HomeSituation { get; init; }

    /// <summary>障害の種類・程度・診断名・障害者手帳の種類・交付年月日 (※).</summary>
    public DisabilityInformation? Disability { get; init; }

    /// <summary>学習歴 (※): learning history (foreign students: schooling abroad, languages of instruction).</summary>
    public string? LearningHistory { get; init; }

    /// <summary>日本語力 (※): Japanese proficiency.</summary>
    public string? JapaneseProficiency { get; init; }

    /// <summary>Other notes (等).</summary>
    public string? Notes { get; init; }
}
