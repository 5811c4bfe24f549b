using SupportPlan.Model.Checks;

namespace SupportPlan.Interop.Schemas;

/// <summary>
/// The findings of the structure layer (codes <c>SP-SCH-…</c>): where a document breaks the published JSON Schema
/// contract. <c>{0}</c> in each message is the member's Japanese or English title where the schema has one.
/// </summary>
public static class StructureFindings
{
    /// <summary>SP-SCH-001: a value has the wrong JSON type.</summary>
    public static FindingDefinition WrongType { get; } = new("SP-SCH-001", FindingSeverity.Error,
        "{0}の値の型が違います（{1}であるべきところが{2}です）。", "{0}: the value has the wrong type (expected {1}, found {2}).");

    /// <summary>SP-SCH-002: a member the schema does not define.</summary>
    public static FindingDefinition UnknownMember { get; } = new("SP-SCH-002", FindingSeverity.Error,
        "「{0}」はこの位置に定義されていない項目です。", "\"{0}\" is not a member defined here.");

    /// <summary>SP-SCH-003: a required member is missing.</summary>
    public static FindingDefinition MissingMember { get; } = new("SP-SCH-003", FindingSeverity.Error,
        "必須の項目「{0}」（{1}）がありません。", "The required member \"{0}\" is missing.");

    /// <summary>SP-SCH-004: a value is not one of the allowed values.</summary>
    public static FindingDefinition NotAllowedValue { get; } = new("SP-SCH-004", FindingSeverity.Error,
        "{0}の値「{1}」は使えません（使える値: {2}）。", "{0}: the value \"{1}\" is not allowed (allowed: {2}).");

    /// <summary>SP-SCH-005: a string does not have the required shape.</summary>
    public static FindingDefinition PatternMismatch { get; } = new("SP-SCH-005", FindingSeverity.Error,
        "{0}の値「{1}」の形式が正しくありません（{2}）。", "{0}: the value \"{1}\" does not have the required shape ({2}).");

    /// <summary>SP-SCH-006: a string is too short or too long.</summary>
    public static FindingDefinition LengthOutOfRange { get; } = new("SP-SCH-006", FindingSeverity.Error,
        "{0}の文字数（{1}）が範囲（{2}〜{3}）外です。", "{0}: the length ({1}) is outside {2}–{3}.");

    /// <summary>SP-SCH-007: a number is out of range.</summary>
    public static FindingDefinition NumberOutOfRange { get; } = new("SP-SCH-007", FindingSeverity.Error,
        "{0}の値（{1}）が範囲（{2}〜{3}）外です。", "{0}: the value ({1}) is outside {2}–{3}.");

    /// <summary>SP-SCH-008: a number is not a whole number that fits.</summary>
    public static FindingDefinition NotAnInteger { get; } = new("SP-SCH-008", FindingSeverity.Error,
        "{0}の値（{1}）は整数でなければなりません。", "{0}: the value ({1}) must be a whole number.");

    /// <summary>SP-SCH-009: a date, date-time or identifier is not valid.</summary>
    public static FindingDefinition InvalidFormat { get; } = new("SP-SCH-009", FindingSeverity.Error,
        "{0}の値「{1}」は正しい{2}ではありません。", "{0}: \"{1}\" is not a valid {3}.");

    /// <summary>SP-SCH-010: an array has too few or too many entries.</summary>
    public static FindingDefinition ItemCountOutOfRange { get; } = new("SP-SCH-010", FindingSeverity.Error,
        "{0}の件数（{1}）が範囲（{2}〜{3}）外です。", "{0}: the number of entries ({1}) is outside {2}–{3}.");

    /// <summary>SP-SCH-011: null where a value is required.</summary>
    public static FindingDefinition NullNotAllowed { get; } = new("SP-SCH-011", FindingSeverity.Error,
        "{0}に null は使えません。値を書くか、項目ごと省いてください。", "{0}: null is not allowed; write a value or leave the member out.");

    /// <summary>SP-SCH-012: a value matches none of the shapes allowed here.</summary>
    public static FindingDefinition NoAlternativeMatches { get; } = new("SP-SCH-012", FindingSeverity.Error,
        "{0}の値が、ここで使えるどの形にも当てはまりません。", "{0}: the value matches none of the shapes allowed here.");

    /// <summary>All definitions of this layer.</summary>
    public static IReadOnlyList<FindingDefinition> All { get; } =
    [
        WrongType, UnknownMember, MissingMember, NotAllowedValue, PatternMismatch, LengthOutOfRange, NumberOutOfRange,
        NotAnInteger, InvalidFormat, ItemCountOutOfRange, NullNotAllowed, NoAlternativeMatches,
    ];
}
