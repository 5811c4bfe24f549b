using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Consent;

/// <summary>How consent (or refusal) was given.</summary>
[JsonConverter(typeof(StrictEnumConverter<ConsentMethod>))]
public enum ConsentMethod
{
    /// <summary>書面 (a signed form, e.g. the 承諾記載欄 of the plan).</summary>
    Written,

    /// <summary>口頭 (recorded by staff).</summary>
    Oral,

    /// <summary>電子 (an electronic form).</summary>
    Electronic,
}
