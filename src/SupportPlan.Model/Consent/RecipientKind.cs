using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Consent;

/// <summary>The kinds of recipient a plan may go to; the disclosure rules differ for each.</summary>
[JsonConverter(typeof(StrictEnumConverter<RecipientKind>))]
public enum RecipientKind
{
    /// <summary>公立学校: a public school (prefectural or municipal).</summary>
    PublicSchool,

    /// <summary>国立学校: a national school (national university corporation).</summary>
    NationalSchool,

    /// <summary>私立学校: a private school (学校法人; also 株式会社立).</summary>
    PrivateSchool,

    /// <summary>民間施設: a private facility (free school, after-school day service …).</summary>
    PrivateFacility,

    /// <summary>公的機関: a public agency (child consultation centre, welfare office, health centre, education support centre).</summary>
    PublicAgency,

    /// <summary>民間の関係機関: a private-sector agency (hospital, clinic, therapy provider).</summary>
    PrivateAgency,

    /// <summary>市町村・教育委員会: the municipality or board of education.</summary>
    Board,

    /// <summary>就労先: an employer.</summary>
    Employer,

    /// <summary>本人・保護者: the student or guardians themselves.</summary>
    Family,
}
