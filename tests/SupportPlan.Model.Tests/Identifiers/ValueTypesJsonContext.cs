using System.Text.Json.Serialization;
using SupportPlan.Model.Calendar;
using SupportPlan.Model.Identifiers;

namespace SupportPlan.Model.Tests.Identifiers;

/// <summary>Source-generated JSON metadata for the value types, as a consumer with access to the converters builds it.</summary>
[JsonSerializable(typeof(ValueTypesSample))]
[JsonSerializable(typeof(SchoolCode))]
[JsonSerializable(typeof(Prefecture))]
[JsonSerializable(typeof(BoardOfEducationCode))]
[JsonSerializable(typeof(PhoneNumber))]
[JsonSerializable(typeof(NameReading))]
[JsonSerializable(typeof(Grade))]
[JsonSerializable(typeof(SchoolYear))]
[JsonSerializable(typeof(SchoolYear?))]
[JsonSerializable(typeof(Dictionary<Grade, int>))]
[JsonSerializable(typeof(Dictionary<SchoolYear, int>))]
internal sealed partial class ValueTypesJsonContext : JsonSerializerContext;
