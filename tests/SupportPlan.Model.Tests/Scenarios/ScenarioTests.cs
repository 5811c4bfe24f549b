using SupportPlan.Model.Checks;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Tests.Scenarios;

public sealed class ScenarioTests
{
    public static TheoryData<string> Names { get; } = new(SupportPlan.Scenarios.Scenarios.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Scenario_serializes_and_reads_back_equal(string name)
    {
        var plan = SupportPlan.Scenarios.Scenarios.Find(name)!.Build();
        var read = PlanJson.Read(PlanJson.Serialize(plan, indented: true));
        Assert.Empty(read.Findings);
        Assert.Equal(plan, read.Plan);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Scenario_passes_the_model_checks(string name) =>
        Assert.Empty(PlanChecker.Default.Check(SupportPlan.Scenarios.Scenarios.Find(name)!.Build()));

    [Theory]
    [MemberData(nameof(Names))]
    public void Scenario_is_built_the_same_every_time(string name)
    {
        var scenario = SupportPlan.Scenarios.Scenarios.Find(name)!;
        Assert.Equal(PlanJson.Serialize(scenario.Build()), PlanJson.Serialize(scenario.Build()));
    }

    [Fact]
    public void Scenario_names_are_lowercase_with_hyphens_and_unique()
    {
        Assert.All(SupportPlan.Scenarios.Scenarios.All, s => Assert.Matches("^[a-z]+(-[a-z]+)*$", s.Name));
        Assert.Equal(SupportPlan.Scenarios.Scenarios.All.Count, SupportPlan.Scenarios.Scenarios.All.Select(s => s.Name).Distinct().Count());
        Assert.Equal(["nemuro", "betsukai", "nakashibetsu", "memuro", "foreign-student", "autism-transition", "lifelong"], SupportPlan.Scenarios.Scenarios.All.Select(s => s.Name));
    }

    [Fact]
    public void The_scenarios_cover_all_three_needs_preschool_and_the_gifu_forms()
    {
        var plans = SupportPlan.Scenarios.Scenarios.All.Select(s => s.Build()).ToList();
        Assert.Contains(plans, p => p.Needs.Disability is not null);
        Assert.Contains(plans, p => p.Needs.NonAttendance is not null);
        Assert.Contains(plans, p => p.Needs.JapaneseLanguage is not null);
        Assert.Contains(plans, p => p.GradeSheets.Any(g => g.Grade.Stage == Model.Identifiers.SchoolStage.Preschool));
        Assert.Contains(plans, p => p.GifuForms is not null && !p.Accommodations.IsEmpty);
        Assert.Contains(plans, p => p.CaseConferences.Count >= 4);
    }
}
