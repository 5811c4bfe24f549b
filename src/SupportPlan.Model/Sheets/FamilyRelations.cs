using SupportPlan.Model.Collections;

namespace SupportPlan.Model.Sheets;

/// <summary>家族関係 (特記事項): family relations.</summary>
public sealed record FamilyRelations
{
    /// <summary>生育歴: developmental history.</summary>
    public string? DevelopmentalHistory { get; init; }

    /// <summary>本人を取り巻く状況(家族の状況も含む。).</summary>
    public string? Circumstances { get; init; }

    /// <summary>作成日以降の変化, as dated entries.</summary>
    public ValueList<DatedNote> ChangesSinceCreation { get; init => field = value ?? ValueList<DatedNote>.Empty; } = ValueList<DatedNote>.Empty;

    /// <summary>家族構成 (※).</summary>
    public string? FamilyComposition { get; init; }

    /// <summary>家庭内使用言語 (※): the language(s) used at home.</summary>
    public string? HomeLanguage { get; init; }

    /// <summary>Other notes (等).</summary>
    public string? Notes { get; init; }
}
