using FsCheck.Fluent;
using SupportPlan.Model.Attendance;
using SupportPlan.Model.Calendar;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Sheets;

namespace SupportPlan.Model.Tests.Attendance;

public sealed class AttendanceCalculatorTests
{
    private static readonly SchoolYear Year = new(2025);

    private static GradeSheet Sheet(IEnumerable<MonthlyAttendance> months, IEnumerable<DailyAttendance>? days = null) => new()
    {
        SchoolYear = Year,
        Grade = Grade.JuniorHigh(1),
        SheetA = new GradeSheetA
        {
            Authorship = new Authorship { CreatedOn = new DateOnly(2025, 4, 10), CreatedBy = "担任" },
            MonthlyAttendance = [.. months],
            DailyAttendance = [.. days ?? []],
        },
    };

    [Fact]
    public void Cumulative_absences_run_from_april_whatever_the_stored_order()
    {
        MonthlyAttendance[] months =
        [
            new() { Month = 1, AbsentDays = 5 },
            new() { Month = 4, AbsentDays = 2 },
            new() { Month = 5, AbsentDays = 3 },
            new() { Month = 6 },
        ];
        Assert.Equal([(4, 2), (5, 5), (6, 5), (1, 10)], AttendanceCalculator.CumulativeAbsences(months));
    }

    [Fact]
    public void Totals_sum_each_row_and_leave_blank_rows_blank()
    {
        var totals = AttendanceCalculator.Totals([
            new MonthlyAttendance { Month = 4, RequiredDays = 18, AttendedDays = 16, AbsentDays = 2 },
            new MonthlyAttendance { Month = 5, RequiredDays = 20, AttendedDays = 20, AbsentDays = 0, LateCount = 1 },
        ]);
        Assert.Equal(38, totals.RequiredDays);
        Assert.Equal(36, totals.AttendedDays);
        Assert.Equal(2, totals.AbsentDays);
        Assert.Equal(1, totals.LateCount);
        Assert.Null(totals.SeparateRoomDays);
    }

    [Fact]
    public void Totals_include_the_institution_rows()
    {
        var totals = AttendanceCalculator.Totals([
            new MonthlyAttendance { Month = 4, InstitutionDays = new InstitutionDays { EducationSupportCenter = 3, Ict = 2 } },
            new MonthlyAttendance { Month = 5, InstitutionDays = new InstitutionDays { EducationSupportCenter = 4 } },
            new MonthlyAttendance { Month = 6 },
        ]);
        Assert.Equal(7, totals.InstitutionDays!.EducationSupportCenter);
        Assert.Equal(2, totals.InstitutionDays.Ict);
        Assert.Null(totals.InstitutionDays.HospitalOrClinic);
        Assert.Null(AttendanceCalculator.Totals([new MonthlyAttendance { Month = 4 }]).InstitutionDays);
    }

    [Theory]
    [InlineData(29, false)]
    [InlineData(30, true)]
    [InlineData(31, true)]
    public void The_statistical_definition_starts_at_thirty_days(int absent, bool reaches) =>
        Assert.Equal(reaches, AttendanceCalculator.Indicators(Sheet([new MonthlyAttendance { Month = 6, AbsentDays = absent }])).ReachesThirtyDays);

    [Fact]
    public void Consecutive_runs_count_lateness_and_early_leaving_and_skip_days_without_required_attendance()
    {
        var statuses = new[]
        {
            DailyAttendanceStatus.Present, DailyAttendanceStatus.Absent, DailyAttendanceStatus.Late, DailyAttendanceStatus.NotRequired,
            DailyAttendanceStatus.Absent, DailyAttendanceStatus.LeftEarly, DailyAttendanceStatus.Absent, DailyAttendanceStatus.Absent,
            DailyAttendanceStatus.Absent, DailyAttendanceStatus.Present,
        };
        var days = statuses.Select((s, i) => new DailyAttendance { Date = new DateOnly(2025, 5, 1).AddDays(i), Status = s });
        var indicators = AttendanceCalculator.Indicators(Sheet([], days));
        Assert.Equal(7, indicators.LongestConsecutiveRun);
        Assert.Equal(new DateOnly(2025, 5, 5), indicators.ShareWithinSchoolFrom);
        Assert.Equal(new DateOnly(2025, 5, 9), indicators.PrepareSheetFrom);
        Assert.Equal(5, indicators.AbsentDays);
    }

    [Fact]
    public void Without_daily_data_there_are_no_run_triggers()
    {
        var indicators = AttendanceCalculator.Indicators(Sheet([new MonthlyAttendance { Month = 4, AbsentDays = 12 }]));
        Assert.Null(indicators.LongestConsecutiveRun);
        Assert.Null(indicators.PrepareSheetFrom);
        Assert.Equal(12, indicators.AbsentDays);
    }

    [Fact]
    public void Totals_are_each_rows_values_summed_and_blank_where_no_row_has_one()
    {
        var count = Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(0, 31).Select(n => (int?)n)));
        var institutions =
            from values in Gen.ArrayOf(count, 8)
            select new InstitutionDays
            {
                EducationSupportCenter = values[0], OtherBoardInstitution = values[1], ChildGuidanceOrWelfareOffice = values[2],
                HealthCenter = values[3], HospitalOrClinic = values[4], PrivateFacility = values[5], OtherInstitution = values[6], Ict = values[7],
            };
        var row =
            from values in Gen.ArrayOf(count, 7)
            from days in Gen.Frequency((1, Gen.Constant<InstitutionDays?>(null)), (1, institutions.Select(d => (InstitutionDays?)d)))
            from month in Gen.Choose(1, 12)
            select new MonthlyAttendance
            {
                Month = month, RequiredDays = values[0], AttendedDays = values[1], SeparateRoomDays = values[2], LateCount = values[3],
                EarlyLeaveCount = values[4], AbsentDays = values[5], CountedAsAttendedDays = values[6], InstitutionDays = days,
            };
        SupportPlan.Testing.Properties.ForAll(Gen.ListOf(row).Select(r => r.ToList()), rows =>
        {
            static int? Sum(IEnumerable<int?> values) => values.Any(v => v is not null) ? values.Sum() : null;
            var totals = AttendanceCalculator.Totals(rows);
            Assert.Equal(Sum(rows.Select(r => r.RequiredDays)), totals.RequiredDays);
            Assert.Equal(Sum(rows.Select(r => r.AttendedDays)), totals.AttendedDays);
            Assert.Equal(Sum(rows.Select(r => r.SeparateRoomDays)), totals.SeparateRoomDays);
            Assert.Equal(Sum(rows.Select(r => r.LateCount)), totals.LateCount);
            Assert.Equal(Sum(rows.Select(r => r.EarlyLeaveCount)), totals.EarlyLeaveCount);
            Assert.Equal(Sum(rows.Select(r => r.AbsentDays)), totals.AbsentDays);
            Assert.Equal(Sum(rows.Select(r => r.CountedAsAttendedDays)), totals.CountedAsAttendedDays);
            var withDays = rows.Select(r => r.InstitutionDays).OfType<InstitutionDays>().ToList();
            if (withDays.Count == 0)
            {
                Assert.Null(totals.InstitutionDays);
                return;
            }

            Assert.Equal(new InstitutionDays
            {
                EducationSupportCenter = Sum(withDays.Select(d => d.EducationSupportCenter)),
                OtherBoardInstitution = Sum(withDays.Select(d => d.OtherBoardInstitution)),
                ChildGuidanceOrWelfareOffice = Sum(withDays.Select(d => d.ChildGuidanceOrWelfareOffice)),
                HealthCenter = Sum(withDays.Select(d => d.HealthCenter)),
                HospitalOrClinic = Sum(withDays.Select(d => d.HospitalOrClinic)),
                PrivateFacility = Sum(withDays.Select(d => d.PrivateFacility)),
                OtherInstitution = Sum(withDays.Select(d => d.OtherInstitution)),
                Ict = Sum(withDays.Select(d => d.Ict)),
            }, totals.InstitutionDays);
        }, cases: 300);
    }
}
