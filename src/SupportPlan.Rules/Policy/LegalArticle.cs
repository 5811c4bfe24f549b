namespace SupportPlan.Rules.Policy;

/// <summary>An article of law a rule may cite, with its text in brief.</summary>
public sealed record LegalArticle
{
    /// <summary>A stable id, e.g. <c>appi-27-1-iii</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The citation as Japanese users write it, e.g. <c>個人情報保護法第27条第1項第3号</c>.</summary>
    public required string CitationJa { get; init; }

    /// <summary>The citation in English, e.g. <c>APPI Art 27(1)(iii)</c>.</summary>
    public required string CitationEn { get; init; }

    /// <summary>What the article allows or requires, in brief (Japanese).</summary>
    public required string SummaryJa { get; init; }

    /// <summary>What the article allows or requires, in brief (English).</summary>
    public required string SummaryEn { get; init; }

    /// <summary>When the article (in this form) came into force for the bodies concerned.</summary>
    public DateOnly? InForceFrom { get; init; }
}
