using System.Globalization;
using SupportPlan.Interop.Packages;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;

namespace SupportPlan.Interop.Validation;

/// <summary>The meaning of a package beyond its plan: the parties' codes, establishments and kinds, dates, the Art 29 record.</summary>
internal static class PackageChecks
{
    public static IEnumerable<Finding> Check(HandoverPackage package)
    {
        foreach (var finding in Party(package.Sender, "/sender"))
        {
            yield return finding;
        }

        foreach (var finding in Party(package.Recipient, "/recipient"))
        {
            yield return finding;
        }

        var created = DateOnly.FromDateTime(package.CreatedAt.UtcDateTime.AddHours(9)); // the date in Japan
        if (package.DecidedOn > created)
        {
            yield return PackageFindings.DecidedAfterCreated.At("/decidedOn", Iso(package.DecidedOn), package.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
        }

        if (package.ProvisionRecord is { } record)
        {
            if (record.PlanId != package.Plan.Id)
            {
                yield return Mismatch("/provisionRecord/planId", "計画ID", "plan id");
            }

            if (record.ProvidedOn != package.DecidedOn)
            {
                yield return Mismatch("/provisionRecord/providedOn", "提供日", "date of provision");
            }

            if (record.RecipientKind != package.Recipient.Kind)
            {
                yield return Mismatch("/provisionRecord/recipientKind", "提供先の種別", "recipient kind");
            }

            if (record.KeepUntil <= record.ProvidedOn)
            {
                yield return Mismatch("/provisionRecord/keepUntil", "保存期限", "retention date");
            }
        }
    }

    private static Finding Mismatch(string pointer, string ja, string en) => PackageFindings.ProvisionRecordMismatch.At(pointer, ja, en);

    private static IEnumerable<Finding> Party(PackageParty party, string pointer)
    {
        var implied = PackageParty.EstablishmentOf(party.Kind);
        if (party.SchoolCode is { } code)
        {
            if (party.Establishment is { } declared && declared != code.Establishment)
            {
                yield return PackageFindings.EstablishmentMismatch.At(pointer + "/establishment",
                    code, Ja(code.Establishment), Ja(declared), En(code.Establishment), En(declared));
            }

            if (implied is { } byKind && byKind != code.Establishment)
            {
                yield return PackageFindings.KindMismatch.At(pointer + "/kind", Kind(party.Kind), Ja(code.Establishment), Kind(party.Kind), En(code.Establishment));
            }
        }
        else if (implied is { } byKind && party.Establishment is { } declared && declared != byKind)
        {
            yield return PackageFindings.KindMismatch.At(pointer + "/kind", Kind(party.Kind), Ja(declared), Kind(party.Kind), En(declared));
        }
    }

    private static string Kind(RecipientKind kind) => CodeName.Of(kind.ToString());

    private static string Ja(Establishment e) => e switch
    {
        Establishment.National => "国立",
        Establishment.Public => "公立",
        _ => "私立",
    };

    private static string En(Establishment e) => e.ToString().ToLowerInvariant();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
