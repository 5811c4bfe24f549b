using SupportPlan.Model.Classification;
using SupportPlan.Model.Collections;

namespace SupportPlan.Rules.Decisions;

/// <summary>One entry of the disclosure report: an item (or one regional extension) and what happens to it, and why.</summary>
public sealed record ItemDecision
{
    /// <summary>The item id of <c>PlanItemCatalog</c>.</summary>
    public required string ItemId { get; init; }

    /// <summary>Where it is: the item's first pointer pattern, or the concrete pointer of one extension.</summary>
    public required string Pointer { get; init; }

    /// <summary>The section.</summary>
    public required PlanSection Section { get; init; }

    /// <summary>The label in Japanese.</summary>
    public required string LabelJa { get; init; }

    /// <summary>The label in English.</summary>
    public required string LabelEn { get; init; }

    /// <summary>Whether the item is special-care information.</summary>
    public bool SpecialCare { get; init; }

    /// <summary>The outcome.</summary>
    public required ItemOutcome Outcome { get; init; }

    /// <summary>Why it is withheld or blocked.</summary>
    public WithholdReason? Reason { get; init; }

    /// <summary>The consent records relied on (or, when withheld, the record that decided it).</summary>
    public ValueList<string> ConsentIds { get; init => field = value ?? ValueList<string>.Empty; } = ValueList<string>.Empty;

    /// <summary>The article cited.</summary>
    public string? ArticleId { get; init; }

    /// <summary>The citation in Japanese.</summary>
    public string? CitationJa { get; init; }

    /// <summary>The citation in English.</summary>
    public string? CitationEn { get; init; }

    /// <summary>The exception rule applied.</summary>
    public string? RuleId { get; init; }

    /// <summary>The recorded reason, for an exception.</summary>
    public string? RecordedReason { get; init; }

    /// <summary>Whether the item leaves the sender.</summary>
    /// <returns>True for the disclosed outcomes.</returns>
    public bool IsDisclosed() => Outcome is ItemOutcome.DisclosedOnConsent or ItemOutcome.DisclosedUnderException or ItemOutcome.DisclosedToFamily or ItemOutcome.DisclosedAsStructure;
}
