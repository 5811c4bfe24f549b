using SupportPlan.Model.Attendance;
using SupportPlan.Model.Calendar;
using SupportPlan.Model.Collections;
using SupportPlan.Model.Conferences;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.People;
using SupportPlan.Model.Sheets;

namespace SupportPlan.Scenarios;

/// <summary>A year of monthly attendance and the common sheet's column that sums it.</summary>
/// <param name="Months">The months, April first.</param>
/// <param name="Column">The year's column for the common sheet (totals of <paramref name="Months"/>).</param>
internal sealed record AttendanceYear(ValueList<MonthlyAttendance> Months, GradeAttendance Column);

/// <summary>Small helpers shared by the scenario builders.</summary>
internal static class Parts
{
    /// <summary>The month order of a school year.</summary>
    public static readonly int[] SchoolMonths = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static SchoolYear Year(int startYear) => new(startYear);

    public static PersonName Person(string name, string reading) =>
        new() { Name = name, Reading = NameReading.Parse(reading).Value };

    public static PhoneNumber Tel(string number) => PhoneNumber.Parse(number).Value;

    public static SchoolCode Code(SchoolType type, int prefecture, string schoolNumber, Establishment establishment = Establishment.Public) =>
        SchoolCode.Create(type, Prefecture.FromNumber(prefecture).Value, establishment, schoolNumber);

    public static Grade Pre(int year) => Grade.Preschool(year);

    public static Grade Elem(int year) => Grade.Elementary(year);

    public static Grade Jh(int year) => Grade.JuniorHigh(year);

    public static Grade Hs(int year) => Grade.HighSchool(year);

    public static Authorship Authored(DateOnly on, string by, params (DateOnly On, string By, string Note)[] appends) =>
        new()
        {
            CreatedOn = on,
            CreatedBy = by,
            Appends = appends.Select(a => new AppendRecord { On = a.On, By = a.By, Note = a.Note }).ToValueList(),
        };

    public static TermPlan TermOf(Term term, string schoolGoal, string schoolSupport, string? schoolEvaluation, string? agencyGoal, string? agencySupport, string? agencyEvaluation) =>
        new()
        {
            Term = term,
            School = new GoalSupportEvaluation { Goal = schoolGoal, Support = schoolSupport, Evaluation = schoolEvaluation },
            Agencies = agencyGoal is null && agencySupport is null && agencyEvaluation is null
                ? null
                : new GoalSupportEvaluation { Goal = agencyGoal, Support = agencySupport, Evaluation = agencyEvaluation },
        };

    public static ConferenceParticipant Who(ParticipantRole role, string? name, string? title = null, string? organization = null) =>
        new() { Role = role, Name = name, Title = title, Organization = organization };

    public static RoleAssignment Role(string goal, string duty, string shortTermGoal, DateOnly shortTermDate, string? evaluation = null, DateOnly? evaluationDate = null) =>
        new() { Goal = goal, AgencyOrDuty = duty, ShortTermGoal = shortTermGoal, ShortTermGoalDate = shortTermDate, Evaluation = evaluation, EvaluationDate = evaluationDate };

    public static SupportAgencyEntry Agency(SupportRow row, string mainSupport, string agencyName, string? phone, string? personInCharge) =>
        new() { Row = row, MainSupport = mainSupport, AgencyName = agencyName, Phone = phone is null ? null : Tel(phone), PersonInCharge = personInCharge };

    /// <summary>
    /// Builds the months of a school year from per-month arrays (from <c>fromMonth</c>, April by default; shorter arrays stop early)
    /// and the common sheet's column as their totals. Partial counts are kept within the days attended and institution days
    /// within the required days, so the arithmetic always holds.
    /// </summary>
    public static AttendanceYear Months(
        SchoolYear year,
        Grade grade,
        int[] required,
        int[] absent,
        int[]? separateRoom = null,
        int[]? late = null,
        int[]? earlyLeave = null,
        int[]? countedAsAttended = null,
        int[]? supportCentre = null,
        int[]? otherBoard = null,
        int[]? welfare = null,
        int[]? health = null,
        int[]? hospital = null,
        int[]? privateFacility = null,
        int[]? other = null,
        int[]? ict = null,
        int fromMonth = 4)
    {
        var offset = Array.IndexOf(SchoolMonths, fromMonth);
        var months = new List<MonthlyAttendance>(required.Length);
        for (var i = 0; i < required.Length; i++)
        {
            var req = Math.Min(required[i], year.DaysIn(SchoolMonths[offset + i]));
            var abs = Math.Min(absent[i], req);
            var attended = req - abs;
            months.Add(new MonthlyAttendance
            {
                Month = SchoolMonths[offset + i],
                RequiredDays = req,
                AttendedDays = attended,
                AbsentDays = abs,
                SeparateRoomDays = Part(separateRoom, i, attended),
                LateCount = Part(late, i, attended),
                EarlyLeaveCount = Part(earlyLeave, i, attended),
                CountedAsAttendedDays = Part(countedAsAttended, i, abs),
                InstitutionDays = Institutions(i, req, supportCentre, otherBoard, welfare, health, hospital, privateFacility, other, ict),
            });
        }

        var column = new GradeAttendance
        {
            SchoolYear = year,
            Grade = grade,
            RequiredDays = months.Sum(m => m.RequiredDays),
            AttendedDays = months.Sum(m => m.AttendedDays),
            AbsentDays = months.Sum(m => m.AbsentDays),
            SeparateRoomDays = SumOrNull(separateRoom, months, m => m.SeparateRoomDays),
            LateCount = SumOrNull(late, months, m => m.LateCount),
            EarlyLeaveCount = SumOrNull(earlyLeave, months, m => m.EarlyLeaveCount),
            CountedAsAttendedDays = SumOrNull(countedAsAttended, months, m => m.CountedAsAttendedDays),
            InstitutionDays = months.Any(m => m.InstitutionDays is not null)
                ? new InstitutionDays
                {
                    EducationSupportCenter = SumOrNull(supportCentre, months, m => m.InstitutionDays?.EducationSupportCenter),
                    OtherBoardInstitution = SumOrNull(otherBoard, months, m => m.InstitutionDays?.OtherBoardInstitution),
                    ChildGuidanceOrWelfareOffice = SumOrNull(welfare, months, m => m.InstitutionDays?.ChildGuidanceOrWelfareOffice),
                    HealthCenter = SumOrNull(health, months, m => m.InstitutionDays?.HealthCenter),
                    HospitalOrClinic = SumOrNull(hospital, months, m => m.InstitutionDays?.HospitalOrClinic),
                    PrivateFacility = SumOrNull(privateFacility, months, m => m.InstitutionDays?.PrivateFacility),
                    OtherInstitution = SumOrNull(other, months, m => m.InstitutionDays?.OtherInstitution),
                    Ict = SumOrNull(ict, months, m => m.InstitutionDays?.Ict),
                }
                : null,
        };
        return new AttendanceYear(months.ToValueList(), column);
    }

    /// <summary>A column of the common sheet given as yearly totals (a year without a grade sheet).</summary>
    public static GradeAttendance Column(SchoolYear year, Grade grade, int required, int absent, int? late = null, int? earlyLeave = null, int? separateRoom = null) =>
        new()
        {
            SchoolYear = year,
            Grade = grade,
            RequiredDays = required,
            AttendedDays = required - absent,
            AbsentDays = absent,
            LateCount = late is { } l ? Math.Min(l, required - absent) : null,
            EarlyLeaveCount = earlyLeave is { } e ? Math.Min(e, required - absent) : null,
            SeparateRoomDays = separateRoom is { } s ? Math.Min(s, required - absent) : null,
        };

    /// <summary>
    /// Spreads a yearly total over months in proportion to weights (largest remainder), never above a month's cap.
    /// </summary>
    public static int[] Spread(int total, int[] weights, int[] caps)
    {
        var result = new int[weights.Length];
        var weightSum = weights.Sum();
        if (weightSum == 0 || total <= 0)
        {
            return result;
        }

        var remainders = new (double Remainder, int Index)[weights.Length];
        var assigned = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var exact = (double)total * weights[i] / weightSum;
            result[i] = Math.Min((int)Math.Floor(exact), caps[i]);
            assigned += result[i];
            remainders[i] = (exact - Math.Floor(exact), i);
        }

        foreach (var (_, index) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Index).ToArray())
        {
            if (assigned >= total)
            {
                break;
            }

            if (result[index] < caps[index])
            {
                result[index]++;
                assigned++;
            }
        }

        for (var i = 0; assigned < total && i < result.Length; i++)
        {
            var room = caps[i] - result[i];
            var add = Math.Min(room, total - assigned);
            result[i] += add;
            assigned += add;
        }

        return result;
    }

    /// <summary>
    /// Daily attendance for the weekdays of a month from a pattern, one letter per weekday:
    /// P present, A absent, L late, E left early, S separate room, C counted as attended, N not required.
    /// </summary>
    public static ValueList<DailyAttendance> Daily(int year, int month, string pattern)
    {
        var days = new List<DailyAttendance>();
        var date = new DateOnly(year, month, 1);
        var index = 0;
        while (date.Month == month && index < pattern.Length)
        {
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days.Add(new DailyAttendance
                {
                    Date = date,
                    Status = pattern[index] switch
                    {
                        'A' => DailyAttendanceStatus.Absent,
                        'L' => DailyAttendanceStatus.Late,
                        'E' => DailyAttendanceStatus.LeftEarly,
                        'S' => DailyAttendanceStatus.SeparateRoom,
                        'C' => DailyAttendanceStatus.CountedAsAttended,
                        'N' => DailyAttendanceStatus.NotRequired,
                        _ => DailyAttendanceStatus.Present,
                    },
                });
                index++;
            }

            date = date.AddDays(1);
        }

        return days.ToValueList();
    }

    private static int? Part(int[]? values, int index, int limit) =>
        values is null ? null : Math.Min(index < values.Length ? values[index] : 0, limit);

    private static InstitutionDays? Institutions(int i, int required, int[]? supportCentre, int[]? otherBoard, int[]? welfare, int[]? health, int[]? hospital, int[]? privateFacility, int[]? other, int[]? ict)
    {
        if (supportCentre is null && otherBoard is null && welfare is null && health is null && hospital is null && privateFacility is null && other is null && ict is null)
        {
            return null;
        }

        return new InstitutionDays
        {
            EducationSupportCenter = Part(supportCentre, i, required),
            OtherBoardInstitution = Part(otherBoard, i, required),
            ChildGuidanceOrWelfareOffice = Part(welfare, i, required),
            HealthCenter = Part(health, i, required),
            HospitalOrClinic = Part(hospital, i, required),
            PrivateFacility = Part(privateFacility, i, required),
            OtherInstitution = Part(other, i, required),
            Ict = Part(ict, i, required),
        };
    }

    private static int? SumOrNull(int[]? source, List<MonthlyAttendance> months, Func<MonthlyAttendance, int?> value) =>
        source is null ? null : months.Sum(m => value(m) ?? 0);
}
