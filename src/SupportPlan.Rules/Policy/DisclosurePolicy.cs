using System.Text.Json.Serialization;
using SupportPlan.Model.Collections;
using SupportPlan.Model.Consent;

namespace SupportPlan.Rules.Policy;

/// <summary>
/// The law and local policy as data: the articles, the exception rows of the legal table, what goes to the family,
/// the indispensable range, the record duties and local switches. <see cref="DefaultDisclosurePolicy.Instance"/> is
/// the documented default (law as in force since 2023-04-01); a municipality replaces or amends it through
/// options without forking. A policy is validated when it is loaded (<see cref="DisclosurePolicyValidator"/>).
/// </summary>
public sealed record DisclosurePolicy
{
    /// <summary>A name for the policy, shown in reports (e.g. <c>SupportPlan default (APPI 2023)</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The policy's version.</summary>
    public required string Version { get; init; }

    /// <summary>The date from which the policy reflects the law.</summary>
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>The articles rules may cite.</summary>
    public required ValueList<LegalArticle> Articles { get; init; }

    /// <summary>The exception rows: provision without consent.</summary>
    public required ValueList<ExceptionRule> Exceptions { get; init; }

    /// <summary>Provision to the student or guardians themselves.</summary>
    public required ValueList<FamilyRule> FamilyRules { get; init; }

    /// <summary>
    /// The indispensable range (必要不可欠な範囲): the item ids that may go under an exception. Items outside it go
    /// only with consent.
    /// </summary>
    public required ValueList<string> IndispensableRange { get; init; }

    /// <summary>Recipient kinds that receive on consent only, never under an exception (private facilities, employers).</summary>
    public required ValueList<RecipientKind> ConsentOnlyRecipients { get; init; }

    /// <summary>Record duties of the sender (APPI Art 29).</summary>
    public required ValueList<RecordDutyRule> ProvisionRecordDuties { get; init; }

    /// <summary>Confirmation duties of the recipient on import (APPI Art 30).</summary>
    public required ValueList<RecordDutyRule> ConfirmationRecordDuties { get; init; }

    /// <summary>
    /// Recipient kinds for which a public sender's provision under an exception is blocked until a consultation of
    /// the municipal privacy council is recorded (a per-municipality switch; APPI Art 129 allows it where expert
    /// views are especially needed; it concerns local governments only, so national and private senders are not
    /// affected). Empty by default.
    /// </summary>
    public ValueList<RecipientKind> CouncilConsultationRequiredFor { get; init => field = value ?? ValueList<RecipientKind>.Empty; } = ValueList<RecipientKind>.Empty;

    /// <summary>
    /// The article cited when a council consultation blocks a disclosure (<c>appi-129</c> by default in code; required in
    /// a policy file, where a left-out member would otherwise read as null).
    /// </summary>
    [JsonRequired]
    public string CouncilConsultationArticleId { get; init; } = "appi-129";
}
