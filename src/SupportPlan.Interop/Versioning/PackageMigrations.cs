using SupportPlan.Interop.Packages;
using SupportPlan.Model.Collections;

namespace SupportPlan.Interop.Versioning;

/// <summary>Migrations from older format versions to the current one, in code.</summary>
internal static class PackageMigrations
{
    /// <summary>
    /// Format 0 → 1.0. The sender, recipient, purpose and date come from the report; the provision record is kept; the
    /// family preview is left out because it is derived from the report and can be rebuilt from it
    /// (<c>FamilyPreviewBuilder</c>). Format 0 carried no consent records beside the plan: the plan's own, if they were
    /// disclosed, are the only ones. The package id is derived from the plan id and the date so that migrating the same
    /// file twice gives the same package; the digest is computed over the migrated content.
    /// </summary>
    public static HandoverPackage FromLegacy(LegacyRedactOutput legacy)
    {
        var report = legacy.Report;
        var cited = report.Entries.SelectMany(e => e.ConsentIds).ToHashSet(StringComparer.Ordinal);
        var package = new HandoverPackage
        {
            Format = PackageFormat.Name,
            FormatVersion = PackageFormat.CurrentVersion,
            PackageId = DerivedId(report.PlanId, report.Date),
            CreatedAt = new DateTimeOffset(report.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(9)),
            Sender = PackageParty.FromSender(report.Sender) with { Establishment = report.SenderEstablishment ?? report.Sender.Establishment() },
            Recipient = PackageParty.FromRecipient(report.Recipient),
            Purpose = report.Purpose,
            DecidedOn = report.Date,
            Plan = legacy.Plan,
            Report = report,
            Consents = legacy.Plan.Consents.Where(c => cited.Contains(c.Id)).ToValueList(),
            ProvisionRecord = legacy.ProvisionRecord,
            Digest = PackageDigest.OfSha256(new string('0', 64)),
        };
        return HandoverPackages.Seal(package);
    }

    private static Guid DerivedId(Guid planId, DateOnly date)
    {
        Span<byte> bytes = stackalloc byte[16];
        planId.TryWriteBytes(bytes);
        var day = date.DayNumber;
        bytes[0] ^= (byte)day;
        bytes[1] ^= (byte)(day >> 8);
        bytes[2] ^= (byte)(day >> 16);
        bytes[15] ^= 0x5A;
        return new Guid(bytes);
    }
}
