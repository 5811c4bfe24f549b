using System.Text.Json;
using NJsonSchema;
using SupportPlan.Model.Calendar;
using SupportPlan.Model.Identifiers;

namespace SupportPlan.Interop.Tests.Schemas.Generation;

/// <summary>
/// The JSON shapes of the model's value types, as their converters write and read them (see the
/// <c>*JsonConverter</c> classes of SupportPlan.Model): canonical strings only, or, for the school year, a number.
/// </summary>
internal static class ValueSchemas
{
    /// <summary>The prefecture number 01–47 as a regular expression fragment.</summary>
    private const string PrefectureNumber = "(?:0[1-9]|[1-3][0-9]|4[0-7])";

    /// <summary>The characters of a canonical name reading: ぁ–ゖ, ゝ ゞ, ァ–ヺ, ・, ー, ヽ ヾ.</summary>
    private const string Kana = "[\\u3041-\\u3096\\u309D\\u309E\\u30A1-\\u30FE]";

    public const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    public const string UuidPattern = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    /// <summary>The definition names of the value types, by CLR type.</summary>
    public static IReadOnlyDictionary<Type, string> Names { get; } = new Dictionary<Type, string>
    {
        [typeof(SchoolCode)] = "SchoolCode",
        [typeof(BoardOfEducationCode)] = "BoardOfEducationCode",
        [typeof(Prefecture)] = "Prefecture",
        [typeof(Grade)] = "Grade",
        [typeof(SchoolYear)] = "SchoolYear",
        [typeof(PhoneNumber)] = "PhoneNumber",
        [typeof(NameReading)] = "NameReading",
        [typeof(DateOnly)] = "Date",
        [typeof(DateTimeOffset)] = "DateTime",
        [typeof(Guid)] = "Uuid",
    };

    public static IEnumerable<ValueTypeMapper> Mappers()
    {
        yield return new(typeof(SchoolCode), s => String(s,
            "^(?:A[12]|B1|C[12]|D[12]|E1|F[12]|G1|H[12])" + PrefectureNumber + "[1-3][1-9][0-9]{7}$"));
        yield return new(typeof(BoardOfEducationCode), s => String(s, "^" + PrefectureNumber + "[0-9]{4}$"));
        yield return new(typeof(Prefecture), s => String(s, "^" + PrefectureNumber + "$"));
        yield return new(typeof(Grade), s => String(s,
            "^(?:preschool-[1-3]|elementary-[1-6]|junior-high-[1-3]|high-school-[1-4]|compulsory-[1-9]|secondary-[1-6])$"));
        yield return new(typeof(SchoolYear), s =>
        {
            s.Type = JsonObjectType.Integer;
            s.Minimum = SchoolYear.MinStartYear;
            s.Maximum = SchoolYear.MaxStartYear;
        });
        yield return new(typeof(PhoneNumber), s => String(s,
            "^(?=(?:[^0-9]*[0-9]){3,15}[^0-9]*$)(?! )(?!.* $)\\+?[0-9() -]+$"));
        yield return new(typeof(NameReading), s => String(s, "^" + Kana + "+(?: " + Kana + "+)*$"));
        yield return new(typeof(DateOnly), s =>
        {
            String(s, DatePattern);
            s.Format = "date";
        });
        yield return new(typeof(DateTimeOffset), s =>
        {
            s.Type = JsonObjectType.String;
            s.Format = "date-time";
        });
        yield return new(typeof(Guid), s =>
        {
            String(s, UuidPattern);
            s.Format = "uuid";
        });
        yield return new(typeof(JsonElement), null);
    }

    private static void String(JsonSchema schema, string pattern)
    {
        schema.Type = JsonObjectType.String;
        schema.Pattern = pattern;
    }
}
