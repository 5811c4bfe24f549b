namespace SupportPlan.Model.Accommodations;

/// <summary>A catalogue entry for one accommodation viewpoint: its printed code and names, for display in a vendor's UI.</summary>
/// <param name="Viewpoint">The viewpoint.</param>
/// <param name="Code">The printed code, e.g. <c>1-2-3</c>.</param>
/// <param name="Group">The viewpoint group: 1 教育内容・方法, 2 支援体制, 3 施設・設備.</param>
/// <param name="GroupNameJa">The group's Japanese name.</param>
/// <param name="NameJa">The Japanese name as printed.</param>
/// <param name="NameEn">An English name.</param>
/// <param name="AnnexTable">The annex table (別表) of the central council's report that gives examples per disability.</param>
public sealed record AccommodationViewpointInfo(
    AccommodationViewpoint Viewpoint,
    string Code,
    int Group,
    string GroupNameJa,
    string NameJa,
    string NameEn,
    int AnnexTable);
