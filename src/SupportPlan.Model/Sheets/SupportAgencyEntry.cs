using SupportPlan.Model.Identifiers;

namespace SupportPlan.Model.Sheets;

/// <summary>One row of 支援機関名等(校内・校外).</summary>
public sealed record SupportAgencyEntry
{
    /// <summary>The row: 在籍校, 家庭, 福祉, 医療 or その他.</summary>
    public required SupportRow Row { get; init; }

    /// <summary>主な支援内容.</summary>
    public string? MainSupport { get; init; }

    /// <summary>支援機関名.</summary>
    public string? AgencyName { get; init; }

    /// <summary>連絡先電話番号.</summary>
    public PhoneNumber? Phone { get; init; }

    /// <summary>担当者名.</summary>
    public string? PersonInCharge { get; init; }
}
