using System.Text.Json;
using SupportPlan.Model.Checks;

namespace SupportPlan.Model.Json;

/// <summary>The findings of reading JSON into the model (codes <c>SP-JSON-…</c>).</summary>
public static class JsonFindings
{
    /// <summary>SP-JSON-001: the text is not well-formed JSON.</summary>
    public static FindingDefinition Syntax { get; } = new("SP-JSON-001", FindingSeverity.Error,
        "JSONとして正しくありません: {0}", "The document is not well-formed JSON: {0}");

    /// <summary>SP-JSON-002: a member the model does not know (outside the extension point).</summary>
    public static FindingDefinition UnknownMember { get; } = new("SP-JSON-002", FindingSeverity.Error,
        "定義されていない項目です。地域独自の項目は extensions に入れてください: {0}",
        "Unknown member; put regional items under extensions: {0}");

    /// <summary>SP-JSON-003: a member appears twice in one object.</summary>
    public static FindingDefinition DuplicateMember { get; } = new("SP-JSON-003", FindingSeverity.Error,
        "同じ項目が重複しています: {0}", "Duplicate member: {0}");

    /// <summary>SP-JSON-004: a required member is missing.</summary>
    public static FindingDefinition MissingMember { get; } = new("SP-JSON-004", FindingSeverity.Error,
        "必須の項目がありません: {0}", "A required member is missing: {0}");

    /// <summary>SP-JSON-005: a value has the wrong type or an invalid form (e.g. an integer for a code value).</summary>
    public static FindingDefinition InvalidValue { get; } = new("SP-JSON-005", FindingSeverity.Error,
        "値の型または形式が正しくありません: {0}", "A value has the wrong type or form: {0}");

    /// <summary>SP-JSON-006: a code value (school code, grade, reading …) failed its own check.</summary>
    public static FindingDefinition InvalidCode { get; } = new("SP-JSON-006", FindingSeverity.Error,
        "コード値が正しくありません: {0}", "Invalid code value: {0}");

    /// <summary>SP-JSON-007: the document is null.</summary>
    public static FindingDefinition NullDocument { get; } = new("SP-JSON-007", FindingSeverity.Error,
        "文書が null です。", "The document is null.");

    /// <summary>SP-JSON-008: the document could not be read for another reason.</summary>
    public static FindingDefinition Unreadable { get; } = new("SP-JSON-008", FindingSeverity.Error,
        "文書を読み込めません: {0}", "The document could not be read: {0}");

    /// <summary>Turns a serializer exception into a finding with pointer, line and column.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The finding.</returns>
    public static Finding FromException(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        var definition =
            message.Contains("SP-VAL-", StringComparison.Ordinal) ? InvalidCode
            : message.Contains("could not be mapped", StringComparison.Ordinal) ? UnknownMember
            : message.Contains("Duplicate", StringComparison.Ordinal) ? DuplicateMember
            : message.Contains("missing required", StringComparison.Ordinal) ? MissingMember
            : exception.InnerException is null && exception.Path is null ? Syntax
            : IsReaderError(exception) ? Syntax
            : InvalidValue;
        return definition.At(JsonPointer.FromJsonPath(exception.Path), message) with
        {
            Line = exception.LineNumber + 1,
            Column = exception.BytePositionInLine + 1,
        };
    }

    private static bool IsReaderError(JsonException exception) =>
        exception.InnerException?.GetType().Name == "JsonReaderException";
}
