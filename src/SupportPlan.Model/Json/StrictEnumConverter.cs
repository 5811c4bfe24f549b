using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportPlan.Model.Json;

/// <summary>
/// Writes an enum as a stable kebab-case string and refuses integers when reading, so that a code value in a
/// file always names its meaning (<c>"non-attendance"</c>, never <c>1</c>). Apply it to every enum of the model.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class StrictEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter: kebab-case names, integers refused.</summary>
    public StrictEnumConverter()
        : base(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    {
    }
}
