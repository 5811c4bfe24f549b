using SupportPlan.Model.Checks;

namespace SupportPlan.Interop.Validation;

/// <summary>
/// The findings of a package's meaning beyond the plan's own checks (codes <c>SP-SEM-1…</c>; the plan's are
/// <c>SP-SEM-001…</c> in <see cref="ModelFindings"/>).
/// </summary>
public static class PackageFindings
{
    /// <summary>SP-SEM-101: a school code's establishment digit disagrees with the declared establishment.</summary>
    public static FindingDefinition EstablishmentMismatch { get; } = new("SP-SEM-101", FindingSeverity.Error,
        "学校コード {0} は{1}を示していますが、設置者区分は{2}と宣言されています。適用される法令（個人情報保護法の条項）が変わるため、一致させてください。",
        "School code {0} says {3}, but the establishment is declared {4}; the law that applies depends on it, so they must agree.");

    /// <summary>SP-SEM-102: a party's kind disagrees with its school code or declared establishment.</summary>
    public static FindingDefinition KindMismatch { get; } = new("SP-SEM-102", FindingSeverity.Error,
        "種別「{0}」は設置者区分（{1}）と一致しません。", "The kind \"{2}\" does not agree with the establishment ({3}).");

    /// <summary>SP-SEM-103: the disclosure was decided after the package was written.</summary>
    public static FindingDefinition DecidedAfterCreated { get; } = new("SP-SEM-103", FindingSeverity.Error,
        "提供の判断日（{0}）がファイルの作成日時（{1}）より後です。", "The disclosure was decided ({0}) after the package was written ({1}).");

    /// <summary>SP-SEM-104: the Art 29 record disagrees with the package.</summary>
    public static FindingDefinition ProvisionRecordMismatch { get; } = new("SP-SEM-104", FindingSeverity.Error,
        "第三者提供の記録（第29条）の{0}が引継ぎファイルと一致しません。", "The Art 29 provision record's {1} does not agree with the package.");

    /// <summary>SP-SEM-105: a school code is not valid (check digit, type, prefecture, establishment).</summary>
    public static FindingDefinition InvalidSchoolCode { get; } = new("SP-SEM-105", FindingSeverity.Error,
        "学校コード「{0}」が正しくありません: {1}", "School code \"{0}\" is not valid: {2}");

    /// <summary>SP-SEM-106: a value the model cannot hold (a code that is not in its list, a value out of its domain).</summary>
    public static FindingDefinition Unreadable { get; } = new("SP-SEM-106", FindingSeverity.Error,
        "この値はモデルで扱えません: {0}", "The model cannot hold this value: {0}");

    /// <summary>All definitions.</summary>
    public static IReadOnlyList<FindingDefinition> All { get; } =
        [EstablishmentMismatch, KindMismatch, DecidedAfterCreated, ProvisionRecordMismatch, InvalidSchoolCode, Unreadable];
}

/// <summary>
/// The findings of the disclosure layer (codes <c>SP-DSC-…</c>): whether the package carries only what the family
/// agreed to or an exception allows, and accounts for it.
/// </summary>
public static class DisclosureFindings
{
    /// <summary>SP-DSC-001: an item is present in the plan but the report does not account for it.</summary>
    public static FindingDefinition NotInReport { get; } = new("SP-DSC-001", FindingSeverity.Error,
        "「{0}」が計画に含まれていますが、提供の記録（報告）にありません。", "\"{1}\" is in the plan but the disclosure report does not account for it.");

    /// <summary>SP-DSC-002: an item is present in the plan although the report says it was withheld.</summary>
    public static FindingDefinition PresentButWithheld { get; } = new("SP-DSC-002", FindingSeverity.Error,
        "「{0}」は報告では提供しない（{1}）とされていますが、計画に含まれています。", "\"{2}\" is in the plan although the report says it was withheld ({3}).");

    /// <summary>SP-DSC-003: an item present is covered by no consent record in the package and no exception valid for this sender and recipient.</summary>
    public static FindingDefinition NotCovered { get; } = new("SP-DSC-003", FindingSeverity.Error,
        "「{0}」は、このファイルの同意の記録にも、この提供元と提供先に認められる法令上の例外にも裏付けられていません（{1}）。",
        "\"{2}\" is covered neither by a consent record in this package nor by a legal exception valid for this sender and recipient ({3}).");

    /// <summary>SP-DSC-004: the report cites a consent record the package does not carry.</summary>
    public static FindingDefinition MissingConsentRecord { get; } = new("SP-DSC-004", FindingSeverity.Error,
        "報告が根拠とする同意の記録「{0}」がファイルに含まれていません。", "The report relies on consent record \"{0}\", which the package does not carry.");

    /// <summary>SP-DSC-005: the report and the package disagree about the plan, the parties, the purpose or the date.</summary>
    public static FindingDefinition ReportMismatch { get; } = new("SP-DSC-005", FindingSeverity.Error,
        "報告の{0}が引継ぎファイルと一致しません。", "The report's {1} does not agree with the package.");

    /// <summary>SP-DSC-006: the report was decided under another policy than the validator's.</summary>
    public static FindingDefinition OtherPolicy { get; } = new("SP-DSC-006", FindingSeverity.Warning,
        "提供元は方針「{0}」（{1}）で判断しましたが、検証は方針「{2}」（{3}）で行いました。",
        "The sender decided under policy \"{0}\" ({1}); this check used \"{2}\" ({3}).");

    /// <summary>SP-DSC-007: an Art 29 provision record is due but the package carries none.</summary>
    public static FindingDefinition ProvisionRecordMissing { get; } = new("SP-DSC-007", FindingSeverity.Error,
        "この提供には第三者提供の記録（個人情報保護法第29条）が必要ですが、ファイルに含まれていません。",
        "This disclosure needs an Art 29 provision record, but the package carries none.");

    /// <summary>SP-DSC-008: the report cites an article the policy does not know.</summary>
    public static FindingDefinition UnknownArticle { get; } = new("SP-DSC-008", FindingSeverity.Error,
        "報告が引用する条項「{0}」は方針にありません。", "The report cites article \"{0}\", which the policy does not know.");

    /// <summary>All definitions.</summary>
    public static IReadOnlyList<FindingDefinition> All { get; } =
        [NotInReport, PresentButWithheld, NotCovered, MissingConsentRecord, ReportMismatch, OtherPolicy, ProvisionRecordMissing, UnknownArticle];
}

/// <summary>The findings of the integrity layer (codes <c>SP-INT-…</c>).</summary>
public static class IntegrityFindings
{
    /// <summary>SP-INT-001: the digest does not match the content: the file changed after it was sealed.</summary>
    public static FindingDefinition DigestMismatch { get; } = new("SP-INT-001", FindingSeverity.Error,
        "改ざん検出用のダイジェストが内容と一致しません。作成後にファイルが変更されています（記載 {0}、計算 {1}）。",
        "The digest does not match the content: the file changed after it was sealed (stated {0}, computed {1}).");

    /// <summary>SP-INT-002: the content cannot be put in canonical form (a number beyond double range, a lone surrogate).</summary>
    public static FindingDefinition NotCanonicalizable { get; } = new("SP-INT-002", FindingSeverity.Error,
        "内容を正規化（RFC 8785）できないため、ダイジェストを確認できません: {0}", "The content cannot be canonicalized (RFC 8785), so the digest cannot be checked: {0}");

    /// <summary>SP-INT-003: the package has no usable digest (missing, or another algorithm).</summary>
    public static FindingDefinition NoDigest { get; } = new("SP-INT-003", FindingSeverity.Error,
        "使用できるダイジェスト（sha-256 / rfc8785）がありません。", "The package has no usable digest (sha-256 over rfc8785).");

    /// <summary>All definitions.</summary>
    public static IReadOnlyList<FindingDefinition> All { get; } = [DigestMismatch, NotCanonicalizable, NoDigest];
}

/// <summary>The findings about reading the input at all (codes <c>SP-IO-…</c>).</summary>
public static class InputFindings
{
    /// <summary>SP-IO-001: the file or stream could not be read.</summary>
    public static FindingDefinition Unreadable { get; } = new("SP-IO-001", FindingSeverity.Error,
        "ファイルを読み込めません: {0}", "The file cannot be read: {0}");

    /// <summary>SP-IO-002: a path is neither a file nor a directory.</summary>
    public static FindingDefinition NotFound { get; } = new("SP-IO-002", FindingSeverity.Error,
        "ファイルまたはフォルダーが見つかりません。", "No such file or directory.");

    /// <summary>SP-IO-003: the cap on findings was reached; later findings were left out (layers stop looking once it is reached).</summary>
    public static FindingDefinition Capped { get; } = new("SP-IO-003", FindingSeverity.Warning,
        "指摘が上限（{0}件）に達したため、以降の指摘は省略しました（省略が判明している件数: {1}）。",
        "The cap of {0} findings was reached; later findings were left out ({1} known to be left out).");

    /// <summary>SP-IO-004: the validator itself failed on this input. This is a bug in SupportPlan; please report it with the file.</summary>
    public static FindingDefinition Internal { get; } = new("SP-IO-004", FindingSeverity.Error,
        "検証中に内部エラーが発生しました（SupportPlan の不具合です。ファイルを添えて報告してください）: {0}",
        "The validator failed on this input (a bug in SupportPlan; please report it with the file): {0}");

    /// <summary>All definitions.</summary>
    public static IReadOnlyList<FindingDefinition> All { get; } = [Unreadable, NotFound, Capped, Internal];
}
