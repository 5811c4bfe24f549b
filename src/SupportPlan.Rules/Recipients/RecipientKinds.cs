using SupportPlan.Model.Consent;

namespace SupportPlan.Rules.Recipients;

/// <summary>Facts about each <see cref="RecipientKind"/> that the rules and the preview need.</summary>
public static class RecipientKinds
{
    /// <summary>
    /// Whether the recipient is a public body (a national organ, local government or incorporated administrative
    /// agency handled under APPI chapter 5): public schools, public agencies and the municipality or board.
    /// Provision to them needs no APPI Art 29 record.
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <returns>True for public bodies.</returns>
    public static bool IsPublicBody(RecipientKind kind) =>
        kind is RecipientKind.PublicSchool or RecipientKind.PublicAgency or RecipientKind.Board;

    /// <summary>
    /// Whether the recipient handles personal data under the private-sector rules (APPI chapter 4): private and
    /// national schools (national university corporations are listed in 別表第二), private facilities,
    /// private-sector agencies and employers.
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <returns>True for private-sector recipients.</returns>
    public static bool IsPrivateSector(RecipientKind kind) =>
        kind is RecipientKind.PrivateSchool or RecipientKind.NationalSchool or RecipientKind.PrivateFacility
            or RecipientKind.PrivateAgency or RecipientKind.Employer;

    /// <summary>The Japanese name, for previews and reports.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string JapaneseName(RecipientKind kind) => kind switch
    {
        RecipientKind.PublicSchool => "公立学校",
        RecipientKind.NationalSchool => "国立学校",
        RecipientKind.PrivateSchool => "私立学校",
        RecipientKind.PrivateFacility => "民間施設",
        RecipientKind.PublicAgency => "公的な関係機関",
        RecipientKind.PrivateAgency => "民間の関係機関（医療機関等）",
        RecipientKind.Board => "市町村・教育委員会",
        RecipientKind.Employer => "就労先",
        RecipientKind.Family => "本人・保護者",
        _ => kind.ToString(),
    };

    /// <summary>The Japanese name of a purpose, for previews and reports.</summary>
    /// <param name="purpose">The purpose.</param>
    /// <returns>The name.</returns>
    public static string JapaneseName(DisclosurePurpose purpose) => purpose switch
    {
        DisclosurePurpose.Handover => "進学・転学に伴う引継ぎ",
        DisclosurePurpose.AgencySharing => "関係機関との連携",
        DisclosurePurpose.MunicipalSubmission => "市町村・教育委員会への提出",
        DisclosurePurpose.WorkTransition => "就労先への引継ぎ",
        _ => purpose.ToString(),
    };
}
