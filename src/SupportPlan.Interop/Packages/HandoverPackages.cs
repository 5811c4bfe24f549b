using System.Text.Json;
using SupportPlan.Interop.Integrity;
using SupportPlan.Interop.Json;
using SupportPlan.Model.Collections;
using SupportPlan.Model.Consent;
using SupportPlan.Rules.Decisions;

namespace SupportPlan.Interop.Packages;

/// <summary>Creates handover packages from disclosure decisions and computes and checks their digests.</summary>
public static class HandoverPackages
{
    /// <summary>The name of the member the digest leaves out.</summary>
    internal const string DigestMember = "digest";

    /// <summary>
    /// Creates the package for a decided disclosure: the disclosed plan, the report, the consent records it relies on
    /// and the Art 29 record where due, sealed with its digest.
    /// </summary>
    /// <param name="request">The request that was decided.</param>
    /// <param name="result">The engine's decision for <paramref name="request"/>.</param>
    /// <param name="createdAt">When the package is written.</param>
    /// <param name="packageId">The package id; a new one when omitted.</param>
    /// <exception cref="InvalidOperationException">The decision blocks the disclosure or discloses nothing, or the package
    /// would contradict itself (a school code against its declared establishment or kind, a decision dated after
    /// <paramref name="createdAt"/>): the library never writes a package its own validator rejects.</exception>
    public static HandoverPackage Create(DisclosureRequest request, DisclosureResult result, DateTimeOffset createdAt, Guid? packageId = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(result);
        if (result.IsBlocked || result.NothingDisclosed)
        {
            throw new InvalidOperationException(result.IsBlocked
                ? "The disclosure is blocked until the missing procedure is recorded; no package can be written."
                : "Nothing may be disclosed; no package can be written.");
        }

        var package = new HandoverPackage
        {
            Format = PackageFormat.Name,
            FormatVersion = PackageFormat.CurrentVersion,
            PackageId = packageId ?? Guid.NewGuid(),
            CreatedAt = createdAt,
            Sender = PackageParty.FromSender(request.Sender),
            Recipient = PackageParty.FromRecipient(request.Recipient),
            Purpose = request.Purpose,
            DecidedOn = request.Date,
            Exception = result.Report.Entries.Any(e => e.Outcome == ItemOutcome.DisclosedUnderException) ? request.Exception : null,
            Procedures = request.Procedures,
            Plan = result.DisclosedPlan,
            Report = result.Report,
            Consents = ReliedOn(request, result.Report),
            ProvisionRecord = result.ProvisionRecord,
            Digest = PackageDigest.OfSha256(new string('0', 64)),
        };
        var problems = Validation.PackageChecks.Check(package).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The package would contradict itself: " + string.Join("; ", problems.Select(p => $"{p.Code} {p.Pointer}: {p.MessageEn}")));
        }

        return Seal(package);
    }

    /// <summary>Returns the package with its digest computed over its current content.</summary>
    /// <param name="package">The package.</param>
    public static HandoverPackage Seal(HandoverPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        return package with { Digest = PackageDigest.OfSha256(ComputeDigest(package)) };
    }

    /// <summary>The SHA-256 of the RFC 8785 canonical form of the package without its digest member.</summary>
    /// <param name="package">The package.</param>
    public static string ComputeDigest(HandoverPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        using var document = JsonDocument.Parse(PackageJson.Serialize(package));
        return CanonicalDigest.TrySha256(document.RootElement, DigestMember, out var hex, out var error)
            ? hex
            : throw new InvalidOperationException("The package cannot be canonicalized: " + error);
    }

    /// <summary>
    /// The consent records a disclosure relies on: every record cited by an item that went on consent, and, when items
    /// went under an exception, the records of attempts to reach the family for this purpose and recipient. Refusals and
    /// withdrawals are the family's business with the sender, not the recipient's, and stay behind.
    /// </summary>
    private static ValueList<ConsentRecord> ReliedOn(DisclosureRequest request, DisclosureReport report)
    {
        var cited = report.Entries
            .Where(e => e.Outcome == ItemOutcome.DisclosedOnConsent)
            .SelectMany(e => e.ConsentIds)
            .ToHashSet(StringComparer.Ordinal);
        var underException = report.Entries.Any(e => e.Outcome == ItemOutcome.DisclosedUnderException);
        return request.Plan.Consents
            .Where(c => cited.Contains(c.Id)
                || (underException && c.Decision == ConsentDecision.Unreachable && c.Purpose == request.Purpose
                    && request.Recipient.IsCoveredBy(c.Recipient)))
            .ToValueList();
    }
}
