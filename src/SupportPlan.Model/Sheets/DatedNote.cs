namespace SupportPlan.Model.Sheets;

/// <summary>A dated entry in a history (e.g. 作成日以降の変化), so that trends show at a glance.</summary>
public sealed record DatedNote
{
    /// <summary>The date of the entry.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>What was observed or changed, stated as fact.</summary>
    public required string Text { get; init; }
}
