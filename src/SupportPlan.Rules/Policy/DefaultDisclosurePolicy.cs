using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;
using static SupportPlan.Model.Consent.DisclosurePurpose;
using static SupportPlan.Model.Consent.RecipientKind;

namespace SupportPlan.Rules.Policy;

/// <summary>
/// The documented default policy: the Act on the Protection of Personal Information (APPI) as in force since
/// 2023-04-01, when the rules for local governments were merged into it (domain guide §6.3, §6.4). Every row cites
/// its article. See <c>docs/policy.md</c> for the table and how to replace or amend it.
/// </summary>
public static class DefaultDisclosurePolicy
{
    private const string Appi = "個人情報保護法";

    /// <summary>The articles the default policy cites.</summary>
    public static IReadOnlyList<LegalArticle> Articles { get; } =
    [
        Article("appi-2-3", "第2条第3項", "Art 2(3)", "要配慮個人情報（病歴、心身の機能の障害、健康診断の結果等）の定義", "Definition of special-care personal information (medical history, disability, health checks)", 2017),
        Article("appi-27-1", "第27条第1項", "Art 27(1)", "あらかじめ本人の同意を得た第三者提供", "Provision to a third party with the person's prior consent", 2022),
        Article("appi-27-1-i", "第27条第1項第1号", "Art 27(1)(i)", "法令に基づく場合", "Where required by laws and regulations", 2022),
        Article("appi-27-1-ii", "第27条第1項第2号", "Art 27(1)(ii)", "人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき", "Necessary to protect life, body or property, and consent is hard to obtain", 2022),
        Article("appi-27-1-iii", "第27条第1項第3号", "Art 27(1)(iii)", "公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であって、本人の同意を得ることが困難であるとき", "Especially necessary for public health or the sound upbringing of children, and consent is hard to obtain", 2022),
        Article("appi-27-1-iv", "第27条第1項第4号", "Art 27(1)(iv)", "国の機関若しくは地方公共団体等が法令の定める事務を遂行することに対して協力する必要がある場合", "Cooperation with a public body's statutory work", 2022),
        Article("appi-27-1-person", "第27条第1項（本人への提供）", "Art 27(1) (provision to the person)", "本人への提供は第三者提供に当たらない", "Provision to the person is not provision to a third party", 2022),
        Article("appi-29", "第29条", "Art 29", "第三者提供に係る記録の作成等（原則3年保存）", "Records of provision to third parties (kept 3 years as a rule)", 2022),
        Article("appi-30", "第30条", "Art 30", "第三者提供を受ける際の確認等（提供者の氏名等・取得の経緯の確認と記録）", "Confirmation on receipt: the provider's identity and how it obtained the data, recorded", 2022),
        Article("appi-69-2-i", "第69条第2項第1号", "Art 69(2)(i)", "本人の同意があるとき、又は本人に提供するとき", "With the person's consent, or provision to the person", 2023),
        Article("appi-69-2-ii", "第69条第2項第2号", "Art 69(2)(ii)", "行政機関等が法令の定める所掌事務の遂行に必要な限度で内部で利用し、相当の理由のあるとき", "Internal use within the body for its statutory affairs, with reasonable grounds", 2023),
        Article("appi-69-2-iii", "第69条第2項第3号", "Art 69(2)(iii)", "他の行政機関等に提供し、提供を受ける者が法令の定める事務又は業務の遂行に必要な限度で利用し、相当の理由のあるとき", "Provision to another public body that uses it within its statutory work, with reasonable grounds", 2023),
        Article("appi-69-2-iv", "第69条第2項第4号", "Art 69(2)(iv)", "本人以外の者に提供することが明らかに本人の利益になるとき、その他特別の理由のあるとき", "Provision clearly in the person's interest, or for another special reason", 2023),
        Article("appi-70", "第70条", "Art 70", "保有個人情報の提供を受ける者に対する措置要求", "The public sender may impose conditions on the recipient", 2023),
        Article("appi-129", "第129条", "Art 129", "地方公共団体の機関は、特に必要な場合に審議会等に諮問することができる", "A local government may consult a council where expert views are especially needed", 2023),
    ];

    /// <summary>
    /// The default indispensable range: identity needed to match the child, current support needs, goals, support
    /// content, agreed accommodations and handover notes; not family history, diagnosis detail, certificates,
    /// contact details, third-party agency information or verbatim conference records.
    /// </summary>
    public static IReadOnlyList<string> IndispensableRange { get; } =
    [
        "common.student.identity", "header.schools", "grade.enrollment",
        "needs.disability", "needs.non-attendance", "needs.japanese-language",
        "common.basic.strengths", "grade.b.year-goal", "grade.b.term-plans", "gifu.support-chain",
        "accommodations", "grade.a.handover-notes",
    ];

    /// <summary>The default policy.</summary>
    public static DisclosurePolicy Instance { get; } = new()
    {
        Name = "SupportPlan default (APPI as in force since 2023-04-01)",
        Version = "2023.1",
        EffectiveFrom = new DateOnly(2023, 4, 1),
        Articles = [.. Articles],
        Exceptions =
        [
            new ExceptionRule
            {
                Id = "public-to-public-body",
                SenderEstablishments = [Establishment.Public],
                RecipientKinds = [PublicSchool, PublicAgency, Board],
                Purposes = [Handover, AgencySharing, MunicipalSubmission],
                ArticleId = "appi-69-2-iii",
                ConditionJa = "提供先が法令の定める事務に必要な限度で利用し、相当の理由があること（継続的・組織的な支援に必要不可欠な範囲）",
                ConditionEn = "The recipient uses it within its statutory work and there is reasonable ground (the range indispensable for continued support)",
                RequiresHarmAssessment = true,
            },
            new ExceptionRule
            {
                Id = "public-to-national-school",
                SenderEstablishments = [Establishment.Public],
                RecipientKinds = [NationalSchool],
                Purposes = [Handover, AgencySharing],
                ArticleId = "appi-69-2-iii",
                ConditionJa = "国立大学法人は独立行政法人等（第2条第9項）であり、提供先が法令の定める業務に必要な限度で利用し、相当の理由があること",
                ConditionEn = "A national university corporation is an incorporated administrative agency (Art 2(9)); it uses the data within its statutory work and there is reasonable ground",
                RequiresHarmAssessment = true,
            },
            new ExceptionRule
            {
                Id = "public-to-private-sector",
                SenderEstablishments = [Establishment.Public],
                RecipientKinds = [PrivateSchool, PrivateAgency],
                Purposes = [Handover, AgencySharing],
                ArticleId = "appi-69-2-iv",
                ConditionJa = "提供することが明らかに本人の利益になること、又は特別の理由があること",
                ConditionEn = "Provision is clearly in the person's interest, or there is a special reason",
                RequiresHarmAssessment = true,
            },
            new ExceptionRule
            {
                Id = "national-to-schools-and-agencies",
                SenderEstablishments = [Establishment.National],
                RecipientKinds = [PublicSchool, NationalSchool, PrivateSchool, PublicAgency, PrivateAgency, Board],
                Purposes = [Handover, AgencySharing],
                ArticleId = "appi-27-1-iii",
                ConditionJa = "児童の健全な育成の推進のために特に必要があり、本人の同意を得ることが困難であること",
                ConditionEn = "Especially necessary for the sound upbringing of the child, and consent is hard to obtain",
            },
            new ExceptionRule
            {
                Id = "private-to-schools-and-agencies",
                SenderEstablishments = [Establishment.Private],
                RecipientKinds = [PublicSchool, NationalSchool, PrivateSchool, PublicAgency, PrivateAgency, Board],
                Purposes = [Handover, AgencySharing],
                ArticleId = "appi-27-1-iii",
                ConditionJa = "児童の健全な育成の推進のために特に必要があり、本人の同意を得ることが困難であること",
                ConditionEn = "Especially necessary for the sound upbringing of the child, and consent is hard to obtain",
            },
        ],
        FamilyRules =
        [
            new FamilyRule { Id = "public-to-family", SenderEstablishments = [Establishment.Public], ArticleId = "appi-69-2-i" },
            new FamilyRule { Id = "private-sector-to-family", SenderEstablishments = [Establishment.National, Establishment.Private], ArticleId = "appi-27-1-person" },
        ],
        IndispensableRange = [.. IndispensableRange],
        ConsentOnlyRecipients = [PrivateFacility, Employer],
        ProvisionRecordDuties =
        [
            new RecordDutyRule
            {
                Id = "art29-private-sector-sender",
                SenderEstablishments = [Establishment.National, Establishment.Private],
                RecipientKinds = [PrivateSchool, NationalSchool, PrivateFacility, PrivateAgency, Employer],
                ArticleId = "appi-29",
            },
        ],
        ConfirmationRecordDuties =
        [
            new RecordDutyRule
            {
                Id = "art30-private-sector-recipient",
                SenderEstablishments = [Establishment.National, Establishment.Private],
                RecipientKinds = [PrivateSchool, NationalSchool, PrivateFacility, PrivateAgency, Employer],
                ArticleId = "appi-30",
            },
        ],
    };

    private static LegalArticle Article(string id, string article, string articleEn, string summaryJa, string summaryEn, int since) => new()
    {
        Id = id,
        CitationJa = Appi + article,
        CitationEn = "APPI " + articleEn,
        SummaryJa = summaryJa,
        SummaryEn = summaryEn,
        InForceFrom = since switch
        {
            2023 => new DateOnly(2023, 4, 1),
            2022 => new DateOnly(2022, 4, 1),
            _ => new DateOnly(2017, 5, 30),
        },
    };
}
