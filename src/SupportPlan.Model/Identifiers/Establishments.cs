namespace SupportPlan.Model.Identifiers;

/// <summary>Names of <see cref="Establishment"/> values.</summary>
public static class Establishments
{
    /// <summary>The Japanese name: 国立, 公立 or 私立.</summary>
    /// <param name="establishment">The establishment.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="establishment"/> is not a defined value.</exception>
    public static string JapaneseName(Establishment establishment) => establishment switch
    {
        Establishment.National => "国立",
        Establishment.Public => "公立",
        Establishment.Private => "私立",
        _ => throw new ArgumentOutOfRangeException(nameof(establishment), establishment, "Not a defined Establishment."),
    };

    /// <summary>Whether <paramref name="establishment"/> is one of the defined values.</summary>
    internal static bool IsDefined(Establishment establishment) =>
        establishment is Establishment.National or Establishment.Public or Establishment.Private;
}
