namespace SupportPlan.Model.Conferences;

/// <summary>関係機関からの情報: information that originates with a related agency (a third party).</summary>
public sealed record AgencyInformation
{
    /// <summary>The agency the information came from.</summary>
    public required string Source { get; init; }

    /// <summary>The information, as given.</summary>
    public required string Text { get; init; }

    /// <summary>Whether it is of medical origin (a physician, hospital or clinic): special-care information.</summary>
    public bool MedicalOrigin { get; init; }
}
