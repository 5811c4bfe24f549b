using SupportPlan.Model.Accommodations;
using SupportPlan.Model.Collections;
using SupportPlan.Model.Conferences;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Extensions;
using SupportPlan.Model.Gifu;
using SupportPlan.Model.Needs;
using SupportPlan.Model.Sheets;

namespace SupportPlan.Model.Plans;

/// <summary>
/// One student's support plan: the MEXT integrated sheet (児童生徒理解・支援シート) with the Gifu forms, agreed
/// accommodations, consent records and regional extensions. It follows the child from preschool to work. Every
/// section is optional, as forms are used flexibly; an immutable record with value equality.
/// </summary>
public sealed record StudentSupportPlan
{
    /// <summary>A stable identifier of the plan.</summary>
    public required Guid Id { get; init; }

    /// <summary>The header: schools by stage and the classification number.</summary>
    public PlanHeader? Header { get; init; }

    /// <summary>The support needs (disability, non-attendance, Japanese language) as facets.</summary>
    public SupportNeeds Needs { get; init => field = value ?? new(); } = new();

    /// <summary>共通シート.</summary>
    public CommonSheet? CommonSheet { get; init; }

    /// <summary>学年別シート A/B, one per school year.</summary>
    public ValueList<GradeSheet> GradeSheets { get; init => field = value ?? ValueList<GradeSheet>.Empty; } = ValueList<GradeSheet>.Empty;

    /// <summary>ケース会議・検討会等記録シート, one per conference.</summary>
    public ValueList<CaseConferenceRecord> CaseConferences { get; init => field = value ?? ValueList<CaseConferenceRecord>.Empty; } = ValueList<CaseConferenceRecord>.Empty;

    /// <summary>The Gifu forms (様式1–3).</summary>
    public GifuForms? GifuForms { get; init; }

    /// <summary>合理的配慮: accommodations agreed with the family.</summary>
    public ValueList<ReasonableAccommodation> Accommodations { get; init => field = value ?? ValueList<ReasonableAccommodation>.Empty; } = ValueList<ReasonableAccommodation>.Empty;

    /// <summary>Consent records: grants, refusals, withdrawals, deferrals, unreachable.</summary>
    public ValueList<ConsentRecord> Consents { get; init => field = value ?? ValueList<ConsentRecord>.Empty; } = ValueList<ConsentRecord>.Empty;

    /// <summary>Regional extensions: items a municipality or vendor adds.</summary>
    public ValueList<RegionalExtension> Extensions { get; init => field = value ?? ValueList<RegionalExtension>.Empty; } = ValueList<RegionalExtension>.Empty;
}
