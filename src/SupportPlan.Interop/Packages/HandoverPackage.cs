using System.Text.Json.Serialization;
using SupportPlan.Model.Collections;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Plans;
using SupportPlan.Rules.Decisions;
using SupportPlan.Rules.Records;

namespace SupportPlan.Interop.Packages;

/// <summary>
/// The handover file (引継ぎファイル): one JSON document that carries a disclosed plan from one school or body to another,
/// with everything the recipient and a municipality need to check it: who sent it to whom and why, the disclosure
/// report, the consent records it relies on, the Art 29 provision record where one is due, and a SHA-256 digest over
/// the RFC 8785 canonical form of everything else, so that any change in transit is detected.
/// </summary>
/// <remarks>Create one with <see cref="HandoverPackages.Create"/>; read one with <see cref="Json.PackageJson.Read(ReadOnlySpan{byte})"/>.</remarks>
public sealed record HandoverPackage
{
    /// <summary>The format name; always <see cref="PackageFormat.Name"/>.</summary>
    public required string Format { get; init; }

    /// <summary>The format version, <c>MAJOR.MINOR</c>; see <see cref="PackageFormat"/> for the versioning policy.</summary>
    public required string FormatVersion { get; init; }

    /// <summary>A fresh identifier for this package (one per sending, not per plan).</summary>
    public required Guid PackageId { get; init; }

    /// <summary>When the package was written, with the sender's offset (usually +09:00), which the file must state.</summary>
    [JsonConverter(typeof(Json.OffsetDateTimeConverter))]
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The sending school or body (提供元).</summary>
    public required PackageParty Sender { get; init; }

    /// <summary>The receiving school or body (提供先).</summary>
    public required PackageParty Recipient { get; init; }

    /// <summary>Why the plan is handed over (利用目的).</summary>
    public required DisclosurePurpose Purpose { get; init; }

    /// <summary>The date the disclosure was decided, against which consent validity was judged.</summary>
    public required DateOnly DecidedOn { get; init; }

    /// <summary>The exception claim the sender recorded, when items went without consent (法令に基づく例外).</summary>
    public ExceptionClaim? Exception { get; init; }

    /// <summary>The procedures the sender recorded (council consultation, confidentiality duty explained).</summary>
    public ValueList<RecordedProcedure> Procedures { get; init => field = value ?? ValueList<RecordedProcedure>.Empty; } = ValueList<RecordedProcedure>.Empty;

    /// <summary>The disclosed plan: only what the family agreed to, or what an exception allows.</summary>
    public required StudentSupportPlan Plan { get; init; }

    /// <summary>The disclosure report: one entry per item of the original plan, disclosed or withheld, with its basis.</summary>
    public required DisclosureReport Report { get; init; }

    /// <summary>The consent records the disclosure relies on (grants cited by the report, and records of attempts to reach the family where an exception was claimed).</summary>
    public ValueList<ConsentRecord> Consents { get; init => field = value ?? ValueList<ConsentRecord>.Empty; } = ValueList<ConsentRecord>.Empty;

    /// <summary>The sender's record of provision to a third party (APPI Art 29), where one is due.</summary>
    public ProvisionRecord? ProvisionRecord { get; init; }

    /// <summary>The integrity digest over the canonical form of every other member.</summary>
    public required PackageDigest Digest { get; init; }
}
