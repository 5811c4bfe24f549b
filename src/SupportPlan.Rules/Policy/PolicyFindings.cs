using SupportPlan.Model.Checks;

namespace SupportPlan.Rules.Policy;

/// <summary>The findings of policy validation (codes <c>SP-POL-…</c>).</summary>
public static class PolicyFindings
{
    /// <summary>SP-POL-001: a rule cites an article the policy does not define.</summary>
    public static FindingDefinition UnknownArticle { get; } = new("SP-POL-001", FindingSeverity.Error,
        "規則「{0}」が未定義の条文「{1}」を引用しています。", "Rule '{0}' cites the unknown article '{1}'.");

    /// <summary>SP-POL-002: a rule applies to nothing (an empty list).</summary>
    public static FindingDefinition EmptyRule { get; } = new("SP-POL-002", FindingSeverity.Error,
        "規則「{0}」の{1}が空です。", "Rule '{0}' has no {1}.");

    /// <summary>SP-POL-003: two rules or articles share an id.</summary>
    public static FindingDefinition DuplicateId { get; } = new("SP-POL-003", FindingSeverity.Error,
        "ID「{0}」が重複しています。", "The id '{0}' appears twice.");

    /// <summary>SP-POL-004: the indispensable range names an unknown item.</summary>
    public static FindingDefinition UnknownItem { get; } = new("SP-POL-004", FindingSeverity.Error,
        "必要不可欠な範囲に未知の項目「{0}」があります。", "The indispensable range names the unknown item '{0}'.");

    /// <summary>SP-POL-005: an exception for a recipient kind that receives on consent only, or for the family.</summary>
    public static FindingDefinition ExceptionForConsentOnly { get; } = new("SP-POL-005", FindingSeverity.Error,
        "規則「{0}」は同意によってのみ提供できる提供先（{1}）に例外を設けています。", "Rule '{0}' makes an exception for {1}, which receives on consent only.");

    /// <summary>SP-POL-006: a record rule keeps records for no time.</summary>
    public static FindingDefinition RetentionYears { get; } = new("SP-POL-006", FindingSeverity.Error,
        "規則「{0}」の保存年数（{1}）は1以上でなければなりません。", "Rule '{0}' keeps records for {1} years; it must be at least 1.");

    /// <summary>SP-POL-007: an article without citation text.</summary>
    public static FindingDefinition ArticleText { get; } = new("SP-POL-007", FindingSeverity.Error,
        "条文「{0}」の引用又は要旨が空です。", "Article '{0}' has no citation or summary.");

    /// <summary>SP-POL-008: an exception rule for the family (provision to the person is not an exception).</summary>
    public static FindingDefinition ExceptionForFamily { get; } = new("SP-POL-008", FindingSeverity.Error,
        "規則「{0}」は本人・保護者を例外の提供先にしています。本人への提供は FamilyRules で定めます。", "Rule '{0}' names the family as an exception recipient; provision to the person belongs in FamilyRules.");
}
