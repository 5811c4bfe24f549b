namespace SupportPlan.Rules.Preview;

/// <summary>One line of the family preview: an item and, in plain Japanese, on what basis or why not.</summary>
/// <param name="Label">The item, as the form names it.</param>
/// <param name="Detail">The basis (consent, article) or the reason it is not sent.</param>
public sealed record PreviewLine(string Label, string Detail);
