using SupportPlan.Model.Checks;
using SupportPlan.Model.Classification;
using SupportPlan.Model.Collections;
using SupportPlan.Model.Json;
using SupportPlan.Model.Plans;
using SupportPlan.Rules.Policy;

namespace SupportPlan.Rules.Retention;

/// <summary>
/// How long a school keeps plans after the student has left, as data (domain guide §7: "retention is policy: compute
/// each plan's disposal date and report plans past it"). <see cref="Default"/> keeps the integrated sheet 5 years, as
/// the official record 指導要録 is kept, and the Gifu forms 1 year; a municipality replaces or amends it (a
/// <c>with</c> expression). The records of provision and confirmation (APPI Art 29/30) are not plans: their period is
/// <see cref="RecordDutyRule.RetentionYears"/> of the disclosure policy.
/// </summary>
public sealed record RetentionPolicy
{
    /// <summary>A name for the policy.</summary>
    public required string Name { get; init; }

    /// <summary>The policy's version.</summary>
    public required string Version { get; init; }

    /// <summary>The rules. When several apply to a plan, the longest period governs.</summary>
    public required ValueList<RetentionRule> Rules { get; init; }

    /// <summary>
    /// The documented default: the integrated sheet (common sheet, grade sheets, case conference records) 5 years after
    /// the student left, aligned with 指導要録 (学校教育法施行規則 Art 28(2)); the Gifu forms 1 year (Gifu
    /// prefecture's guide; the family and the agencies keep their copies).
    /// </summary>
    public static RetentionPolicy Default { get; } = new()
    {
        Name = "SupportPlan default retention",
        Version = "1",
        Rules =
        [
            new RetentionRule
            {
                Id = "integrated-sheet",
                Sections = [PlanSection.CommonSheet, PlanSection.GradeSheet, PlanSection.GradeSheetA, PlanSection.GradeSheetB, PlanSection.CaseConference],
                YearsAfterLeaving = 5,
                BasisJa = "学校教育法施行規則第28条第2項（指導要録の指導に関する記録の保存期間5年に合わせる）",
                BasisEn = "School Education Act Enforcement Regulations Art 28(2): the 5 years of the guidance part of the cumulative record (指導要録)",
            },
            new RetentionRule
            {
                Id = "gifu-forms",
                Sections = [PlanSection.GifuForms],
                YearsAfterLeaving = 1,
                BasisJa = "岐阜県の手引：卒業・転学後1年間学校で保管（本人・保護者及び関係機関は写しを保管）",
                BasisEn = "Gifu prefecture's guide: kept at the school 1 year after graduation or transfer (the family and the agencies keep their copies)",
            },
        ],
    };

    /// <summary>
    /// Checks the policy: rule ids unique (SP-POL-003), every rule naming at least one section (SP-POL-002) and keeping
    /// plans at least 1 year (SP-POL-006).
    /// </summary>
    /// <returns>The findings; empty when the policy is consistent.</returns>
    public IReadOnlyList<Finding> Validate()
    {
        var findings = new List<Finding>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            var at = JsonPointer.Append("/rules", i);
            if (!ids.Add(rule.Id))
            {
                findings.Add(PolicyFindings.DuplicateId.At(at + "/id", rule.Id));
            }

            if (rule.Sections.IsEmpty)
            {
                findings.Add(PolicyFindings.EmptyRule.At(at + "/sections", rule.Id, "sections"));
            }

            if (rule.YearsAfterLeaving < 1)
            {
                findings.Add(PolicyFindings.RetentionYears.At(at + "/yearsAfterLeaving", rule.Id, rule.YearsAfterLeaving));
            }
        }

        return findings;
    }

    /// <summary>
    /// Where a plan stands on <paramref name="today"/>: the rules that apply are those naming a section the plan holds;
    /// the period runs from the leaving date of the last school in the header (the school holding this copy).
    /// </summary>
    /// <param name="plan">The plan (the holder's copy).</param>
    /// <param name="today">The day of the check.</param>
    /// <returns>The status.</returns>
    public RetentionStatus Evaluate(StudentSupportPlan plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var rule = Rules
            .Where(r => r.Sections.Any(s => Holds(plan, s)))
            .OrderByDescending(r => r.YearsAfterLeaving)
            .FirstOrDefault();
        if (rule is null)
        {
            return new RetentionStatus { State = RetentionState.NoRule };
        }

        var last = plan.Header is { Schools.IsEmpty: false } header ? header.Schools[^1] : null;
        if (last is { Status: EnrollmentStatus.Enrolled })
        {
            return new RetentionStatus { State = RetentionState.StillEnrolled, RuleId = rule.Id };
        }

        if (last?.LeftOn is not { } left)
        {
            return new RetentionStatus { State = RetentionState.NoLeavingDate, RuleId = rule.Id };
        }

        var keepUntil = left.AddYears(rule.YearsAfterLeaving);
        return new RetentionStatus
        {
            State = today > keepUntil ? RetentionState.PastDue : RetentionState.Kept,
            LeftOn = left,
            RuleId = rule.Id,
            KeepUntil = keepUntil,
        };
    }

    /// <summary>Whether the plan holds a section.</summary>
    internal static bool Holds(StudentSupportPlan plan, PlanSection section) => section switch
    {
        PlanSection.Plan => true,
        PlanSection.Header => plan.Header is not null,
        PlanSection.Needs => plan.Needs.Disability is not null || plan.Needs.NonAttendance is not null || plan.Needs.JapaneseLanguage is not null,
        PlanSection.CommonSheet => plan.CommonSheet is not null,
        PlanSection.GradeSheet => !plan.GradeSheets.IsEmpty,
        PlanSection.GradeSheetA => plan.GradeSheets.Any(g => g.SheetA is not null),
        PlanSection.GradeSheetB => plan.GradeSheets.Any(g => g.SheetB is not null),
        PlanSection.CaseConference => !plan.CaseConferences.IsEmpty,
        PlanSection.GifuForms => plan.GifuForms is not null,
        PlanSection.Accommodations => !plan.Accommodations.IsEmpty,
        PlanSection.Consents => !plan.Consents.IsEmpty,
        PlanSection.Extensions => !plan.Extensions.IsEmpty,
        _ => false,
    };
}
