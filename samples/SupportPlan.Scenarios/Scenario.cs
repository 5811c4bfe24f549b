using SupportPlan.Model.Plans;

namespace SupportPlan.Scenarios;

/// <summary>
/// A named sample plan: a realistic, fictional student built from one of the domain's scenarios
/// (seeds: Nemuro region reports, Memuro conferences, the MEXT reference form, Gifu prefecture's guide).
/// </summary>
/// <param name="Name">The stable key used by tests and the command line, lower case with hyphens, e.g. <c>nemuro</c>.</param>
/// <param name="TitleJa">A short Japanese title for listings.</param>
/// <param name="Summary">A one-paragraph English summary of the case and of what the plan exercises.</param>
/// <param name="Build">Builds the plan; every call returns an equal, independent plan (the builders are deterministic).</param>
public sealed record Scenario(string Name, string TitleJa, string Summary, Func<StudentSupportPlan> Build);
