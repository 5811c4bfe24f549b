using System.Text.Json.Serialization;
using SupportPlan.Model.Collections;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;

namespace SupportPlan.Rules.Policy;

/// <summary>
/// One row of the legal table (domain guide §6.3): without consent, a sender of these establishments may provide
/// to these recipients for these purposes under the cited article, within the indispensable range, with a recorded
/// reason and a recorded effort to obtain consent.
/// </summary>
public sealed record ExceptionRule
{
    /// <summary>A stable id, e.g. <c>public-to-public-school</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The senders' establishments this row applies to.</summary>
    public required ValueList<Establishment> SenderEstablishments { get; init; }

    /// <summary>The recipient kinds this row applies to.</summary>
    public required ValueList<RecipientKind> RecipientKinds { get; init; }

    /// <summary>The purposes this row applies to.</summary>
    public required ValueList<DisclosurePurpose> Purposes { get; init; }

    /// <summary>The article cited (an id of <see cref="DisclosurePolicy.Articles"/>).</summary>
    public required string ArticleId { get; init; }

    /// <summary>The condition the article sets, which the recorded reason must address (Japanese).</summary>
    public required string ConditionJa { get; init; }

    /// <summary>The condition in English.</summary>
    public required string ConditionEn { get; init; }

    /// <summary>
    /// Whether the row also covers special-care items (an APPI exception does; opt-out never would). True by default in
    /// code; required in a policy file, where a left-out member would otherwise read as false.
    /// </summary>
    [JsonRequired]
    public bool CoversSpecialCare { get; init; } = true;

    /// <summary>
    /// Whether the sender must record that provision does not unjustly harm the rights of the person or a third
    /// party (the proviso of APPI Art 69(2)).
    /// </summary>
    public bool RequiresHarmAssessment { get; init; }
}
