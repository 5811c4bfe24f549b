using SupportPlan.Model.Accommodations;
using SupportPlan.Model.Collections;

namespace SupportPlan.Model.Sheets;

/// <summary>障害の種類・程度・診断名・障害者手帳の種類・交付年月日 (※): all special-care information.</summary>
public sealed record DisabilityInformation
{
    /// <summary>障害の種類.</summary>
    public ValueList<DisabilityCategory> Categories { get; init => field = value ?? ValueList<DisabilityCategory>.Empty; } = ValueList<DisabilityCategory>.Empty;

    /// <summary>程度: the degree, as described.</summary>
    public string? Degree { get; init; }

    /// <summary>診断名.</summary>
    public ValueList<Diagnosis> Diagnoses { get; init => field = value ?? ValueList<Diagnosis>.Empty; } = ValueList<Diagnosis>.Empty;

    /// <summary>障害者手帳.</summary>
    public ValueList<DisabilityCertificate> Certificates { get; init => field = value ?? ValueList<DisabilityCertificate>.Empty; } = ValueList<DisabilityCertificate>.Empty;
}
