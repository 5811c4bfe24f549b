using SupportPlan.Model.Checks;

namespace SupportPlan.Interop.Syntax;

/// <summary>
/// The findings of the syntax layer of the handover-file validator (codes <c>SP-SYN-…</c>): the bytes of the file,
/// their encoding and the JSON grammar, before any schema or meaning is looked at.
/// </summary>
public static class SyntaxFindings
{
    /// <summary>SP-SYN-001: the file is empty or holds only whitespace.</summary>
    public static FindingDefinition Empty { get; } = new("SP-SYN-001", FindingSeverity.Error,
        "ファイルが空です（JSONの内容がありません）。",
        "The file is empty: it holds no JSON.");

    /// <summary>SP-SYN-002: the file is larger than the size limit ({0}: its size in bytes, {1}: the limit in bytes).</summary>
    public static FindingDefinition TooLarge { get; } = new("SP-SYN-002", FindingSeverity.Error,
        "ファイルが大きすぎます（{0:N0}バイト。上限は{1:N0}バイトです）。",
        "The file is too large ({0:N0} bytes; the limit is {1:N0} bytes).");

    /// <summary>
    /// SP-SYN-003 (warning): the file starts with a UTF-8 byte-order mark. The file is still read, but RFC 8259 says
    /// JSON text must not begin with one.
    /// </summary>
    public static FindingDefinition Utf8ByteOrderMark { get; } = new("SP-SYN-003", FindingSeverity.Warning,
        "ファイルの先頭にBOM（バイト順マーク）が付いています。このまま読み込みますが、JSONはBOMなしのUTF-8で保存してください（RFC 8259）。",
        "The file starts with a UTF-8 byte-order mark; it is read anyway, but JSON must be saved as UTF-8 without one (RFC 8259).");

    /// <summary>SP-SYN-004: the file is UTF-16 or UTF-32 text, found by its byte-order mark or its NUL bytes ({0}: the encoding).</summary>
    public static FindingDefinition Utf16OrUtf32 { get; } = new("SP-SYN-004", FindingSeverity.Error,
        "ファイルが{0}で保存されているようです。UTF-8で保存し直してください。",
        "The file seems to be saved as {0}; save it as UTF-8.");

    /// <summary>SP-SYN-005: the file is Shift_JIS (or CP932) text rather than UTF-8.</summary>
    public static FindingDefinition ShiftJis { get; } = new("SP-SYN-005", FindingSeverity.Error,
        "ファイルがShift_JISで保存されているようです。UTF-8で保存し直してください。",
        "The file seems to be saved as Shift_JIS; save it as UTF-8.");

    /// <summary>SP-SYN-006: the bytes are not valid UTF-8 ({0}: the 0-based byte offset, {1}: the byte there).</summary>
    public static FindingDefinition InvalidUtf8 { get; } = new("SP-SYN-006", FindingSeverity.Error,
        "UTF-8として正しくないバイトがあります（先頭から{0}バイトの位置、値 0x{1:X2}）。ファイルが壊れていないか確認し、UTF-8で保存し直してください。",
        "The file is not valid UTF-8 at byte offset {0} (byte 0x{1:X2}); check that it is not damaged and save it as UTF-8.");

    /// <summary>
    /// SP-SYN-007: the text is not well-formed JSON ({0}: the reason in Japanese, {1}: the reason in English; both are
    /// stable descriptions derived from the text, not the reader's own message).
    /// </summary>
    public static FindingDefinition Malformed { get; } = new("SP-SYN-007", FindingSeverity.Error,
        "JSONの書き方が正しくありません: {0}。",
        "The text is not well-formed JSON: {1}.");

    /// <summary>
    /// SP-SYN-008: the JSON ends before the document is complete (an unclosed string, object or array). The finding's
    /// pointer is the whole document; {0} is the JSON Pointer of the value being read when the text ended.
    /// </summary>
    public static FindingDefinition Truncated { get; } = new("SP-SYN-008", FindingSeverity.Error,
        "JSONが途中で終わっています（{0} を読んでいるところで終わりました）。ファイルが最後まで保存・転送されたか確認してください。",
        "The JSON ends before the document is complete (it ended while reading {0}); check that the whole file was saved and transferred.");

    /// <summary>SP-SYN-009: a member name appears twice in one object ({0}: the name, {1}: the line of its first occurrence).</summary>
    public static FindingDefinition DuplicateMember { get; } = new("SP-SYN-009", FindingSeverity.Error,
        "同じオブジェクトの中に項目「{0}」が重複しています（最初の出現は{1}行目）。",
        "The member \"{0}\" appears more than once in the same object (first at line {1}).");

    /// <summary>SP-SYN-010: objects and arrays are nested deeper than the limit ({0}: the limit).</summary>
    public static FindingDefinition TooDeep { get; } = new("SP-SYN-010", FindingSeverity.Error,
        "オブジェクトや配列の入れ子が深すぎます（上限は{0}段です）。",
        "Objects and arrays are nested too deeply (the limit is {0} levels).");

    /// <summary>
    /// SP-SYN-011: a string or member name holds an escape of a lone UTF-16 surrogate (e.g. <c>\ud800</c> not followed
    /// by a low surrogate), which is not a character: RFC 8785 canonicalization cannot handle it ({0}: the escape).
    /// </summary>
    public static FindingDefinition LoneSurrogate { get; } = new("SP-SYN-011", FindingSeverity.Error,
        "文字列に対になっていないサロゲートのエスケープ（{0}）があります。文字として正しくないため、RFC 8785の正規化ができません。",
        "A string holds the escape of an unpaired surrogate ({0}); it is not a character and RFC 8785 canonicalization cannot handle it.");

    /// <summary>SP-SYN-012: the top-level value is not an object ({0}: its kind in Japanese, {1}: in English).</summary>
    public static FindingDefinition TopLevelNotObject { get; } = new("SP-SYN-012", FindingSeverity.Error,
        "ファイルの最上位がオブジェクト（{{ … }}）ではなく{0}です。",
        "The top-level value is {1}, not an object ({{ … }}).");

    /// <summary>Every definition of this layer, in code order.</summary>
    public static IReadOnlyList<FindingDefinition> All { get; } =
    [
        Empty, TooLarge, Utf8ByteOrderMark, Utf16OrUtf32, ShiftJis, InvalidUtf8, Malformed, Truncated, DuplicateMember,
        TooDeep, LoneSurrogate, TopLevelNotObject,
    ];
}
