using System.Text.Json;
using SupportPlan.Model.Accommodations;
using SupportPlan.Model.Attendance;
using SupportPlan.Model.Calendar;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Extensions;
using SupportPlan.Model.Classification;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Plans;
using SupportPlan.Model.Sheets;

namespace SupportPlan.Model.Tests.Properties;

/// <summary>A targeted corruption of a consistent plan and the finding it must produce.</summary>
public sealed record Corruption(string Name, string Code, string PointerPrefix, Func<StudentSupportPlan, StudentSupportPlan> Apply)
{
    public override string ToString() => Name;
}

public static class Corruptions
{
    private static readonly SchoolYear FarYear = new(2100);

    private static StudentSupportPlan WithSheet(StudentSupportPlan plan, GradeSheet sheet) =>
        plan with { GradeSheets = plan.GradeSheets.Append(sheet) };

    private static GradeSheet SheetWith(GradeSheetA a, Grade? grade = null, SchoolYear? year = null) => new()
    {
        SchoolYear = year ?? FarYear,
        Grade = grade ?? Grade.JuniorHigh(1),
        SheetA = a,
    };

    private static GradeSheetA Months(params MonthlyAttendance[] months) => new()
    {
        Authorship = new Authorship { CreatedOn = FarYear.FirstDay, CreatedBy = "記入者" },
        MonthlyAttendance = [.. months],
    };

    private static StudentSupportPlan WithConsent(StudentSupportPlan plan, ConsentRecord consent) =>
        plan with { Consents = plan.Consents.Append(consent) };

    private static ConsentRecord Granted(string id) => new()
    {
        Id = id,
        Decision = ConsentDecision.Granted,
        Grantor = new ConsentGrantor { Kind = GrantorKind.Guardian },
        Recipient = new ConsentRecipient { Kind = RecipientKind.PublicSchool },
        Purpose = DisclosurePurpose.Handover,
        Items = ["common-sheet"],
        DecidedOn = new DateOnly(2025, 6, 1),
        ContentShown = true,
    };

    public static IReadOnlyList<Corruption> All { get; } =
    [
        new("attended over required", "SP-SEM-001", "/gradeSheets/", p => WithSheet(p, SheetWith(Months(new MonthlyAttendance { Month = 4, RequiredDays = 10, AttendedDays = 11 })))),
        new("absent over required", "SP-SEM-002", "/gradeSheets/", p => WithSheet(p, SheetWith(Months(new MonthlyAttendance { Month = 5, RequiredDays = 10, AbsentDays = 12 })))),
        new("negative count", "SP-SEM-004", "/gradeSheets/", p => WithSheet(p, SheetWith(Months(new MonthlyAttendance { Month = 6, LateCount = -1 })))),
        new("late more often than attended", "SP-SEM-005", "/gradeSheets/", p => WithSheet(p, SheetWith(Months(new MonthlyAttendance { Month = 6, RequiredDays = 20, AttendedDays = 3, AbsentDays = 17, LateCount = 4 })))),
        new("institution days over required", "SP-SEM-006", "/gradeSheets/", p => WithSheet(p, SheetWith(Months(new MonthlyAttendance { Month = 6, RequiredDays = 5, InstitutionDays = new InstitutionDays { Ict = 6 } })))),
        new("month 13", "SP-SEM-007", "/gradeSheets/", p => WithSheet(p, SheetWith(Months(new MonthlyAttendance { Month = 13 })))),
        new("month twice", "SP-SEM-008", "/gradeSheets/", p => WithSheet(p, SheetWith(Months(new MonthlyAttendance { Month = 4 }, new MonthlyAttendance { Month = 4 })))),
        new("more required days than the month has", "SP-SEM-009", "/gradeSheets/", p => WithSheet(p, SheetWith(Months(new MonthlyAttendance { Month = 4, RequiredDays = 31 })))),
        new("daily record outside the school year", "SP-SEM-012", "/gradeSheets/", p => WithSheet(p, SheetWith(Months() with { DailyAttendance = [new DailyAttendance { Date = new DateOnly(2099, 5, 1), Status = DailyAttendanceStatus.Absent }] }))),
        new("grade not at the school's type", "SP-SEM-020", "/gradeSheets/", p => WithSheet(p, SheetWith(Months(), Grade.HighSchool(2)) with
        {
            Enrollment = new Enrollment { SchoolCode = SchoolCode.Parse("B108254200026").Value },
        })),
        new("two grade sheets for one year", "SP-SEM-021", "/gradeSheets/", p => WithSheet(WithSheet(p, SheetWith(Months())), SheetWith(Months()))),
        new("append before creation", "SP-SEM-031", "/gradeSheets/", p => WithSheet(p, SheetWith(Months() with
        {
            Authorship = new Authorship { CreatedOn = FarYear.FirstDay.AddDays(10), CreatedBy = "記入者", Appends = [new AppendRecord { On = FarYear.FirstDay, By = "追記者" }] },
        }))),
        new("consent period ends before it starts", "SP-SEM-040", "/consents/", p => WithConsent(p, Granted("x-inverted") with { ValidUntil = new DateOnly(2025, 5, 1) })),
        new("duplicate consent id", "SP-SEM-041", "/consents/", p => WithConsent(WithConsent(p, Granted("x-dup")), Granted("x-dup"))),
        new("unknown consent item", "SP-SEM-042", "/consents/", p => WithConsent(p, Granted("x-unknown") with { Items = ["no.such.item"] })),
        new("decision without grantor", "SP-SEM-043", "/consents/", p => WithConsent(p, Granted("x-nograntor") with { Grantor = null })),
        new("grant without items", "SP-SEM-044", "/consents/", p => WithConsent(p, Granted("x-noitems") with { Items = [] })),
        new("withdrawal of nothing", "SP-SEM-045", "/consents/", p => WithConsent(p, Granted("x-withdraw") with { Decision = ConsentDecision.Withdrawn, Withdraws = "no-such-consent" })),
        new("refusal without reasons", "SP-SEM-046", "/consents/", p => WithConsent(p, Granted("x-refused") with { Decision = ConsentDecision.Refused })),
        new("unreachable without attempts", "SP-SEM-047", "/consents/", p => WithConsent(p, Granted("x-unreachable") with { Decision = ConsentDecision.Unreachable, Grantor = null })),
        new("content not shown", "SP-SEM-048", "/consents/", p => WithConsent(p, Granted("x-notshown") with { ContentShown = false })),
        new("term of the wrong system", "SP-SEM-050", "/gradeSheets/", p => p with
        {
            GradeSheets = p.GradeSheets.Append(new GradeSheet
            {
                SchoolYear = FarYear,
                Grade = Grade.JuniorHigh(1),
                SheetB = new GradeSheetB
                {
                    Authorship = new Authorship { CreatedOn = FarYear.FirstDay, CreatedBy = "記入者" },
                    TermSystem = TermSystem.TwoTerms,
                    TermPlans = [new TermPlan { Term = Term.Third }],
                },
            }),
        }),
        new("review before agreement", "SP-SEM-060", "/accommodations/", p => p with
        {
            Accommodations = p.Accommodations.Append(new ReasonableAccommodation
            {
                Viewpoint = AccommodationViewpoint.BarrierFree,
                Provision = "スロープ",
                AgreedOn = new DateOnly(2025, 5, 1),
                AgreedWith = [AgreementParty.Guardian],
                ReviewDates = [new DateOnly(2025, 4, 1)],
            }),
        }),
        new("invalid extension namespace", "SP-SEM-070", "/extensions/", p => p with
        {
            Extensions = p.Extensions.Append(new RegionalExtension { Namespace = "Memuro Town", DataClass = DataClass.SupportContent, Data = JsonDocument.Parse("{}").RootElement.Clone() }),
        }),
        new("extension data not an object", "SP-SEM-072", "/extensions/", p => p with
        {
            Extensions = p.Extensions.Append(new RegionalExtension { Namespace = "jp.corrupt.array", DataClass = DataClass.SupportContent, Data = JsonDocument.Parse("[1]").RootElement.Clone() }),
        }),
    ];
}
