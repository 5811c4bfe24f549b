using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Accommodations;

/// <summary>
/// 合理的配慮の観点: the 3 viewpoints and 11 codes of the central council's definition. JSON uses the printed codes
/// (<c>"1-1-1"</c> … <c>"3-3"</c>). Names for display: <see cref="AccommodationViewpoints"/>.
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<AccommodationViewpoint>))]
public enum AccommodationViewpoint
{
    /// <summary>1-1-1 学習上又は生活上の困難を改善・克服するための配慮.</summary>
    [JsonStringEnumMemberName("1-1-1")]
    LearningOrLivingDifficulties,

    /// <summary>1-1-2 学習内容の変更・調整.</summary>
    [JsonStringEnumMemberName("1-1-2")]
    ContentAdjustment,

    /// <summary>1-2-1 情報・コミュニケーション及び教材の配慮.</summary>
    [JsonStringEnumMemberName("1-2-1")]
    InformationCommunicationMaterials,

    /// <summary>1-2-2 学習機会や体験の確保.</summary>
    [JsonStringEnumMemberName("1-2-2")]
    LearningOpportunities,

    /// <summary>1-2-3 心理面・健康面の配慮.</summary>
    [JsonStringEnumMemberName("1-2-3")]
    PsychologicalAndHealthCare,

    /// <summary>2-1 専門性のある指導体制の整備.</summary>
    [JsonStringEnumMemberName("2-1")]
    SpecialistTeachingSystem,

    /// <summary>2-2 幼児児童生徒、教職員、保護者、地域の理解啓発を図るための配慮.</summary>
    [JsonStringEnumMemberName("2-2")]
    Understanding,

    /// <summary>2-3 災害時等の支援体制の整備.</summary>
    [JsonStringEnumMemberName("2-3")]
    DisasterSupport,

    /// <summary>3-1 校内環境のバリアフリー化.</summary>
    [JsonStringEnumMemberName("3-1")]
    BarrierFree,

    /// <summary>3-2 発達、障害の状態及び特性等に応じた指導ができる施設・設備の配慮.</summary>
    [JsonStringEnumMemberName("3-2")]
    SuitableFacilities,

    /// <summary>3-3 災害時等への対応に必要な施設・設備の配慮.</summary>
    [JsonStringEnumMemberName("3-3")]
    DisasterFacilities,
}
