using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Rules.Decisions;

/// <summary>Why an item is withheld or blocked.</summary>
[JsonConverter(typeof(StrictEnumConverter<WithholdReason>))]
public enum WithholdReason
{
    /// <summary>No consent covers it and no exception applies.</summary>
    NoConsent,

    /// <summary>The family refused.</summary>
    Refused,

    /// <summary>The family withdrew an earlier consent.</summary>
    Withdrawn,

    /// <summary>The consent's period has ended.</summary>
    Expired,

    /// <summary>The family deferred its decision; nothing is disclosed until it grants consent.</summary>
    Deferred,

    /// <summary>An exception applies, but the item is outside the indispensable range.</summary>
    OutsideIndispensableRange,

    /// <summary>Special-care information: consent must name the item explicitly.</summary>
    SpecialCareNotExplicit,

    /// <summary>A procedure the policy requires is not recorded (e.g. council consultation).</summary>
    ProcedureMissing,

    /// <summary>Structure whose container has no disclosed content.</summary>
    NothingElseDisclosed,

    /// <summary>No rule provides to this recipient (e.g. the family rule for an unknown establishment).</summary>
    NoLegalBasis,
}
