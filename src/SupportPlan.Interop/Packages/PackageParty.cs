using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;
using SupportPlan.Rules.Recipients;

namespace SupportPlan.Interop.Packages;

/// <summary>The sender or the recipient of a package, as the package declares it.</summary>
public sealed record PackageParty
{
    /// <summary>What kind of body this is (public school, private facility, the family, …).</summary>
    public required RecipientKind Kind { get; init; }

    /// <summary>The MEXT school code (学校コード), for schools.</summary>
    public SchoolCode? SchoolCode { get; init; }

    /// <summary>The name (名称).</summary>
    public string? Name { get; init; }

    /// <summary>The establishment (設置者区分) the party declares; for schools it must agree with the school code.</summary>
    public Establishment? Establishment { get; init; }

    /// <summary>The address (住所), where the Art 29/30 records need it.</summary>
    public string? Address { get; init; }

    /// <summary>For a private facility: whether a duty of confidentiality binds it (checked and explained to the family).</summary>
    public bool? ConfidentialityDuty { get; init; }

    /// <summary>The party as the disclosure rules see a sender.</summary>
    public Sender ToSender() => new() { SchoolCode = SchoolCode, DeclaredEstablishment = Establishment, Name = Name, Address = Address };

    /// <summary>The party as the disclosure rules see a recipient.</summary>
    public Recipient ToRecipient() => new() { Kind = Kind, Name = Name, SchoolCode = SchoolCode, Address = Address, ConfidentialityDuty = ConfidentialityDuty };

    /// <summary>The party for a sender: its kind follows from its establishment (a school sends).</summary>
    /// <param name="sender">The sender.</param>
    public static PackageParty FromSender(Sender sender)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var establishment = sender.Establishment();
        return new PackageParty
        {
            Kind = establishment switch
            {
                Model.Identifiers.Establishment.National => RecipientKind.NationalSchool,
                Model.Identifiers.Establishment.Private => RecipientKind.PrivateSchool,
                _ => RecipientKind.PublicSchool,
            },
            SchoolCode = sender.SchoolCode,
            Name = sender.Name,
            Establishment = establishment,
            Address = sender.Address,
        };
    }

    /// <summary>The party for a recipient; a school's establishment is taken from its code, or from its kind.</summary>
    /// <param name="recipient">The recipient.</param>
    public static PackageParty FromRecipient(Recipient recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return new PackageParty
        {
            Kind = recipient.Kind,
            SchoolCode = recipient.SchoolCode,
            Name = recipient.Name,
            Establishment = recipient.SchoolCode?.Establishment ?? EstablishmentOf(recipient.Kind),
            Address = recipient.Address,
            ConfidentialityDuty = recipient.ConfidentialityDuty,
        };
    }

    /// <summary>The establishment a school kind implies, or <see langword="null"/> for bodies that are not schools.</summary>
    /// <param name="kind">The kind.</param>
    public static Establishment? EstablishmentOf(RecipientKind kind) => kind switch
    {
        RecipientKind.PublicSchool => Model.Identifiers.Establishment.Public,
        RecipientKind.NationalSchool => Model.Identifiers.Establishment.National,
        RecipientKind.PrivateSchool => Model.Identifiers.Establishment.Private,
        _ => null,
    };
}
