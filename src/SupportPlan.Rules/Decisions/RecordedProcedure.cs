namespace SupportPlan.Rules.Decisions;

/// <summary>A procedure the sender has carried out, recorded for the decision.</summary>
public sealed record RecordedProcedure
{
    /// <summary>Which procedure.</summary>
    public required ProcedureKind Kind { get; init; }

    /// <summary>When.</summary>
    public required DateOnly On { get; init; }

    /// <summary>A reference (minutes, file number).</summary>
    public string? Reference { get; init; }
}
