namespace SupportPlan.Model.Classification;

/// <summary>
/// One item of a plan as the disclosure rules see it: a stable id that consent records and reports use, labels,
/// its data classes, and the JSON Pointer patterns (<c>*</c> for any array index) of the members it covers.
/// </summary>
public sealed record PlanItem
{
    /// <summary>The stable id, e.g. <c>common.basic.diagnosis</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The section it belongs to.</summary>
    public required PlanSection Section { get; init; }

    /// <summary>The label as Japanese users know it (the form's wording).</summary>
    public required string LabelJa { get; init; }

    /// <summary>An English label.</summary>
    public required string LabelEn { get; init; }

    /// <summary>Its data classes.</summary>
    public required DataClassSet Classes { get; init; }

    /// <summary>The JSON Pointer patterns it covers, e.g. <c>/commonSheet/guardians/*/contact</c>.</summary>
    public required IReadOnlyList<string> Pointers { get; init; }

    /// <summary>
    /// Whether the item is structure rather than content (an id, a school year, a sheet's authorship): it travels
    /// with its container whenever anything else of the container is disclosed, and is never disclosed alone.
    /// </summary>
    public bool Structural { get; init; }

    /// <summary>Whether it is special-care personal information (要配慮個人情報): consent must name it explicitly.</summary>
    public bool IsSpecialCare => Classes.Contains(DataClass.SpecialCareHealth);

    /// <inheritdoc />
    public override string ToString() => Id;
}
