using FsCheck;
using FsCheck.Fluent;
using SupportPlan.Model.Classification;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Plans;
using SupportPlan.Rules.Retention;
using SupportPlan.Testing;

namespace SupportPlan.Rules.Tests.Retention;

/// <summary>
/// Retention as policy (domain guide §7): the integrated sheet is kept 5 years after the student left, the Gifu forms
/// 1 year; each plan gets its last day and the plans past it show.
/// </summary>
public sealed class RetentionPolicyTests
{
    private static readonly RetentionPolicy Default = RetentionPolicy.Default;

    /// <summary>The Gifu autism-transition plan (integrated sheet and Gifu forms); its child is still at the elementary school.</summary>
    private static StudentSupportPlan Autism() => global::SupportPlan.Scenarios.Scenarios.Find("autism-transition")!.Build();

    private static StudentSupportPlan LeftOn(StudentSupportPlan plan, DateOnly? left, EnrollmentStatus status = EnrollmentStatus.TransferredOut) =>
        plan with { Header = plan.Header! with { Schools = [.. plan.Header!.Schools.Take(plan.Header.Schools.Count - 1), plan.Header.Schools[^1] with { Status = status, LeftOn = left }] } };

    private static StudentSupportPlan GifuOnly(StudentSupportPlan plan) =>
        plan with { CommonSheet = null, GradeSheets = [], CaseConferences = [] };

    [Fact]
    public void A_plan_still_in_use_has_no_disposal_date()
    {
        var status = Default.Evaluate(Autism(), new DateOnly(2040, 1, 1));

        Assert.Equal(RetentionState.StillEnrolled, status.State);
        Assert.Null(status.KeepUntil);
    }

    [Fact]
    public void The_integrated_sheet_is_kept_five_years_after_the_student_left()
    {
        var status = Default.Evaluate(LeftOn(Autism(), new DateOnly(2027, 8, 31)), new DateOnly(2028, 4, 1));

        Assert.Equal(new DateOnly(2032, 8, 31), status.KeepUntil);
        Assert.Equal("integrated-sheet", status.RuleId);
        Assert.Equal(RetentionState.Kept, status.State);
    }

    [Fact]
    public void Gifu_forms_alone_are_kept_one_year()
    {
        var status = Default.Evaluate(GifuOnly(LeftOn(Autism(), new DateOnly(2027, 8, 31))), new DateOnly(2028, 4, 1));

        Assert.Equal(new DateOnly(2028, 8, 31), status.KeepUntil);
        Assert.Equal("gifu-forms", status.RuleId);
    }

    [Fact]
    public void The_last_day_is_kept_and_the_day_after_is_past_due()
    {
        var plan = LeftOn(Autism(), new DateOnly(2032, 3, 18), EnrollmentStatus.Graduated);

        Assert.Equal(RetentionState.Kept, Default.Evaluate(plan, new DateOnly(2037, 3, 18)).State);
        Assert.Equal(RetentionState.PastDue, Default.Evaluate(plan, new DateOnly(2037, 3, 19)).State);
    }

    [Fact]
    public void Without_a_leaving_date_the_date_cannot_be_computed()
    {
        Assert.Equal(RetentionState.NoLeavingDate, Default.Evaluate(LeftOn(Autism(), null), new DateOnly(2040, 1, 1)).State);
        Assert.Equal(RetentionState.NoLeavingDate, Default.Evaluate(Autism() with { Header = null }, new DateOnly(2040, 1, 1)).State);
    }

    [Fact]
    public void A_plan_no_rule_covers_is_reported_as_such()
    {
        var bare = LeftOn(Autism(), new DateOnly(2027, 3, 1)) with { CommonSheet = null, GradeSheets = [], CaseConferences = [], GifuForms = null };

        var status = Default.Evaluate(bare, new DateOnly(2040, 1, 1));

        Assert.Equal(RetentionState.NoRule, status.State);
        Assert.Null(status.KeepUntil);
    }

    [Fact]
    public void Every_scenario_is_covered_by_the_default()
    {
        foreach (var scenario in global::SupportPlan.Scenarios.Scenarios.All)
        {
            Assert.NotEqual(RetentionState.NoRule, Default.Evaluate(scenario.Build(), new DateOnly(2026, 12, 1)).State);
        }
    }

    [Fact]
    public void The_default_policy_is_consistent()
    {
        Assert.Empty(Default.Validate());
    }

    [Fact]
    public void An_inconsistent_policy_gets_findings()
    {
        var rule = Default.Rules[0];
        var bad = Default with { Rules = [rule, rule with { Sections = [] }, rule with { Id = "zero", YearsAfterLeaving = 0 }] };

        var findings = bad.Validate();

        Assert.Equal(["SP-POL-003", "SP-POL-002", "SP-POL-006"], findings.Select(f => f.Code));
        Assert.Equal(["/rules/1/id", "/rules/1/sections", "/rules/2/yearsAfterLeaving"], findings.Select(f => f.Pointer));
    }

    [Fact]
    public void Lengthening_every_rule_by_k_years_moves_the_last_day_by_exactly_k_years_and_changes_nothing_else()
    {
        var gen =
            from plan in PlanGenerators.Plan
            from days in Gen.Choose(0, 20 * 365)
            from k in Gen.Choose(1, 10)
            from gifu in Gen.Elements(true, false)
            select (Plan: plan with
            {
                Header = new PlanHeader
                {
                    Schools = [new SchoolHistoryEntry { Stage = SchoolStage.JuniorHigh, SchoolName = "卒業した学校", Status = EnrollmentStatus.Graduated, LeftOn = new DateOnly(2010, 3, 20).AddDays(days) }],
                },
                GifuForms = gifu ? plan.GifuForms : null,
            }, K: k);
        var today = new DateOnly(2026, 4, 1);

        global::SupportPlan.Testing.Properties.ForAll(gen, c =>
        {
            var longer = Default with { Rules = [.. Default.Rules.Select(r => r with { YearsAfterLeaving = r.YearsAfterLeaving + c.K })] };
            var before = Default.Evaluate(c.Plan, today);
            var after = longer.Evaluate(c.Plan, today);

            Assert.Equal(before.RuleId, after.RuleId);
            Assert.Equal(before.KeepUntil?.AddYears(c.K), after.KeepUntil);
            if (before.KeepUntil is { } until)
            {
                Assert.True(until > before.LeftOn);
                Assert.Equal(today > until, before.State == RetentionState.PastDue);
            }
        });
    }

    [Fact]
    public void Holds_knows_every_section()
    {
        var plan = Autism();
        foreach (var section in Enum.GetValues<PlanSection>().Where(s => s is not (PlanSection.Extensions)))
        {
            Assert.True(RetentionPolicy.Holds(plan, section), section.ToString());
        }

        Assert.False(RetentionPolicy.Holds(plan with { GifuForms = null }, PlanSection.GifuForms));
    }
}
