using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Consent;

/// <summary>How the school tried to reach the family.</summary>
[JsonConverter(typeof(StrictEnumConverter<ContactMethod>))]
public enum ContactMethod
{
    /// <summary>電話.</summary>
    Phone,

    /// <summary>家庭訪問.</summary>
    HomeVisit,

    /// <summary>文書・郵送.</summary>
    Letter,

    /// <summary>電子メール・連絡アプリ.</summary>
    Electronic,

    /// <summary>面談.</summary>
    Meeting,
}
