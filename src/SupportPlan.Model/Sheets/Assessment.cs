namespace SupportPlan.Model.Sheets;

/// <summary>アセスメントの情報: one assessment, kept as a history so that trends show.</summary>
public sealed record Assessment
{
    /// <summary>When the assessment was made.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The instrument or kind of assessment (e.g. WISC-V, 行動観察, DLA).</summary>
    public string? Instrument { get; init; }

    /// <summary>Who assessed (person or agency).</summary>
    public string? Assessor { get; init; }

    /// <summary>The findings, stated objectively.</summary>
    public required string Summary { get; init; }
}
