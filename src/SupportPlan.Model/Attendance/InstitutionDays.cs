namespace SupportPlan.Model.Attendance;

/// <summary>
/// Days spent at each institution category ①–⑧ of the MEXT attendance tables (domain guide §3.4).
/// </summary>
public sealed record InstitutionDays
{
    /// <summary>①教育支援センター.</summary>
    public int? EducationSupportCenter { get; init; }

    /// <summary>②教育委員会所管の機関(①除く。).</summary>
    public int? OtherBoardInstitution { get; init; }

    /// <summary>③児童相談所・福祉事務所.</summary>
    public int? ChildGuidanceOrWelfareOffice { get; init; }

    /// <summary>④保健所、精神保健福祉センター.</summary>
    public int? HealthCenter { get; init; }

    /// <summary>⑤病院、診療所.</summary>
    public int? HospitalOrClinic { get; init; }

    /// <summary>⑥民間団体、民間施設.</summary>
    public int? PrivateFacility { get; init; }

    /// <summary>⑦その他の機関等.</summary>
    public int? OtherInstitution { get; init; }

    /// <summary>⑧IT等の活用 (learning through ICT).</summary>
    public int? Ict { get; init; }

    /// <summary>Whether any of the eight counts lies outside a range (blanks do not), so the checks look closer only then.</summary>
    /// <param name="low">The lowest count inside.</param>
    /// <param name="high">The highest count inside.</param>
    /// <returns>True when a count is below <paramref name="low"/> or above <paramref name="high"/>.</returns>
    internal bool AnyOutside(int low, int high)
    {
        bool Outside(int? value) => value < low || value > high;
        return Outside(EducationSupportCenter) || Outside(OtherBoardInstitution) || Outside(ChildGuidanceOrWelfareOffice)
            || Outside(HealthCenter) || Outside(HospitalOrClinic) || Outside(PrivateFacility) || Outside(OtherInstitution) || Outside(Ict);
    }

    /// <summary>The days of one category (without the iterator <see cref="Entries"/> allocates, for the checks).</summary>
    /// <param name="category">The category.</param>
    /// <returns>Its days, or <see langword="null"/> when blank or the category is unknown.</returns>
    internal int? Of(InstitutionCategory category) => category switch
    {
        InstitutionCategory.EducationSupportCenter => EducationSupportCenter,
        InstitutionCategory.OtherBoardInstitution => OtherBoardInstitution,
        InstitutionCategory.ChildGuidanceOrWelfareOffice => ChildGuidanceOrWelfareOffice,
        InstitutionCategory.HealthCenter => HealthCenter,
        InstitutionCategory.HospitalOrClinic => HospitalOrClinic,
        InstitutionCategory.PrivateFacility => PrivateFacility,
        InstitutionCategory.OtherInstitution => OtherInstitution,
        InstitutionCategory.Ict => Ict,
        _ => null,
    };

    /// <summary>The categories with their values, in form order (① first), for checks and display.</summary>
    /// <returns>Pairs of category and days.</returns>
    public IEnumerable<(InstitutionCategory Category, int? Days)> Entries()
    {
        yield return (InstitutionCategory.EducationSupportCenter, EducationSupportCenter);
        yield return (InstitutionCategory.OtherBoardInstitution, OtherBoardInstitution);
        yield return (InstitutionCategory.ChildGuidanceOrWelfareOffice, ChildGuidanceOrWelfareOffice);
        yield return (InstitutionCategory.HealthCenter, HealthCenter);
        yield return (InstitutionCategory.HospitalOrClinic, HospitalOrClinic);
        yield return (InstitutionCategory.PrivateFacility, PrivateFacility);
        yield return (InstitutionCategory.OtherInstitution, OtherInstitution);
        yield return (InstitutionCategory.Ict, Ict);
    }
}
