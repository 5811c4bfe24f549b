using System.Collections.Frozen;

namespace SupportPlan.Model.Accommodations;

/// <summary>The catalogue of the 11 accommodation viewpoints (合理的配慮の観点), as data a vendor can show.</summary>
public static class AccommodationViewpoints
{
    private const string Content = "教育内容・方法";
    private const string System = "支援体制";
    private const string Facilities = "施設・設備";

    /// <summary>All 11 viewpoints, in printed order.</summary>
    public static IReadOnlyList<AccommodationViewpointInfo> All { get; } =
    [
        new(AccommodationViewpoint.LearningOrLivingDifficulties, "1-1-1", 1, Content, "学習上又は生活上の困難を改善・克服するための配慮", "Accommodation to improve or overcome difficulties in learning or daily living", 1),
        new(AccommodationViewpoint.ContentAdjustment, "1-1-2", 1, Content, "学習内容の変更・調整", "Change or adjustment of learning content", 2),
        new(AccommodationViewpoint.InformationCommunicationMaterials, "1-2-1", 1, Content, "情報・コミュニケーション及び教材の配慮", "Information, communication and teaching materials", 3),
        new(AccommodationViewpoint.LearningOpportunities, "1-2-2", 1, Content, "学習機会や体験の確保", "Securing learning opportunities and experience", 4),
        new(AccommodationViewpoint.PsychologicalAndHealthCare, "1-2-3", 1, Content, "心理面・健康面の配慮", "Psychological and health care", 5),
        new(AccommodationViewpoint.SpecialistTeachingSystem, "2-1", 2, System, "専門性のある指導体制の整備", "A specialist teaching system", 6),
        new(AccommodationViewpoint.Understanding, "2-2", 2, System, "幼児児童生徒、教職員、保護者、地域の理解啓発を図るための配慮", "Understanding among pupils, staff, parents and the community", 7),
        new(AccommodationViewpoint.DisasterSupport, "2-3", 2, System, "災害時等の支援体制の整備", "Support in disasters", 8),
        new(AccommodationViewpoint.BarrierFree, "3-1", 3, Facilities, "校内環境のバリアフリー化", "A barrier-free school", 9),
        new(AccommodationViewpoint.SuitableFacilities, "3-2", 3, Facilities, "発達、障害の状態及び特性等に応じた指導ができる施設・設備の配慮", "Facilities suited to development, disability and characteristics", 10),
        new(AccommodationViewpoint.DisasterFacilities, "3-3", 3, Facilities, "災害時等への対応に必要な施設・設備の配慮", "Facilities needed in disasters", 11),
    ];

    private static readonly FrozenDictionary<AccommodationViewpoint, AccommodationViewpointInfo> ByViewpoint =
        All.ToFrozenDictionary(v => v.Viewpoint);

    private static readonly FrozenDictionary<string, AccommodationViewpointInfo> ByCode =
        All.ToFrozenDictionary(v => v.Code, StringComparer.Ordinal);

    /// <summary>The catalogue entry of a viewpoint.</summary>
    /// <param name="viewpoint">The viewpoint.</param>
    /// <returns>Its entry.</returns>
    public static AccommodationViewpointInfo Describe(AccommodationViewpoint viewpoint) => ByViewpoint[viewpoint];

    /// <summary>Finds a viewpoint by its printed code (<c>1-1-1</c>; the printed <c>①-1-1</c> form is accepted too).</summary>
    /// <param name="code">The code.</param>
    /// <param name="viewpoint">The viewpoint found.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryFromCode(string? code, out AccommodationViewpoint viewpoint)
    {
        viewpoint = default;
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        var normalised = code.Trim().Normalize(global::System.Text.NormalizationForm.FormKC)
            .Replace('①', '1').Replace('②', '2').Replace('③', '3').Replace('‐', '-').Replace('－', '-').Replace('ー', '-');
        if (ByCode.TryGetValue(normalised, out var info))
        {
            viewpoint = info.Viewpoint;
            return true;
        }

        return false;
    }
}
