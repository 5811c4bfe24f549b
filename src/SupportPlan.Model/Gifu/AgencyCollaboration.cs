using SupportPlan.Model.Identifiers;

namespace SupportPlan.Model.Gifu;

/// <summary>様式2 (関係機関との連携): one related agency and what it does with the school.</summary>
public sealed record AgencyCollaboration
{
    /// <summary>The agency's name.</summary>
    public required string AgencyName { get; init; }

    /// <summary>Its field.</summary>
    public required AgencyKind Kind { get; init; }

    /// <summary>The person in charge.</summary>
    public string? PersonInCharge { get; init; }

    /// <summary>Telephone number.</summary>
    public PhoneNumber? Phone { get; init; }

    /// <summary>What the agency provides and how the school works with it.</summary>
    public string? Collaboration { get; init; }

    /// <summary>Since when.</summary>
    public DateOnly? Since { get; init; }
}
