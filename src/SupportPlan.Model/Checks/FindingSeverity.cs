using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Checks;

/// <summary>How serious a finding is.</summary>
[JsonConverter(typeof(StrictEnumConverter<FindingSeverity>))]
public enum FindingSeverity
{
    /// <summary>The plan or file is wrong: it must be corrected.</summary>
    Error,

    /// <summary>Suspicious or incomplete: a person should look.</summary>
    Warning,
}
