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
            select (Plan: LeftOn(plan, new DateOnly(2010, 3, 20).AddDays(days)) with { GifuForms = gifu ? plan.GifuForms : null }, K: k);
        var today = new DateOnly(2026, 4, 1);

        global::SupportPlan.Testing.Properties.ForAll(gen, c =>
        {
            var longer = Lengthened(c.K);
            var before = Default.Evaluate(c.Plan, today);
            var after = longer.Evaluate(c.Plan, today);

            Assert.Equal(before.RuleId, after.RuleId);

            // k more years, counted from the leaving day. That is k years after the old last day, except for a child
            // who left on 29 February: the old last day may be a 28 February (a common year) and the new one a
            // 29 February (a leap year), one day later than adding k years to the old one.
            if (before.RuleId is { } ruleId && before.LeftOn is { } left)
            {
                var years = Default.Rules.Single(r => r.Id == ruleId).YearsAfterLeaving;
                Assert.Equal(left.AddYears(years), before.KeepUntil);
                Assert.Equal(left.AddYears(years + c.K), after.KeepUntil);
            }

            if (before.LeftOn is not { Month: 2, Day: 29 })
            {
                Assert.Equal(before.KeepUntil?.AddYears(c.K), after.KeepUntil);
            }

            if (before.KeepUntil is { } until)
            {
                Assert.True(until > before.LeftOn);
                Assert.Equal(today > until, before.State == RetentionState.PastDue);
            }
        });
    }

    [Fact]
    public void A_child_who_left_on_29_February_is_kept_until_29_February_in_a_leap_year_and_28_February_otherwise()
    {
        // The case the lengthening property met once in a few dozen runs: a rule k years longer ends k years after the
        // leaving day, which is not always k years after the shorter rule's last day.
        var plan = LeftOn(Autism(), new DateOnly(2028, 2, 29));
        var today = new DateOnly(2030, 4, 1);
        var years = Default.Rules.Single(r => r.Id == Default.Evaluate(plan, today).RuleId).YearsAfterLeaving;
        var lastDays = Enumerable.Range(0, 8).Select(k => Lengthened(k).Evaluate(plan, today).KeepUntil!.Value).ToList();

        Assert.All(lastDays, (day, k) => Assert.Equal(new DateOnly(2028 + years + k, 2, DateTime.IsLeapYear(2028 + years + k) ? 29 : 28), day));
        Assert.Contains(lastDays, d => d.Day == 29);
        Assert.Contains(lastDays, d => d.Day == 28);
    }

    /// <summary>The plan of a child who graduated from junior high school on <paramref name="left"/>.</summary>
    private static StudentSupportPlan LeftOn(StudentSupportPlan plan, DateOnly left) => plan with
    {
        Header = new PlanHeader
        {
            Schools = [new SchoolHistoryEntry { Stage = SchoolStage.JuniorHigh, SchoolName = "卒業した学校", Status = EnrollmentStatus.Graduated, LeftOn = left }],
        },
    };

    /// <summary>The default policy with every rule <paramref name="years"/> years longer.</summary>
    private static RetentionPolicy Lengthened(int years) =>
        Default with { Rules = [.. Default.Rules.Select(r => r with { YearsAfterLeaving = r.YearsAfterLeaving + years })] };

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
