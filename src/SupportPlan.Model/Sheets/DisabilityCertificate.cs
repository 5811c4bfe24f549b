namespace SupportPlan.Model.Sheets;

/// <summary>障害者手帳: a disability certificate (special-care information).</summary>
public sealed record DisabilityCertificate
{
    /// <summary>障害者手帳の種類.</summary>
    public required CertificateType Type { get; init; }

    /// <summary>The grade or level on the certificate (e.g. 2級, B1).</summary>
    public string? Level { get; init; }

    /// <summary>交付年月日.</summary>
    public DateOnly? IssuedOn { get; init; }
}
