using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Plans;
using SupportPlan.Rules.Recipients;

namespace SupportPlan.Scenarios;

/// <summary>
/// The parties of a scenario's handover, as the demo and the sample packages of the tests build them: the school the
/// child attended that day sends; a consent record's recipient receives.
/// </summary>
public static class Handovers
{
    /// <summary>
    /// The sender on <paramref name="date"/>: the school with a school code the child attended that day (else the last
    /// one with a code, for a plan handed on after leaving), or a public school of unknown code when the plan names none.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="date">The day of provision.</param>
    /// <returns>The sender.</returns>
    public static Sender SenderOn(StudentSupportPlan plan, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var schools = plan.Header?.Schools ?? [];
        var school = schools.FirstOrDefault(s => s.SchoolCode is not null && s.EnteredOn <= date && (s.LeftOn is null || s.LeftOn >= date))
            ?? schools.LastOrDefault(s => s.SchoolCode is not null);
        return school?.SchoolCode is { } code
            ? Sender.FromSchoolCode(code, school.SchoolName)
            : new Sender { DeclaredEstablishment = Establishment.Public, Name = "送付元の学校" };
    }

    /// <summary>
    /// The recipient a consent record names: its kind, name and school code. A private facility is taken to have had
    /// its confidentiality duty checked (MEXT asks the school to check and explain it before asking for consent).
    /// </summary>
    /// <param name="consent">The consent record's recipient.</param>
    /// <returns>The recipient.</returns>
    public static Recipient RecipientOf(ConsentRecipient consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return new Recipient
        {
            Kind = consent.Kind,
            Name = consent.Name,
            SchoolCode = consent.SchoolCode,
            ConfidentialityDuty = consent.Kind == RecipientKind.PrivateFacility ? true : null,
        };
    }
}
