using SupportPlan.Model.Calendar;
using SupportPlan.Model.Identifiers;

namespace SupportPlan.Model.Tests.Identifiers;

/// <summary>A record holding every value type, for JSON tests through source-generated metadata.</summary>
public sealed record ValueTypesSample(
    SchoolCode SchoolCode,
    Prefecture Prefecture,
    BoardOfEducationCode Board,
    PhoneNumber Phone,
    NameReading Reading,
    Grade Grade,
    SchoolYear SchoolYear,
    SchoolType SchoolType,
    Establishment Establishment,
    SchoolStage Stage,
    SchoolCode? OptionalCode);
