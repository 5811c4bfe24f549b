namespace SupportPlan.Model.Sheets;

/// <summary>本人・保護者の状況・希望: one row (本人 or 保護者), in their own words where possible.</summary>
public sealed record SituationAndHopes
{
    /// <summary>現在の状況.</summary>
    public string? CurrentSituation { get; init; }

    /// <summary>将来の希望(進路を含む).</summary>
    public string? Hopes { get; init; }
}
