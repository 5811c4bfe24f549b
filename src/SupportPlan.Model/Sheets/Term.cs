using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Sheets;

/// <summary>A term of the school year.</summary>
[JsonConverter(typeof(StrictEnumConverter<Term>))]
public enum Term
{
    /// <summary>1学期 (three-term schools).</summary>
    First,

    /// <summary>2学期 (three-term schools).</summary>
    Second,

    /// <summary>3学期 (three-term schools).</summary>
    Third,

    /// <summary>前期 (two-term schools).</summary>
    FirstHalf,

    /// <summary>後期 (two-term schools).</summary>
    SecondHalf,
}
