using SupportPlan.Model.Collections;

namespace SupportPlan.Model.Consent;

/// <summary>
/// A consent record (§6.1): who decided, for which recipient, purpose and items, when, how and until when; also
/// refusals, withdrawals, deferrals and "could not reach the family". It maps onto ISO/IEC TS 27560 consent records
/// and FHIR Consent (see <c>docs/consent-mapping.md</c>).
/// </summary>
public sealed record ConsentRecord
{
    /// <summary>A stable identifier, unique within the plan (e.g. <c>consent-2025-001</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Granted, refused, withdrawn, deferred or unreachable.</summary>
    public required ConsentDecision Decision { get; init; }

    /// <summary>Who decided (本人 or 保護者). Absent for <see cref="ConsentDecision.Unreachable"/>.</summary>
    public ConsentGrantor? Grantor { get; init; }

    /// <summary>提供先: the recipient or recipient class.</summary>
    public required ConsentRecipient Recipient { get; init; }

    /// <summary>目的.</summary>
    public required DisclosurePurpose Purpose { get; init; }

    /// <summary>
    /// 内容: the items concerned, as plan item ids or section ids of <c>PlanItemCatalog</c>. A section covers its items
    /// except special-care ones, which must be named one by one.
    /// </summary>
    public ValueList<string> Items { get; init => field = value ?? ValueList<string>.Empty; } = ValueList<string>.Empty;

    /// <summary>When the decision was given (or, for unreachable, recorded).</summary>
    public required DateOnly DecidedOn { get; init; }

    /// <summary>From when the consent applies (default: <see cref="DecidedOn"/>).</summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>Until when the consent applies (inclusive); open-ended when absent.</summary>
    public DateOnly? ValidUntil { get; init; }

    /// <summary>How it was given.</summary>
    public ConsentMethod? Method { get; init; }

    /// <summary>Whether the concrete content to be provided was shown to the family (MEXT asks for it).</summary>
    public bool ContentShown { get; init; }

    /// <summary>Whether it was explained that the sheet is not used to evaluate the child and is kept confidential.</summary>
    public bool PurposeExplained { get; init; }

    /// <summary>Who recorded it (staff name).</summary>
    public string? RecordedBy { get; init; }

    /// <summary>For a withdrawal: the id of the consent withdrawn.</summary>
    public string? Withdraws { get; init; }

    /// <summary>For a refusal: reasons and discussion.</summary>
    public RefusalDetails? Refusal { get; init; }

    /// <summary>For a deferral: when to ask again.</summary>
    public DateOnly? RevisitOn { get; init; }

    /// <summary>Recorded efforts to reach the family (required for unreachable; useful for any record).</summary>
    public ValueList<ContactAttempt> ContactAttempts { get; init => field = value ?? ValueList<ContactAttempt>.Empty; } = ValueList<ContactAttempt>.Empty;

    /// <summary>Other notes.</summary>
    public string? Note { get; init; }

    /// <summary>The first day the record applies.</summary>
    /// <returns><see cref="ValidFrom"/> or <see cref="DecidedOn"/>.</returns>
    public DateOnly EffectiveFrom() => ValidFrom ?? DecidedOn;

    /// <summary>Whether the record applies on <paramref name="date"/> (within its period).</summary>
    /// <param name="date">The date of the disclosure.</param>
    /// <returns>True inside the period.</returns>
    public bool AppliesOn(DateOnly date) => date >= EffectiveFrom() && (ValidUntil is not { } until || date <= until);
}
