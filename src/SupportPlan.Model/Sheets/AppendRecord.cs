namespace SupportPlan.Model.Sheets;

/// <summary>追記: one later addition to a sheet, with who made it and when (追記日 / 追記者).</summary>
public sealed record AppendRecord
{
    /// <summary>追記日.</summary>
    public required DateOnly On { get; init; }

    /// <summary>追記者 (name of the person who appended).</summary>
    public required string By { get; init; }

    /// <summary>What was appended or changed, in brief.</summary>
    public string? Note { get; init; }
}
