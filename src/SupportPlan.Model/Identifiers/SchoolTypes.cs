using System.Diagnostics.CodeAnalysis;

namespace SupportPlan.Model.Identifiers;

/// <summary>Codes and names of <see cref="SchoolType"/> values.</summary>
public static class SchoolTypes
{
    /// <summary>The two-character school-code prefix, such as <c>B1</c>.</summary>
    /// <param name="schoolType">The school type.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="schoolType"/> is not a defined value.</exception>
    public static string Code(SchoolType schoolType) => schoolType switch
    {
        SchoolType.Kindergarten => "A1",
        SchoolType.CertifiedChildCareCenter => "A2",
        SchoolType.Elementary => "B1",
        SchoolType.JuniorHigh => "C1",
        SchoolType.CompulsoryEducation => "C2",
        SchoolType.HighSchool => "D1",
        SchoolType.SecondaryEducation => "D2",
        SchoolType.SpecialNeeds => "E1",
        SchoolType.University => "F1",
        SchoolType.JuniorCollege => "F2",
        SchoolType.TechnicalCollege => "G1",
        SchoolType.SpecializedTraining => "H1",
        SchoolType.Miscellaneous => "H2",
        _ => throw new ArgumentOutOfRangeException(nameof(schoolType), schoolType, "Not a defined SchoolType."),
    };

    /// <summary>The Japanese name, such as 小学校.</summary>
    /// <param name="schoolType">The school type.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="schoolType"/> is not a defined value.</exception>
    public static string JapaneseName(SchoolType schoolType) => schoolType switch
    {
        SchoolType.Kindergarten => "幼稚園",
        SchoolType.CertifiedChildCareCenter => "幼保連携型認定こども園",
        SchoolType.Elementary => "小学校",
        SchoolType.JuniorHigh => "中学校",
        SchoolType.CompulsoryEducation => "義務教育学校",
        SchoolType.HighSchool => "高等学校",
        SchoolType.SecondaryEducation => "中等教育学校",
        SchoolType.SpecialNeeds => "特別支援学校",
        SchoolType.University => "大学",
        SchoolType.JuniorCollege => "短期大学",
        SchoolType.TechnicalCollege => "高等専門学校",
        SchoolType.SpecializedTraining => "専修学校",
        SchoolType.Miscellaneous => "各種学校",
        _ => throw new ArgumentOutOfRangeException(nameof(schoolType), schoolType, "Not a defined SchoolType."),
    };

    /// <summary>Reads a two-character school-code prefix such as <c>B1</c> (ASCII letters in either case).</summary>
    /// <param name="code">The code.</param>
    /// <param name="schoolType">The school type, or the default when the code is unknown.</param>
    /// <returns>Whether the code names a school type.</returns>
    public static bool TryFromCode([NotNullWhen(true)] string? code, out SchoolType schoolType)
    {
        schoolType = code?.ToUpperInvariant() switch
        {
            "A1" => SchoolType.Kindergarten,
            "A2" => SchoolType.CertifiedChildCareCenter,
            "B1" => SchoolType.Elementary,
            "C1" => SchoolType.JuniorHigh,
            "C2" => SchoolType.CompulsoryEducation,
            "D1" => SchoolType.HighSchool,
            "D2" => SchoolType.SecondaryEducation,
            "E1" => SchoolType.SpecialNeeds,
            "F1" => SchoolType.University,
            "F2" => SchoolType.JuniorCollege,
            "G1" => SchoolType.TechnicalCollege,
            "H1" => SchoolType.SpecializedTraining,
            "H2" => SchoolType.Miscellaneous,
            _ => default,
        };
        return schoolType != default;
    }

    /// <summary>Whether <paramref name="schoolType"/> is one of the defined values.</summary>
    internal static bool IsDefined(SchoolType schoolType) =>
        schoolType is >= SchoolType.Kindergarten and <= SchoolType.Miscellaneous;
}
