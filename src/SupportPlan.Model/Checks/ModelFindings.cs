namespace SupportPlan.Model.Checks;

/// <summary>The findings of the model checks (codes <c>SP-SEM-…</c>): the meaning of a plan, not its syntax.</summary>
public static class ModelFindings
{
    /// <summary>SP-SEM-001: days attended exceed the days required.</summary>
    public static FindingDefinition AttendedOverRequired { get; } = new("SP-SEM-001", FindingSeverity.Error,
        "出席日数（{0}）が出席しなければならない日数（{1}）を超えています。", "Days attended ({0}) exceed the days required ({1}).");

    /// <summary>SP-SEM-002: days absent exceed the days required.</summary>
    public static FindingDefinition AbsentOverRequired { get; } = new("SP-SEM-002", FindingSeverity.Error,
        "欠席日数（{0}）が出席しなければならない日数（{1}）を超えています。", "Days absent ({0}) exceed the days required ({1}).");

    /// <summary>SP-SEM-003: attended plus absent does not equal required.</summary>
    public static FindingDefinition AttendanceSumMismatch { get; } = new("SP-SEM-003", FindingSeverity.Warning,
        "出席日数（{0}）と欠席日数（{1}）の和が出席しなければならない日数（{2}）と一致しません。", "Days attended ({0}) plus days absent ({1}) do not equal the days required ({2}).");

    /// <summary>SP-SEM-004: a count is negative.</summary>
    public static FindingDefinition NegativeCount { get; } = new("SP-SEM-004", FindingSeverity.Error,
        "日数・回数が負の値です（{0}）。", "A count is negative ({0}).");

    /// <summary>SP-SEM-005: separate-room days, lateness or early leaving exceed days attended.</summary>
    public static FindingDefinition PartialAttendanceOverAttended { get; } = new("SP-SEM-005", FindingSeverity.Error,
        "{0}（{1}）が出席日数（{2}）を超えています。", "{0} ({1}) exceed the days attended ({2}).");

    /// <summary>SP-SEM-006: days counted as attended or days at an institution exceed the days required.</summary>
    public static FindingDefinition InstitutionOverRequired { get; } = new("SP-SEM-006", FindingSeverity.Error,
        "{0}（{1}）が出席しなければならない日数（{2}）を超えています。", "{0} ({1}) exceed the days required ({2}).");

    /// <summary>SP-SEM-007: a month is not 1–12.</summary>
    public static FindingDefinition InvalidMonth { get; } = new("SP-SEM-007", FindingSeverity.Error,
        "月（{0}）は1から12でなければなりません。", "The month ({0}) must be 1 to 12.");

    /// <summary>SP-SEM-008: a month appears twice in one year's table.</summary>
    public static FindingDefinition DuplicateMonth { get; } = new("SP-SEM-008", FindingSeverity.Error,
        "{0}月が重複しています。", "Month {0} appears twice.");

    /// <summary>SP-SEM-009: a month's required days exceed the days of that month.</summary>
    public static FindingDefinition MonthTooLong { get; } = new("SP-SEM-009", FindingSeverity.Error,
        "{0}月の出席しなければならない日数（{1}）がその月の日数（{2}）を超えています。", "Required days in month {0} ({1}) exceed the days of the month ({2}).");

    /// <summary>SP-SEM-010: the monthly totals disagree with the common sheet's figure for the same year.</summary>
    public static FindingDefinition MonthlyTotalMismatch { get; } = new("SP-SEM-010", FindingSeverity.Warning,
        "{0}年度の月別の合計（{1}: {2}）が学年別欠席日数等（{3}）と一致しません。", "The monthly total for school year {0} ({1}: {2}) disagrees with the attendance by grade ({3}).");

    /// <summary>SP-SEM-011: the same school year or grade appears twice in the attendance by grade.</summary>
    public static FindingDefinition DuplicateGradeColumn { get; } = new("SP-SEM-011", FindingSeverity.Error,
        "学年別欠席日数等で {0} が重複しています。", "{0} appears twice in the attendance by grade.");

    /// <summary>SP-SEM-012: a dated entry lies outside its school year.</summary>
    public static FindingDefinition DateOutsideSchoolYear { get; } = new("SP-SEM-012", FindingSeverity.Error,
        "日付 {0} が {1}年度（{2}〜{3}）の外にあります。", "The date {0} lies outside school year {1} ({2} to {3}).");

    /// <summary>SP-SEM-013: a day appears twice in the daily attendance.</summary>
    public static FindingDefinition DuplicateDay { get; } = new("SP-SEM-013", FindingSeverity.Error,
        "日別出欠で {0} が重複しています。", "The day {0} appears twice in the daily attendance.");

    /// <summary>SP-SEM-020: the grade does not exist at the school's type.</summary>
    public static FindingDefinition GradeSchoolTypeMismatch { get; } = new("SP-SEM-020", FindingSeverity.Error,
        "学年 {0} は学校種 {1}（学校コード {2}）にありません。", "Grade {0} does not exist at a school of type {1} (school code {2}).");

    /// <summary>SP-SEM-021: two grade sheets for the same school year.</summary>
    public static FindingDefinition DuplicateGradeSheet { get; } = new("SP-SEM-021", FindingSeverity.Error,
        "{0}年度の学年別シートが重複しています。", "There are two grade sheets for school year {0}.");

    /// <summary>SP-SEM-022: grades do not progress with school years.</summary>
    public static FindingDefinition GradeProgression { get; } = new("SP-SEM-022", FindingSeverity.Warning,
        "{0}年度の学年 {1} と {2}年度の学年 {3} の関係が年度の進み方と合いません。", "Grade {1} in {0} and grade {3} in {2} do not fit the progression of school years.");

    /// <summary>SP-SEM-023: the header's school code is of a type that does not fit the stage.</summary>
    public static FindingDefinition StageSchoolTypeMismatch { get; } = new("SP-SEM-023", FindingSeverity.Error,
        "学校コード {0}（{1}）は段階 {2} の学校ではありません。", "School code {0} ({1}) is not a school of stage {2}.");

    /// <summary>SP-SEM-030: a sheet was created outside its school year.</summary>
    public static FindingDefinition CreatedOutsideSchoolYear { get; } = new("SP-SEM-030", FindingSeverity.Warning,
        "作成日 {0} が {1}年度の外にあります。", "The creation date {0} lies outside school year {1}.");

    /// <summary>SP-SEM-031: an append is dated before the sheet was created.</summary>
    public static FindingDefinition AppendBeforeCreation { get; } = new("SP-SEM-031", FindingSeverity.Error,
        "追記日 {0} が作成日 {1} より前です。", "The append date {0} is before the creation date {1}.");

    /// <summary>SP-SEM-032: a date lies before the student's date of birth.</summary>
    public static FindingDefinition BeforeBirth { get; } = new("SP-SEM-032", FindingSeverity.Error,
        "日付 {0} が生年月日 {1} より前です。", "The date {0} is before the date of birth {1}.");

    /// <summary>SP-SEM-033: a leaving date is before the entry date.</summary>
    public static FindingDefinition LeftBeforeEntered { get; } = new("SP-SEM-033", FindingSeverity.Error,
        "離籍日 {0} が入学日 {1} より前です。", "The leaving date {0} is before the entry date {1}.");

    /// <summary>SP-SEM-040: a consent period ends before it starts.</summary>
    public static FindingDefinition ConsentPeriodInverted { get; } = new("SP-SEM-040", FindingSeverity.Error,
        "同意の期間の終わり（{0}）が始まり（{1}）より前です。", "The consent period ends ({0}) before it starts ({1}).");

    /// <summary>SP-SEM-041: two consent records share an id.</summary>
    public static FindingDefinition DuplicateConsentId { get; } = new("SP-SEM-041", FindingSeverity.Error,
        "同意の記録のID「{0}」が重複しています。", "The consent record id '{0}' appears twice.");

    /// <summary>SP-SEM-042: a consent names an unknown item or section.</summary>
    public static FindingDefinition UnknownConsentItem { get; } = new("SP-SEM-042", FindingSeverity.Error,
        "同意の対象「{0}」は項目にも区分にもありません。", "The consent item '{0}' names no known item or section.");

    /// <summary>SP-SEM-043: a decision other than unreachable records no grantor.</summary>
    public static FindingDefinition MissingGrantor { get; } = new("SP-SEM-043", FindingSeverity.Error,
        "同意・拒否・撤回・保留をした人（本人又は保護者）が記録されていません。", "The person who decided (student or guardian) is not recorded.");

    /// <summary>SP-SEM-044: a consent or refusal names no items.</summary>
    public static FindingDefinition NoConsentItems { get; } = new("SP-SEM-044", FindingSeverity.Error,
        "同意の対象となる内容（項目）が記録されていません。", "The record names no items (内容).");

    /// <summary>SP-SEM-045: a withdrawal does not name a granted consent of the plan.</summary>
    public static FindingDefinition WithdrawalTarget { get; } = new("SP-SEM-045", FindingSeverity.Error,
        "撤回の対象（{0}）が、この計画の同意の記録にありません。", "The withdrawal names '{0}', which is no consent given in this plan.");

    /// <summary>SP-SEM-046: a refusal records no reasons.</summary>
    public static FindingDefinition RefusalWithoutReasons { get; } = new("SP-SEM-046", FindingSeverity.Warning,
        "拒否の理由が記録されていません。理由を聞き、引き継げる範囲を話し合ってください。", "The refusal records no reasons; listen to them and discuss what could be handed over.");

    /// <summary>SP-SEM-047: "could not reach the family" without recorded attempts.</summary>
    public static FindingDefinition UnreachableWithoutAttempts { get; } = new("SP-SEM-047", FindingSeverity.Error,
        "連絡不能とする前の連絡の試みが記録されていません。", "No attempts to reach the family are recorded.");

    /// <summary>SP-SEM-048: consent given without the content having been shown.</summary>
    public static FindingDefinition ContentNotShown { get; } = new("SP-SEM-048", FindingSeverity.Warning,
        "提供する内容を具体的に示して同意を得たことが記録されていません。", "It is not recorded that the concrete content was shown when consent was asked.");

    /// <summary>SP-SEM-049: a deferral's revisit date is before the decision.</summary>
    public static FindingDefinition RevisitBeforeDecision { get; } = new("SP-SEM-049", FindingSeverity.Warning,
        "再確認日 {0} が記録日 {1} より前です。", "The revisit date {0} is before the decision date {1}.");

    /// <summary>SP-SEM-050: a term does not belong to the sheet's term system.</summary>
    public static FindingDefinition TermSystemMismatch { get; } = new("SP-SEM-050", FindingSeverity.Error,
        "学期 {0} は{1}にありません。", "Term {0} does not belong to {1}.");

    /// <summary>SP-SEM-051: a term appears twice.</summary>
    public static FindingDefinition DuplicateTerm { get; } = new("SP-SEM-051", FindingSeverity.Error,
        "学期 {0} が重複しています。", "Term {0} appears twice.");

    /// <summary>SP-SEM-060: a review date is before the agreement.</summary>
    public static FindingDefinition ReviewBeforeAgreement { get; } = new("SP-SEM-060", FindingSeverity.Error,
        "見直し日 {0} が合意日 {1} より前です。", "The review date {0} is before the agreement date {1}.");

    /// <summary>SP-SEM-061: an agreed accommodation records no date or no parties.</summary>
    public static FindingDefinition AgreementIncomplete { get; } = new("SP-SEM-061", FindingSeverity.Warning,
        "合意した合理的配慮に、合意日又は合意の相手が記録されていません。", "An agreed accommodation records no date or no parties of the agreement.");

    /// <summary>SP-SEM-070: an extension namespace is not of the reverse-domain form.</summary>
    public static FindingDefinition InvalidExtensionNamespace { get; } = new("SP-SEM-070", FindingSeverity.Error,
        "拡張の名前空間「{0}」が正しくありません（例: jp.hokkaido.memuro）。", "The extension namespace '{0}' is invalid (e.g. jp.hokkaido.memuro).");

    /// <summary>SP-SEM-071: two extensions share a namespace.</summary>
    public static FindingDefinition DuplicateExtension { get; } = new("SP-SEM-071", FindingSeverity.Error,
        "拡張の名前空間「{0}」が重複しています。", "The extension namespace '{0}' appears twice.");

    /// <summary>SP-SEM-072: extension data is not a JSON object.</summary>
    public static FindingDefinition ExtensionNotObject { get; } = new("SP-SEM-072", FindingSeverity.Error,
        "拡張のデータはJSONオブジェクトでなければなりません。", "Extension data must be a JSON object.");

    /// <summary>SP-SEM-080: a special-needs division without placement at a special-needs school.</summary>
    public static FindingDefinition DivisionWithoutSchool { get; } = new("SP-SEM-080", FindingSeverity.Warning,
        "特別支援学校の部が記録されていますが、学びの場が特別支援学校ではありません。", "A special-needs-school division is recorded but the placement is not a special-needs school.");
}
