using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SupportPlan.Model.Accommodations;
using SupportPlan.Model.Attendance;
using SupportPlan.Model.Calendar;
using SupportPlan.Model.Classification;
using SupportPlan.Model.Collections;
using SupportPlan.Model.Consent;
using SupportPlan.Model.Identifiers;
using SupportPlan.Model.Json;
using SupportPlan.Model.Plans;
using SupportPlan.Model.Sheets;

namespace SupportPlan.Model.Checks;

/// <summary>
/// The model checks: they read a plan and return findings (never throw): attendance arithmetic, dates inside their
/// school year, grade against school type, consent records well-formed, and so on. Codes <c>SP-SEM-…</c>, see
/// <see cref="ModelFindings"/>.
/// </summary>
public sealed partial class PlanChecker
{
    /// <summary>The shared instance (the checker holds no state).</summary>
    public static PlanChecker Default { get; } = new();

    /// <summary>Checks a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The findings, in document order; empty when the plan is consistent.</returns>
    public IReadOnlyList<Finding> Check(StudentSupportPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var findings = new List<Finding>();
        var birth = plan.CommonSheet?.Student?.DateOfBirth;
        CheckHeader(plan, findings);
        CheckNeeds(plan, findings);
        if (plan.CommonSheet is { } common)
        {
            CheckAuthorship(common.Authorship, "/commonSheet", -1, "/authorship", null, birth, findings);
            CheckGradeColumns(common, findings);
        }

        CheckGradeSheets(plan, birth, findings);
        for (var i = 0; i < plan.CaseConferences.Count; i++)
        {
            var conference = plan.CaseConferences[i];
            CheckAuthorship(conference.Authorship, "/caseConferences", i, "/authorship", null, birth, findings);
            if (birth is { } b && conference.HeldOn < b)
            {
                findings.Add(ModelFindings.BeforeBirth.At(JsonPointer.Append("/caseConferences", i) + "/heldOn", Iso(conference.HeldOn), Iso(b)));
            }
        }

        if (plan.GifuForms is { } gifu)
        {
            CheckAuthorship(gifu.Authorship, "/gifuForms", -1, "/authorship", null, birth, findings);
        }

        CheckAccommodations(plan, findings);
        CheckConsents(plan, findings);
        CheckExtensions(plan, findings);
        return findings;
    }

    private static void CheckHeader(StudentSupportPlan plan, List<Finding> findings)
    {
        if (plan.Header is not { } header)
        {
            return;
        }

        for (var i = 0; i < header.Schools.Count; i++)
        {
            var school = header.Schools[i];
            if (school.SchoolCode is { } code && !Grade.Create(school.Stage, 1).Value.IsCompatibleWith(code.SchoolType))
            {
                findings.Add(ModelFindings.StageSchoolTypeMismatch.At(Pointer("/header/schools", i, "/schoolCode"), code, SchoolTypes.JapaneseName(code.SchoolType), school.Stage));
            }

            if (school is { EnteredOn: { } entered, LeftOn: { } left } && left < entered)
            {
                findings.Add(ModelFindings.LeftBeforeEntered.At(Pointer("/header/schools", i, "/leftOn"), Iso(left), Iso(entered)));
            }
        }
    }

    private static void CheckNeeds(StudentSupportPlan plan, List<Finding> findings)
    {
        if (plan.Needs.Disability is { Division: not null, Placement: not Needs.EducationPlacement.SpecialNeedsSchool })
        {
            findings.Add(ModelFindings.DivisionWithoutSchool.At("/needs/disability/division"));
        }
    }

    /// <summary>Checks an authorship block at <c>parent[/index]member</c> (the pointer is built only for a finding).</summary>
    private static void CheckAuthorship(Authorship authorship, string parent, int index, string member, SchoolYear? year, DateOnly? birth, List<Finding> findings)
    {
        if (year is { } y && !y.Contains(authorship.CreatedOn))
        {
            findings.Add(ModelFindings.CreatedOutsideSchoolYear.At(Pointer(parent, index, member + "/createdOn"), Iso(authorship.CreatedOn), y));
        }

        if (birth is { } b && authorship.CreatedOn < b)
        {
            findings.Add(ModelFindings.BeforeBirth.At(Pointer(parent, index, member + "/createdOn"), Iso(authorship.CreatedOn), Iso(b)));
        }

        for (var i = 0; i < authorship.Appends.Count; i++)
        {
            if (authorship.Appends[i].On < authorship.CreatedOn)
            {
                findings.Add(ModelFindings.AppendBeforeCreation.At(JsonPointer.Append(Pointer(parent, index, member + "/appends"), i) + "/on", Iso(authorship.Appends[i].On), Iso(authorship.CreatedOn)));
            }
        }
    }

    private static void CheckGradeColumns(CommonSheet common, List<Finding> findings)
    {
        var years = new HashSet<SchoolYear>();
        var grades = new HashSet<Grade>();
        for (var i = 0; i < common.AttendanceByGrade.Count; i++)
        {
            var column = common.AttendanceByGrade[i];
            if (!years.Add(column.SchoolYear))
            {
                findings.Add(ModelFindings.DuplicateGradeColumn.At(Pointer("/commonSheet/attendanceByGrade", i, "/schoolYear"), JapaneseEraFormatter.FormatSchoolYear(column.SchoolYear)));
            }

            if (!grades.Add(column.Grade))
            {
                findings.Add(ModelFindings.DuplicateGradeColumn.At(Pointer("/commonSheet/attendanceByGrade", i, "/grade"), column.Grade.JapaneseLabel));
            }

            CheckCounts(column, "/commonSheet/attendanceByGrade", i, findings);
        }

        CheckProgression(common.AttendanceByGrade, c => (c.SchoolYear, c.Grade), "/commonSheet/attendanceByGrade", findings);
    }

    private static void CheckGradeSheets(StudentSupportPlan plan, DateOnly? birth, List<Finding> findings)
    {
        var years = new HashSet<SchoolYear>();
        for (var i = 0; i < plan.GradeSheets.Count; i++)
        {
            var sheet = plan.GradeSheets[i];
            if (!years.Add(sheet.SchoolYear))
            {
                findings.Add(ModelFindings.DuplicateGradeSheet.At(Pointer("/gradeSheets", i, "/schoolYear"), sheet.SchoolYear));
            }

            if (sheet.Enrollment?.SchoolCode is { } code && !sheet.Grade.IsCompatibleWith(code.SchoolType))
            {
                findings.Add(ModelFindings.GradeSchoolTypeMismatch.At(Pointer("/gradeSheets", i, "/grade"), sheet.Grade.JapaneseLabel, SchoolTypes.JapaneseName(code.SchoolType), code));
            }

            if (sheet.SheetA is { } a)
            {
                CheckAuthorship(a.Authorship, "/gradeSheets", i, "/sheetA/authorship", sheet.SchoolYear, birth, findings);
                CheckMonths(sheet.SchoolYear, a, i, findings);
                CheckDays(sheet.SchoolYear, a, i, findings);
                CheckMonthlyAgainstColumns(plan, sheet, i, findings);
            }

            if (sheet.SheetB is { } b)
            {
                CheckAuthorship(b.Authorship, "/gradeSheets", i, "/sheetB/authorship", sheet.SchoolYear, birth, findings);
                CheckTerms(b, i, findings);
            }
        }

        CheckProgression(plan.GradeSheets, s => (s.SchoolYear, s.Grade), "/gradeSheets", findings);
    }

    /// <summary>Checks that grades advance with the years, over the entries of an array (at <c>array/i/grade</c>) in year order.</summary>
    private static void CheckProgression<T>(ValueList<T> items, Func<T, (SchoolYear Year, Grade Grade)> select, string array, List<Finding> findings)
    {
        if (items.Count < 2)
        {
            return;
        }

        var entries = new (SchoolYear Year, Grade Grade, int Index)[items.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var (year, grade) = select(items[i]);
            entries[i] = (year, grade, i);
        }

        // Stable, as the OrderBy it replaces: equal years keep document order.
        Array.Sort(entries, static (x, y) => x.Year != y.Year ? x.Year.CompareTo(y.Year) : x.Index.CompareTo(y.Index));
        for (var i = 1; i < entries.Length; i++)
        {
            var (prev, next) = (entries[i - 1], entries[i]);
            var years = next.Year.StartYear - prev.Year.StartYear;
            var steps = next.Grade.AgeOrder - prev.Grade.AgeOrder;

            // A grade may be repeated (steps 0) but never go back, nor advance faster than the years.
            if (years > 0 && (steps < 0 || steps > years))
            {
                findings.Add(ModelFindings.GradeProgression.At(Pointer(array, next.Index, "/grade"), prev.Year, prev.Grade.JapaneseLabel, next.Year, next.Grade.JapaneseLabel));
            }
        }
    }

    /// <summary>Checks one row of attendance counts at <c>array/index</c> (the pointer is built only for a finding).</summary>
    private static void CheckCounts(AttendanceCounts counts, string array, int index, List<Finding> findings)
    {
        string At(string member) => Pointer(array, index, "/" + member);

        void Negative(int? value, string member)
        {
            if (value < 0)
            {
                findings.Add(ModelFindings.NegativeCount.At(At(member), value));
            }
        }

        Negative(counts.RequiredDays, "requiredDays");
        Negative(counts.AttendedDays, "attendedDays");
        Negative(counts.SeparateRoomDays, "separateRoomDays");
        Negative(counts.LateCount, "lateCount");
        Negative(counts.EarlyLeaveCount, "earlyLeaveCount");
        Negative(counts.AbsentDays, "absentDays");
        Negative(counts.CountedAsAttendedDays, "countedAsAttendedDays");
        var institutions = counts.InstitutionDays;
        if (institutions is not null && institutions.AnyOutside(0, int.MaxValue))
        {
            foreach (var category in InstitutionCategories)
            {
                if (institutions.Of(category) < 0)
                {
                    findings.Add(ModelFindings.NegativeCount.At(At("institutionDays/" + InstitutionMember(category)), institutions.Of(category)));
                }
            }
        }

        if (counts is { RequiredDays: { } required })
        {
            if (counts.AttendedDays is { } attended && attended > required)
            {
                findings.Add(ModelFindings.AttendedOverRequired.At(At("attendedDays"), attended, required));
            }

            if (counts.AbsentDays is { } absent && absent > required)
            {
                findings.Add(ModelFindings.AbsentOverRequired.At(At("absentDays"), absent, required));
            }

            if (counts is { AttendedDays: { } a, AbsentDays: { } b } && a + b != required && (counts.CountedAsAttendedDays ?? 0) == 0
                && a <= required && b <= required)
            {
                findings.Add(ModelFindings.AttendanceSumMismatch.At(At("absentDays"), a, b, required));
            }

            if (counts.CountedAsAttendedDays is { } counted && counted > required)
            {
                findings.Add(ModelFindings.InstitutionOverRequired.At(At("countedAsAttendedDays"), "指導要録上の出席扱い / days counted as attended", counted, required));
            }

            if (institutions is not null && institutions.AnyOutside(int.MinValue, required))
            {
                foreach (var category in InstitutionCategories)
                {
                    if (institutions.Of(category) is { } days && days > required)
                    {
                        findings.Add(ModelFindings.InstitutionOverRequired.At(At("institutionDays/" + InstitutionMember(category)), category, days, required));
                    }
                }
            }
        }

        if (counts.AttendedDays is { } attendedDays)
        {
            void Partial(int? value, string member, string label)
            {
                if (value > attendedDays)
                {
                    findings.Add(ModelFindings.PartialAttendanceOverAttended.At(At(member), label, value, attendedDays));
                }
            }

            Partial(counts.SeparateRoomDays, "separateRoomDays", "別室登校 / Separate-room days");
            Partial(counts.LateCount, "lateCount", "遅刻 / Times late");
            Partial(counts.EarlyLeaveCount, "earlyLeaveCount", "早退 / Times left early");
        }
    }

    private static void CheckMonths(SchoolYear year, GradeSheetA sheet, int sheetIndex, List<Finding> findings)
    {
        var monthsAt = Pointer("/gradeSheets", sheetIndex, "/sheetA/monthlyAttendance"); // once per sheet; each month's only for a finding
        var seen = 0; // one bit per month 1–12
        for (var i = 0; i < sheet.MonthlyAttendance.Count; i++)
        {
            var month = sheet.MonthlyAttendance[i];
            if (month.Month is < 1 or > 12)
            {
                findings.Add(ModelFindings.InvalidMonth.At(Pointer(monthsAt, i, "/month"), month.Month));
                continue;
            }

            var bit = 1 << month.Month;
            if ((seen & bit) != 0)
            {
                findings.Add(ModelFindings.DuplicateMonth.At(Pointer(monthsAt, i, "/month"), month.Month));
            }

            seen |= bit;
            var length = year.DaysIn(month.Month);
            if (month.RequiredDays > length)
            {
                findings.Add(ModelFindings.MonthTooLong.At(Pointer(monthsAt, i, "/requiredDays"), month.Month, month.RequiredDays, length));
            }

            CheckCounts(month, monthsAt, i, findings);
        }
    }

    private static void CheckDays(SchoolYear year, GradeSheetA sheet, int sheetIndex, List<Finding> findings)
    {
        if (sheet.DailyAttendance.IsEmpty)
        {
            return;
        }

        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < sheet.DailyAttendance.Count; i++)
        {
            var day = sheet.DailyAttendance[i].Date;
            if (!year.Contains(day))
            {
                findings.Add(ModelFindings.DateOutsideSchoolYear.At(DayAt(sheetIndex, i), Iso(day), year, Iso(year.FirstDay), Iso(year.LastDay)));
            }

            if (!seen.Add(day))
            {
                findings.Add(ModelFindings.DuplicateDay.At(DayAt(sheetIndex, i), Iso(day)));
            }
        }

        static string DayAt(int sheetIndex, int i) => Pointer(Pointer("/gradeSheets", sheetIndex, "/sheetA/dailyAttendance"), i, "/date");
    }

    private static void CheckMonthlyAgainstColumns(StudentSupportPlan plan, GradeSheet sheet, int sheetIndex, List<Finding> findings)
    {
        var months = sheet.SheetA!.MonthlyAttendance;
        if (months.Count != 12 || ColumnFor(plan, sheet.SchoolYear) is not { } column)
        {
            return; // only a complete year can be compared with the year's column
        }

        var totals = AttendanceCalculator.Totals(months);
        void Compare(int? monthly, int? yearly, string label)
        {
            if (monthly is { } m && yearly is { } y && m != y)
            {
                findings.Add(ModelFindings.MonthlyTotalMismatch.At(Pointer("/gradeSheets", sheetIndex, "/sheetA/monthlyAttendance"), sheet.SchoolYear, label, m, y));
            }
        }

        Compare(totals.RequiredDays, column.RequiredDays, "出席しなければならない日数 / required days");
        Compare(totals.AttendedDays, column.AttendedDays, "出席日数 / days attended");
    }

    private static void CheckTerms(GradeSheetB sheet, int sheetIndex, List<Finding> findings)
    {
        var seen = new HashSet<Term>();
        for (var i = 0; i < sheet.TermPlans.Count; i++)
        {
            var term = sheet.TermPlans[i].Term;
            var fits = sheet.TermSystem == TermSystem.ThreeTerms
                ? term is Term.First or Term.Second or Term.Third
                : term is Term.FirstHalf or Term.SecondHalf;
            if (!fits)
            {
                findings.Add(ModelFindings.TermSystemMismatch.At(TermAt(sheetIndex, i), term, sheet.TermSystem == TermSystem.ThreeTerms ? "3学期制 / three-term system" : "2学期制 / two-term system"));
            }

            if (!seen.Add(term))
            {
                findings.Add(ModelFindings.DuplicateTerm.At(TermAt(sheetIndex, i), term));
            }
        }

        static string TermAt(int sheetIndex, int i) => Pointer(Pointer("/gradeSheets", sheetIndex, "/sheetB/termPlans"), i, "/term");
    }

    private static void CheckAccommodations(StudentSupportPlan plan, List<Finding> findings)
    {
        for (var i = 0; i < plan.Accommodations.Count; i++)
        {
            var accommodation = plan.Accommodations[i];
            var at = JsonPointer.Append("/accommodations", i);
            if (accommodation.Status == ConsensusStatus.Agreed && (accommodation.AgreedOn is null || accommodation.AgreedWith.IsEmpty))
            {
                findings.Add(ModelFindings.AgreementIncomplete.At(at));
            }

            if (accommodation.AgreedOn is { } agreed)
            {
                for (var r = 0; r < accommodation.ReviewDates.Count; r++)
                {
                    if (accommodation.ReviewDates[r] < agreed)
                    {
                        findings.Add(ModelFindings.ReviewBeforeAgreement.At(JsonPointer.Append(at + "/reviewDates", r), Iso(accommodation.ReviewDates[r]), Iso(agreed)));
                    }
                }
            }
        }
    }

    private static void CheckConsents(StudentSupportPlan plan, List<Finding> findings)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var granted = plan.Consents.Where(c => c.Decision == ConsentDecision.Granted).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < plan.Consents.Count; i++)
        {
            var consent = plan.Consents[i];
            var at = JsonPointer.Append("/consents", i);
            if (!ids.Add(consent.Id))
            {
                findings.Add(ModelFindings.DuplicateConsentId.At(at + "/id", consent.Id));
            }

            if (consent.ValidUntil is { } until && until < consent.EffectiveFrom())
            {
                findings.Add(ModelFindings.ConsentPeriodInverted.At(at + "/validUntil", Iso(until), Iso(consent.EffectiveFrom())));
            }

            for (var j = 0; j < consent.Items.Count; j++)
            {
                if (!PlanItemCatalog.IsKnownReference(consent.Items[j]))
                {
                    findings.Add(ModelFindings.UnknownConsentItem.At(JsonPointer.Append(at + "/items", j), consent.Items[j]));
                }
            }

            if (consent.Decision != ConsentDecision.Unreachable && consent.Grantor is null)
            {
                findings.Add(ModelFindings.MissingGrantor.At(at));
            }

            switch (consent.Decision)
            {
                case ConsentDecision.Granted:
                    if (consent.Items.IsEmpty)
                    {
                        findings.Add(ModelFindings.NoConsentItems.At(at + "/items"));
                    }

                    if (!consent.ContentShown)
                    {
                        findings.Add(ModelFindings.ContentNotShown.At(at + "/contentShown"));
                    }

                    break;
                case ConsentDecision.Refused when consent.Refusal is null || string.IsNullOrWhiteSpace(consent.Refusal.Reasons):
                    findings.Add(ModelFindings.RefusalWithoutReasons.At(at + "/refusal"));
                    break;
                case ConsentDecision.Withdrawn when consent.Withdraws is not { } target || !granted.Contains(target):
                    findings.Add(ModelFindings.WithdrawalTarget.At(at + "/withdraws", consent.Withdraws ?? "(none)"));
                    break;
                case ConsentDecision.Unreachable when consent.ContactAttempts.IsEmpty:
                    findings.Add(ModelFindings.UnreachableWithoutAttempts.At(at + "/contactAttempts"));
                    break;
                case ConsentDecision.Deferred when consent.RevisitOn is { } revisit && revisit < consent.DecidedOn:
                    findings.Add(ModelFindings.RevisitBeforeDecision.At(at + "/revisitOn", Iso(revisit), Iso(consent.DecidedOn)));
                    break;
            }
        }
    }

    private static void CheckExtensions(StudentSupportPlan plan, List<Finding> findings)
    {
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Extensions.Count; i++)
        {
            var extension = plan.Extensions[i];
            var at = JsonPointer.Append("/extensions", i);
            if (!NamespacePattern().IsMatch(extension.Namespace))
            {
                findings.Add(ModelFindings.InvalidExtensionNamespace.At(at + "/namespace", extension.Namespace));
            }
            else if (!namespaces.Add(extension.Namespace))
            {
                findings.Add(ModelFindings.DuplicateExtension.At(at + "/namespace", extension.Namespace));
            }

            if (extension.Data.ValueKind != JsonValueKind.Object)
            {
                findings.Add(ModelFindings.ExtensionNotObject.At(at + "/data"));
            }
        }
    }

    /// <summary>The institution categories ①–⑧ in form order (the order findings come in).</summary>
    private static readonly InstitutionCategory[] InstitutionCategories =
    [
        InstitutionCategory.EducationSupportCenter, InstitutionCategory.OtherBoardInstitution, InstitutionCategory.ChildGuidanceOrWelfareOffice,
        InstitutionCategory.HealthCenter, InstitutionCategory.HospitalOrClinic, InstitutionCategory.PrivateFacility,
        InstitutionCategory.OtherInstitution, InstitutionCategory.Ict,
    ];

    /// <summary>
    /// The pointer <c>parent/index</c> + <paramref name="member"/> (no index when it is negative). The checks call this only
    /// when they add a finding: building every element's pointer up front cost more than the checks themselves.
    /// </summary>
    private static string Pointer(string parent, int index, string member) =>
        (index < 0 ? parent : JsonPointer.Append(parent, index)) + member;

    /// <summary>The common sheet's attendance column for a school year, if any.</summary>
    private static GradeAttendance? ColumnFor(StudentSupportPlan plan, SchoolYear year)
    {
        foreach (var column in plan.CommonSheet?.AttendanceByGrade ?? ValueList<GradeAttendance>.Empty)
        {
            if (column.SchoolYear == year)
            {
                return column;
            }
        }

        return null;
    }

    internal static string InstitutionMember(InstitutionCategory category) => category switch
    {
        InstitutionCategory.EducationSupportCenter => "educationSupportCenter",
        InstitutionCategory.OtherBoardInstitution => "otherBoardInstitution",
        InstitutionCategory.ChildGuidanceOrWelfareOffice => "childGuidanceOrWelfareOffice",
        InstitutionCategory.HealthCenter => "healthCenter",
        InstitutionCategory.HospitalOrClinic => "hospitalOrClinic",
        InstitutionCategory.PrivateFacility => "privateFacility",
        InstitutionCategory.OtherInstitution => "otherInstitution",
        _ => "ict",
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The extension namespace form: lower-case reverse-domain labels, at least two, e.g. <c>jp.hokkaido.memuro</c>.</summary>
    [GeneratedRegex("^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$", RegexOptions.CultureInvariant)]
    internal static partial Regex NamespacePattern();
}
