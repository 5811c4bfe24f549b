using SupportPlan.Model.Checks;

namespace SupportPlan.Interop.Versioning;

/// <summary>The findings about a file's format and version (codes <c>SP-VER-…</c>).</summary>
public static class VersionFindings
{
    /// <summary>SP-VER-001: the document is not a handover package (no or another <c>format</c>).</summary>
    public static FindingDefinition NotAPackage { get; } = new("SP-VER-001", FindingSeverity.Error,
        "引継ぎファイルではありません（format が \"supportplan-handover\" ではありません: {0}）。",
        "This is not a handover package (format is not \"supportplan-handover\": {0}).");

    /// <summary>SP-VER-002: the package was written in a newer major version than this library reads.</summary>
    public static FindingDefinition NewerMajor { get; } = new("SP-VER-002", FindingSeverity.Error,
        "形式バージョン {0} はこのライブラリ（{1}まで対応）より新しい主版です。ライブラリを更新してください。",
        "Format version {0} is a newer major version than this library reads (up to {1}); update the library.");

    /// <summary>SP-VER-003: the package was written in a newer minor version; members it adds are reported as unknown.</summary>
    public static FindingDefinition NewerMinor { get; } = new("SP-VER-003", FindingSeverity.Warning,
        "形式バージョン {0} はこのライブラリ（{1}）より新しい副版です。未知の項目は不明な項目として報告されます。",
        "Format version {0} is a newer minor version than this library writes ({1}); members it adds are reported as unknown.");

    /// <summary>SP-VER-004: the format version is not MAJOR.MINOR.</summary>
    public static FindingDefinition InvalidVersion { get; } = new("SP-VER-004", FindingSeverity.Error,
        "形式バージョン「{0}」は「主版.副版」の形ではありません。", "Format version \"{0}\" is not MAJOR.MINOR.");

    /// <summary>SP-VER-005: the file is in the pre-1.0 redact format and was migrated; it carries no digest and no consent records.</summary>
    public static FindingDefinition MigratedLegacy { get; } = new("SP-VER-005", FindingSeverity.Warning,
        "旧形式（{0}）のファイルを現在の形式 {1} に変換して読み込みました。旧形式には改ざん検出用のダイジェストと同意の記録が含まれないため、それらは確認できません。",
        "The file is in the old format {0} and was migrated to {1}; the old format carries no digest and no consent records, so those cannot be checked.");

    /// <summary>All definitions.</summary>
    public static IReadOnlyList<FindingDefinition> All { get; } = [NotAPackage, NewerMajor, NewerMinor, InvalidVersion, MigratedLegacy];
}
