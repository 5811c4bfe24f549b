using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Identifiers;

/// <summary>
/// The kind of body that runs a school (設置者区分). The numeric values are the digits used at position 5 of the
/// MEXT school code.
/// </summary>
[JsonConverter(typeof(StrictEnumConverter<Establishment>))]
public enum Establishment
{
    /// <summary>国立: run by a national university corporation (school-code digit 1).</summary>
    National = 1,

    /// <summary>公立: run by a prefecture or municipality (school-code digit 2).</summary>
    Public = 2,

    /// <summary>私立: run by a school corporation (学校法人); 株式会社立 schools in special zones count as private too (school-code digit 3).</summary>
    Private = 3,
}
