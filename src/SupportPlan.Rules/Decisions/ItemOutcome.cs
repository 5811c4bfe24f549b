using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Rules.Decisions;

/// <summary>What happens to one item.</summary>
[JsonConverter(typeof(StrictEnumConverter<ItemOutcome>))]
public enum ItemOutcome
{
    /// <summary>Disclosed because consent covers it (the consent records are named).</summary>
    DisclosedOnConsent,

    /// <summary>Disclosed without consent under a legal exception (the article is cited, the reason recorded).</summary>
    DisclosedUnderException,

    /// <summary>Provided to the student or guardians themselves.</summary>
    DisclosedToFamily,

    /// <summary>Structure (a sheet's authorship, the school year) that travels with disclosed content of its container.</summary>
    DisclosedAsStructure,

    /// <summary>Not disclosed; the reason says why.</summary>
    Withheld,

    /// <summary>Would be disclosed, but a procedure the policy requires is not recorded.</summary>
    Blocked,
}
