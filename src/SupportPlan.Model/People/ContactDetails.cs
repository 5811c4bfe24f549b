using SupportPlan.Model.Identifiers;

namespace SupportPlan.Model.People;

/// <summary>連絡先: how to reach a guardian.</summary>
public sealed record ContactDetails
{
    /// <summary>Telephone number.</summary>
    public PhoneNumber? Phone { get; init; }

    /// <summary>Postal address.</summary>
    public string? Address { get; init; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Other notes on contact (e.g. best time to call, interpreter needed).</summary>
    public string? Note { get; init; }
}
