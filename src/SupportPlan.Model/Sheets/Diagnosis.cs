namespace SupportPlan.Model.Sheets;

/// <summary>診断名: a diagnosis (special-care information).</summary>
public sealed record Diagnosis
{
    /// <summary>The diagnosis as written by the physician (e.g. 自閉スペクトラム症).</summary>
    public required string Name { get; init; }

    /// <summary>When it was diagnosed.</summary>
    public DateOnly? DiagnosedOn { get; init; }

    /// <summary>Who diagnosed (hospital or clinic).</summary>
    public string? DiagnosedBy { get; init; }
}
