using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Gifu;

/// <summary>The field of a related agency (関係機関).</summary>
[JsonConverter(typeof(StrictEnumConverter<AgencyKind>))]
public enum AgencyKind
{
    /// <summary>医療.</summary>
    Medical,

    /// <summary>福祉 (incl. 放課後等デイサービス, 相談支援事業所).</summary>
    Welfare,

    /// <summary>保健.</summary>
    Health,

    /// <summary>教育 (incl. 教育支援センター).</summary>
    Education,

    /// <summary>労働 (e.g. ハローワーク, 障害者職業センター).</summary>
    Labour,

    /// <summary>その他.</summary>
    Other,
}
