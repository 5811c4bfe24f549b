using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Sheets;

/// <summary>How the school divides its year: three terms (3学期制) or two (2学期制, 前期/後期).</summary>
[JsonConverter(typeof(StrictEnumConverter<TermSystem>))]
public enum TermSystem
{
    /// <summary>3学期制: 1学期, 2学期, 3学期.</summary>
    ThreeTerms,

    /// <summary>2学期制: 前期, 後期.</summary>
    TwoTerms,
}
