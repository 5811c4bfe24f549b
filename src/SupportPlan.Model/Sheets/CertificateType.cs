using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Sheets;

/// <summary>障害者手帳の種類.</summary>
[JsonConverter(typeof(StrictEnumConverter<CertificateType>))]
public enum CertificateType
{
    /// <summary>身体障害者手帳.</summary>
    PhysicalDisability,

    /// <summary>療育手帳 (intellectual disability).</summary>
    Ryoiku,

    /// <summary>精神障害者保健福祉手帳.</summary>
    MentalHealthWelfare,
}
