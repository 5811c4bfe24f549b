using System.Collections.Frozen;
using SupportPlan.Model.Classification;
using SupportPlan.Model.Collections;
using SupportPlan.Model.Conferences;
using SupportPlan.Model.Gifu;
using SupportPlan.Model.People;
using SupportPlan.Model.Plans;
using SupportPlan.Model.Sheets;

namespace SupportPlan.Rules.Decisions;

/// <summary>
/// Removes plan items by id, typed (no JSON round trip), so that disclosure costs little more than serialization.
/// Every content item of <c>PlanItemCatalog</c> has a remover; a test checks that each one removes exactly the
/// members its catalogue pointers name.
/// </summary>
internal static class PlanRedactor
{
    private static readonly FrozenDictionary<string, Func<StudentSupportPlan, StudentSupportPlan>> Removers =
        new Dictionary<string, Func<StudentSupportPlan, StudentSupportPlan>>(StringComparer.Ordinal)
        {
            ["header.schools"] = p => p with { Header = p.Header is null ? null : p.Header with { Schools = [] } },
            ["header.classification-number"] = p => p with { Header = p.Header is null ? null : p.Header with { ClassificationNumber = null } },
            ["needs.disability"] = p => p with { Needs = p.Needs with { Disability = null } },
            ["needs.non-attendance"] = p => p with { Needs = p.Needs with { NonAttendance = null } },
            ["needs.japanese-language"] = p => p with { Needs = p.Needs with { JapaneseLanguage = null } },
            ["common.student.identity"] = p => Common(p, c => c with { Student = c.Student is null ? null : c.Student with { Name = null, Sex = null, DateOfBirth = null } }),
            ["common.student.nationality"] = p => Common(p, c => c with { Student = c.Student is null ? null : c.Student with { Nationality = null, Birthplace = null } }),
            ["common.guardians.identity"] = p => Common(p, c => c with { Guardians = c.Guardians.Map(g => g with { Name = null, Relationship = null, SchoolAdmissionDate = null }) }),
            ["common.guardians.contact"] = p => Common(p, c => c with { Guardians = c.Guardians.Map(g => g with { Contact = null }) }),
            ["common.attendance-by-grade"] = p => Common(p, c => c with { AttendanceByGrade = [] }),
            ["common.basic.strengths"] = p => Basic(p, b => b with { Strengths = null }),
            ["common.basic.assessments"] = p => Basic(p, b => b with { Assessments = [] }),
            ["common.basic.home-situation"] = p => Basic(p, b => b with { HomeSituation = null }),
            ["common.basic.disability-type"] = p => Basic(p, b => b with { Disability = b.Disability is null ? null : b.Disability with { Categories = [], Degree = null } }),
            ["common.basic.diagnosis"] = p => Basic(p, b => b with { Disability = b.Disability is null ? null : b.Disability with { Diagnoses = [] } }),
            ["common.basic.certificate"] = p => Basic(p, b => b with { Disability = b.Disability is null ? null : b.Disability with { Certificates = [] } }),
            ["common.basic.learning-history"] = p => Basic(p, b => b with { LearningHistory = null }),
            ["common.basic.japanese-proficiency"] = p => Basic(p, b => b with { JapaneseProficiency = null }),
            ["common.basic.notes"] = p => Basic(p, b => b with { Notes = null }),
            ["common.family.developmental-history"] = p => Family(p, f => f with { DevelopmentalHistory = null }),
            ["common.family.circumstances"] = p => Family(p, f => f with { Circumstances = null }),
            ["common.family.changes"] = p => Family(p, f => f with { ChangesSinceCreation = [] }),
            ["common.family.composition"] = p => Family(p, f => f with { FamilyComposition = null }),
            ["common.family.home-language"] = p => Family(p, f => f with { HomeLanguage = null }),
            ["common.family.notes"] = p => Family(p, f => f with { Notes = null }),
            ["common.remarks"] = p => Common(p, c => c with { Remarks = null }),
            ["grade.enrollment"] = p => Grades(p, g => g with { Enrollment = null }),
            ["grade.staff"] = p => Grades(p, g => g with { HomeroomTeacher = null, Administrator = null }),
            ["grade.a.support-agencies"] = p => SheetA(p, a => a with { SupportAgencies = [] }),
            ["grade.a.monthly-attendance"] = p => SheetA(p, a => a with { MonthlyAttendance = [] }),
            ["grade.a.daily-attendance"] = p => SheetA(p, a => a with { DailyAttendance = [] }),
            ["grade.a.absence-reasons"] = p => SheetA(p, a => a with { AbsenceReasons = null }),
            ["grade.a.handover-notes"] = p => SheetA(p, a => a with { HandoverNotes = null }),
            ["grade.b.student-situation"] = p => SheetB(p, b => b with { Student = null }),
            ["grade.b.guardian-situation"] = p => SheetB(p, b => b with { Guardian = null }),
            ["grade.b.year-goal"] = p => SheetB(p, b => b with { YearGoal = null }),
            ["grade.b.term-plans"] = p => SheetB(p, b => b with { TermPlans = [] }),
            ["conference.participants"] = p => Conferences(p, c => c with { Participants = [] }),
            ["conference.student-intentions"] = p => Conferences(p, c => c with { StudentIntentions = null }),
            ["conference.guardian-intentions"] = p => Conferences(p, c => c with { GuardianIntentions = null }),
            ["conference.agency-information"] = p => Conferences(p, c => c with { AgencyInformation = [] }),
            ["conference.support-status"] = p => Conferences(p, c => c with { SupportStatus = [] }),
            ["conference.agreed-items"] = p => Conferences(p, c => c with { AgreedItems = null }),
            ["conference.special-notes"] = p => Conferences(p, c => c with { SpecialNotes = null }),
            ["gifu.profile.characteristics"] = p => Profile(p, g => g with { Strengths = null, Difficulties = null }),
            ["gifu.profile.wishes"] = p => Profile(p, g => g with { StudentWishes = null, GuardianWishes = null, CareerWishes = null }),
            ["gifu.profile.consultation-history"] = p => Profile(p, g => g with { ConsultationHistory = null }),
            ["gifu.agencies"] = p => p with { GifuForms = p.GifuForms is null ? null : p.GifuForms with { Agencies = [] } },
            ["gifu.support-chain"] = p => p with { GifuForms = p.GifuForms is null ? null : p.GifuForms with { SupportChain = [] } },
            ["accommodations"] = p => p with { Accommodations = [] },
            ["consents"] = p => p with { Consents = [] },
            ["extensions"] = p => p with { Extensions = [] },
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether the item can be removed on its own (structural items cannot).</summary>
    /// <param name="itemId">The item id.</param>
    /// <returns>True for content items.</returns>
    public static bool CanRemove(string itemId) => Removers.ContainsKey(itemId);

    /// <summary>The plan without the item.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="itemId">A content item id.</param>
    /// <returns>The plan with the item removed everywhere it occurs.</returns>
    public static StudentSupportPlan Remove(StudentSupportPlan plan, string itemId) => Removers[itemId](plan);

    /// <summary>Whether the plan holds anything of the item.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="itemId">A content item id.</param>
    /// <returns>True when removing the item would change the plan.</returns>
    public static bool IsPresent(StudentSupportPlan plan, string itemId) => Presence[itemId](plan);

    /// <summary>
    /// <see cref="IsPresent"/>'s predicate for each item of <see cref="PlanItemCatalog.All"/>, at the item's index, or
    /// null for a structural item and for extensions (decided one by one): what the engine walks for every decision,
    /// without looking an id up.
    /// </summary>
    internal static IReadOnlyList<Func<StudentSupportPlan, bool>?> ContentPresence => ContentPresenceTable;

    /// <summary>
    /// For each item, whether removing it would change the plan, read off the plan without building the copy that
    /// <see cref="Remove"/> makes (the engine asks this of every item of every plan it decides). A property test holds
    /// each predicate to its definition, <c>!plan.Equals(Remove(plan, itemId))</c>.
    /// </summary>
    private static readonly FrozenDictionary<string, Func<StudentSupportPlan, bool>> Presence =
        new Dictionary<string, Func<StudentSupportPlan, bool>>(StringComparer.Ordinal)
        {
            ["header.schools"] = p => p.Header is { Schools.IsEmpty: false },
            ["header.classification-number"] = p => p.Header is { ClassificationNumber: not null },
            ["needs.disability"] = p => p.Needs.Disability is not null,
            ["needs.non-attendance"] = p => p.Needs.NonAttendance is not null,
            ["needs.japanese-language"] = p => p.Needs.JapaneseLanguage is not null,
            ["common.student.identity"] = p => p.CommonSheet?.Student is { } s && (s.Name is not null || s.Sex is not null || s.DateOfBirth is not null),
            ["common.student.nationality"] = p => p.CommonSheet?.Student is { } s && (s.Nationality is not null || s.Birthplace is not null),
            ["common.guardians.identity"] = p => AnyGuardian(p, g => g.Name is not null || g.Relationship is not null || g.SchoolAdmissionDate is not null),
            ["common.guardians.contact"] = p => AnyGuardian(p, g => g.Contact is not null),
            ["common.attendance-by-grade"] = p => p.CommonSheet is { AttendanceByGrade.IsEmpty: false },
            ["common.basic.strengths"] = p => p.CommonSheet?.BasicInformation is { Strengths: not null },
            ["common.basic.assessments"] = p => p.CommonSheet?.BasicInformation is { Assessments.IsEmpty: false },
            ["common.basic.home-situation"] = p => p.CommonSheet?.BasicInformation is { HomeSituation: not null },
            ["common.basic.disability-type"] = p => p.CommonSheet?.BasicInformation?.Disability is { } d && (!d.Categories.IsEmpty || d.Degree is not null),
            ["common.basic.diagnosis"] = p => p.CommonSheet?.BasicInformation?.Disability is { Diagnoses.IsEmpty: false },
            ["common.basic.certificate"] = p => p.CommonSheet?.BasicInformation?.Disability is { Certificates.IsEmpty: false },
            ["common.basic.learning-history"] = p => p.CommonSheet?.BasicInformation is { LearningHistory: not null },
            ["common.basic.japanese-proficiency"] = p => p.CommonSheet?.BasicInformation is { JapaneseProficiency: not null },
            ["common.basic.notes"] = p => p.CommonSheet?.BasicInformation is { Notes: not null },
            ["common.family.developmental-history"] = p => p.CommonSheet?.Family is { DevelopmentalHistory: not null },
            ["common.family.circumstances"] = p => p.CommonSheet?.Family is { Circumstances: not null },
            ["common.family.changes"] = p => p.CommonSheet?.Family is { ChangesSinceCreation.IsEmpty: false },
            ["common.family.composition"] = p => p.CommonSheet?.Family is { FamilyComposition: not null },
            ["common.family.home-language"] = p => p.CommonSheet?.Family is { HomeLanguage: not null },
            ["common.family.notes"] = p => p.CommonSheet?.Family is { Notes: not null },
            ["common.remarks"] = p => p.CommonSheet is { Remarks: not null },
            ["grade.enrollment"] = p => AnySheet(p, g => g.Enrollment is not null),
            ["grade.staff"] = p => AnySheet(p, g => g.HomeroomTeacher is not null || g.Administrator is not null),
            ["grade.a.support-agencies"] = p => AnySheet(p, g => g.SheetA is { SupportAgencies.IsEmpty: false }),
            ["grade.a.monthly-attendance"] = p => AnySheet(p, g => g.SheetA is { MonthlyAttendance.IsEmpty: false }),
            ["grade.a.daily-attendance"] = p => AnySheet(p, g => g.SheetA is { DailyAttendance.IsEmpty: false }),
            ["grade.a.absence-reasons"] = p => AnySheet(p, g => g.SheetA is { AbsenceReasons: not null }),
            ["grade.a.handover-notes"] = p => AnySheet(p, g => g.SheetA is { HandoverNotes: not null }),
            ["grade.b.student-situation"] = p => AnySheet(p, g => g.SheetB is { Student: not null }),
            ["grade.b.guardian-situation"] = p => AnySheet(p, g => g.SheetB is { Guardian: not null }),
            ["grade.b.year-goal"] = p => AnySheet(p, g => g.SheetB is { YearGoal: not null }),
            ["grade.b.term-plans"] = p => AnySheet(p, g => g.SheetB is { TermPlans.IsEmpty: false }),
            ["conference.participants"] = p => AnyConference(p, c => !c.Participants.IsEmpty),
            ["conference.student-intentions"] = p => AnyConference(p, c => c.StudentIntentions is not null),
            ["conference.guardian-intentions"] = p => AnyConference(p, c => c.GuardianIntentions is not null),
            ["conference.agency-information"] = p => AnyConference(p, c => !c.AgencyInformation.IsEmpty),
            ["conference.support-status"] = p => AnyConference(p, c => !c.SupportStatus.IsEmpty),
            ["conference.agreed-items"] = p => AnyConference(p, c => c.AgreedItems is not null),
            ["conference.special-notes"] = p => AnyConference(p, c => c.SpecialNotes is not null),
            ["gifu.profile.characteristics"] = p => p.GifuForms?.Profile is { } g && (g.Strengths is not null || g.Difficulties is not null),
            ["gifu.profile.wishes"] = p => p.GifuForms?.Profile is { } g && (g.StudentWishes is not null || g.GuardianWishes is not null || g.CareerWishes is not null),
            ["gifu.profile.consultation-history"] = p => p.GifuForms?.Profile is { ConsultationHistory: not null },
            ["gifu.agencies"] = p => p.GifuForms is { Agencies.IsEmpty: false },
            ["gifu.support-chain"] = p => p.GifuForms is { SupportChain.IsEmpty: false },
            ["accommodations"] = p => !p.Accommodations.IsEmpty,
            ["consents"] = p => !p.Consents.IsEmpty,
            ["extensions"] = p => !p.Extensions.IsEmpty,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    // After Presence, which it reads when the class is initialized.
    private static readonly Func<StudentSupportPlan, bool>?[] ContentPresenceTable =
        [.. PlanItemCatalog.All.Select(i => i.Structural || i.Id == "extensions" ? null : Presence[i.Id])];

    /// <summary>The item ids <see cref="IsPresent"/> answers for (the same as <see cref="Remove"/>'s).</summary>
    internal static IEnumerable<string> PresenceItems => Presence.Keys;

    private static bool AnyGuardian(StudentSupportPlan p, Func<Guardian, bool> test)
    {
        if (p.CommonSheet is { } common)
        {
            foreach (var guardian in common.Guardians)
            {
                if (test(guardian))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool AnySheet(StudentSupportPlan p, Func<GradeSheet, bool> test)
    {
        foreach (var sheet in p.GradeSheets)
        {
            if (test(sheet))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyConference(StudentSupportPlan p, Func<CaseConferenceRecord, bool> test)
    {
        foreach (var conference in p.CaseConferences)
        {
            if (test(conference))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Drops containers left with structure only (a sheet with nothing but its authorship), so that nothing is
    /// disclosed as bare structure.
    /// </summary>
    /// <param name="plan">The plan after removals.</param>
    /// <returns>The pruned plan.</returns>
    public static StudentSupportPlan Prune(StudentSupportPlan plan)
    {
        var common = plan.CommonSheet;
        if (common is not null)
        {
            var basic = common.BasicInformation;
            if (basic is { Disability: { Categories.IsEmpty: true, Degree: null, Diagnoses.IsEmpty: true, Certificates.IsEmpty: true } })
            {
                basic = basic with { Disability = null };
            }

            if (basic is { Strengths: null, Assessments.IsEmpty: true, HomeSituation: null, Disability: null, LearningHistory: null, JapaneseProficiency: null, Notes: null })
            {
                basic = null;
            }

            var family = common.Family;
            if (family is { DevelopmentalHistory: null, Circumstances: null, ChangesSinceCreation.IsEmpty: true, FamilyComposition: null, HomeLanguage: null, Notes: null })
            {
                family = null;
            }

            var student = common.Student is { Name: null, Sex: null, DateOfBirth: null, Nationality: null, Birthplace: null } ? null : common.Student;
            var guardians = common.Guardians.Where(g => g is not { Name: null, Relationship: null, SchoolAdmissionDate: null, Contact: null });
            common = common with { BasicInformation = basic, Family = family, Student = student, Guardians = guardians };
            if (common is { Student: null, Guardians.IsEmpty: true, AttendanceByGrade.IsEmpty: true, BasicInformation: null, Family: null, Remarks: null })
            {
                common = null;
            }
        }

        var header = plan.Header is { Schools.IsEmpty: true, ClassificationNumber: null } ? null : plan.Header;
        var sheets = plan.GradeSheets.Map(PruneSheet).Where(s => s is not { Enrollment: null, HomeroomTeacher: null, Administrator: null, SheetA: null, SheetB: null });
        var conferences = plan.CaseConferences.Where(c => c is not
        {
            Participants.IsEmpty: true, StudentIntentions: null, GuardianIntentions: null, AgencyInformation.IsEmpty: true,
            SupportStatus.IsEmpty: true, AgreedItems: null, SpecialNotes: null,
        });
        var gifu = plan.GifuForms;
        if (gifu is not null)
        {
            var profile = gifu.Profile is { Strengths: null, Difficulties: null, StudentWishes: null, GuardianWishes: null, ConsultationHistory: null, CareerWishes: null } ? null : gifu.Profile;
            gifu = gifu with { Profile = profile };
            if (gifu is { Profile: null, Agencies.IsEmpty: true, SupportChain.IsEmpty: true })
            {
                gifu = null;
            }
        }

        return plan with { CommonSheet = common, Header = header, GradeSheets = sheets, CaseConferences = conferences, GifuForms = gifu };
    }

    private static GradeSheet PruneSheet(GradeSheet sheet)
    {
        var a = sheet.SheetA is { SupportAgencies.IsEmpty: true, MonthlyAttendance.IsEmpty: true, DailyAttendance.IsEmpty: true, AbsenceReasons: null, HandoverNotes: null } ? null : sheet.SheetA;
        var b = sheet.SheetB is { Student: null, Guardian: null, YearGoal: null, TermPlans.IsEmpty: true } ? null : sheet.SheetB;
        return ReferenceEquals(a, sheet.SheetA) && ReferenceEquals(b, sheet.SheetB) ? sheet : sheet with { SheetA = a, SheetB = b };
    }

    private static StudentSupportPlan Common(StudentSupportPlan p, Func<CommonSheet, CommonSheet> change) =>
        p.CommonSheet is null ? p : p with { CommonSheet = change(p.CommonSheet) };

    private static StudentSupportPlan Basic(StudentSupportPlan p, Func<BasicInformation, BasicInformation> change) =>
        Common(p, c => c.BasicInformation is null ? c : c with { BasicInformation = change(c.BasicInformation) });

    private static StudentSupportPlan Family(StudentSupportPlan p, Func<FamilyRelations, FamilyRelations> change) =>
        Common(p, c => c.Family is null ? c : c with { Family = change(c.Family) });

    private static StudentSupportPlan Grades(StudentSupportPlan p, Func<GradeSheet, GradeSheet> change) =>
        p.GradeSheets.IsEmpty ? p : p with { GradeSheets = p.GradeSheets.Map(change) };

    private static StudentSupportPlan SheetA(StudentSupportPlan p, Func<GradeSheetA, GradeSheetA> change) =>
        Grades(p, g => g.SheetA is null ? g : g with { SheetA = change(g.SheetA) });

    private static StudentSupportPlan SheetB(StudentSupportPlan p, Func<GradeSheetB, GradeSheetB> change) =>
        Grades(p, g => g.SheetB is null ? g : g with { SheetB = change(g.SheetB) });

    private static StudentSupportPlan Conferences(StudentSupportPlan p, Func<CaseConferenceRecord, CaseConferenceRecord> change) =>
        p.CaseConferences.IsEmpty ? p : p with { CaseConferences = p.CaseConferences.Map(change) };

    private static StudentSupportPlan Profile(StudentSupportPlan p, Func<GifuProfile, GifuProfile> change) =>
        p.GifuForms?.Profile is null ? p : p with { GifuForms = p.GifuForms with { Profile = change(p.GifuForms.Profile) } };
}
