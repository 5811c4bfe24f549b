using System.Text.Json.Serialization;
using SupportPlan.Model.Collections;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;

namespace SupportPlan.Rules.Policy;

/// <summary>
/// When the sender must keep a record of provision (APPI Art 29, PPC Rule Art 20) — or, read from the recipient's
/// side, when the recipient must confirm and record (Art 30): provision based on consent by a sender of these
/// establishments to recipients of these kinds.
/// </summary>
public sealed record RecordDutyRule
{
    /// <summary>A stable id.</summary>
    public required string Id { get; init; }

    /// <summary>The senders' establishments.</summary>
    public required ValueList<Establishment> SenderEstablishments { get; init; }

    /// <summary>The recipient kinds.</summary>
    public required ValueList<RecipientKind> RecipientKinds { get; init; }

    /// <summary>The article cited (<c>appi-29</c> or <c>appi-30</c>).</summary>
    public required string ArticleId { get; init; }

    /// <summary>
    /// How many years the record is kept (3 as a rule). Required in a policy file: System.Text.Json cannot apply the
    /// default to an <c>init</c> member that is left out (it would read as 0), so the file must say it.
    /// </summary>
    [JsonRequired]
    public int RetentionYears { get; init; } = 3;
}
