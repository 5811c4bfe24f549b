namespace SupportPlan.Model.Identifiers;

/// <summary>
/// The stable codes of <see cref="Text.ParseError"/> for identifiers and calendar values, in one place so that no
/// two failures share a code. Codes are never reused or renumbered.
/// </summary>
internal static class ValueErrorCodes
{
    // Prefecture 001–009
    public const string PrefectureEmpty = "SP-VAL-001";
    public const string PrefectureOutOfRange = "SP-VAL-002";
    public const string PrefectureUnknown = "SP-VAL-003";

    // SchoolCode 010–019
    public const string SchoolCodeEmpty = "SP-VAL-010";
    public const string SchoolCodeLength = "SP-VAL-011";
    public const string SchoolCodeType = "SP-VAL-012";
    public const string SchoolCodePrefecture = "SP-VAL-013";
    public const string SchoolCodeEstablishment = "SP-VAL-014";
    public const string SchoolCodeSchoolNumber = "SP-VAL-015";
    public const string SchoolCodeCheckDigit = "SP-VAL-016";

    // BoardOfEducationCode 020–029
    public const string BoardCodeEmpty = "SP-VAL-020";
    public const string BoardCodeLength = "SP-VAL-021";
    public const string BoardCodeNotDigits = "SP-VAL-022";
    public const string BoardCodePrefecture = "SP-VAL-023";

    // PhoneNumber 030–039
    public const string PhoneEmpty = "SP-VAL-030";
    public const string PhoneCharacter = "SP-VAL-031";
    public const string PhonePlus = "SP-VAL-032";
    public const string PhoneTooFewDigits = "SP-VAL-033";
    public const string PhoneTooManyDigits = "SP-VAL-034";

    // NameReading 040–049
    public const string ReadingEmpty = "SP-VAL-040";
    public const string ReadingKanji = "SP-VAL-041";
    public const string ReadingLatin = "SP-VAL-042";
    public const string ReadingDigit = "SP-VAL-043";
    public const string ReadingOther = "SP-VAL-044";

    // Grade 050–059
    public const string GradeEmpty = "SP-VAL-050";
    public const string GradeUnknown = "SP-VAL-051";
    public const string GradeYearOutOfRange = "SP-VAL-052";
    public const string GradeStageUndefined = "SP-VAL-053";

    // SchoolYear 060–069
    public const string SchoolYearEmpty = "SP-VAL-060";
    public const string SchoolYearUnknown = "SP-VAL-061";
    public const string SchoolYearOutOfRange = "SP-VAL-062";
    public const string SchoolYearEraYear = "SP-VAL-063";

    // Dates written in the Japanese era or ISO form 070–079
    public const string DateEmpty = "SP-VAL-070";
    public const string DateUnknown = "SP-VAL-071";
    public const string DateInvalid = "SP-VAL-072";
    public const string DateOutsideEra = "SP-VAL-073";

    // JSON: a valid value not written in its canonical form 090
    public const string NotCanonical = "SP-VAL-090";
}
