using SupportPlan.Model.Identifiers;

namespace SupportPlan.Rules.Recipients;

/// <summary>
/// The school that provides the plan. Its establishment (national, public, private) decides the law that binds it:
/// APPI chapter 5 (Art 69) for public schools, chapter 4 (Art 27) for national and private schools.
/// </summary>
public sealed record Sender
{
    /// <summary>The sender's MEXT school code; when given, it fixes the establishment.</summary>
    public SchoolCode? SchoolCode { get; init; }

    /// <summary>The establishment when no school code is given (e.g. a nursery outside the school-code system).</summary>
    public Establishment? DeclaredEstablishment { get; init; }

    /// <summary>The sender's name (for records and the family preview).</summary>
    public string? Name { get; init; }

    /// <summary>The sender's address (APPI Art 30 confirmation records ask for it).</summary>
    public string? Address { get; init; }

    /// <summary>The establishment: from the school code, else as declared; <see langword="null"/> when neither is known.</summary>
    /// <returns>The establishment.</returns>
    public Establishment? Establishment() => SchoolCode?.Establishment ?? DeclaredEstablishment;

    /// <summary>A sender identified by its school code.</summary>
    /// <param name="code">The school code.</param>
    /// <param name="name">The school's name.</param>
    /// <returns>The sender.</returns>
    public static Sender FromSchoolCode(SchoolCode code, string? name = null) => new() { SchoolCode = code, Name = name };
}
