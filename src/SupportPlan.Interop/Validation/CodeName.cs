using System.Text.Json;

namespace SupportPlan.Interop.Validation;

/// <summary>An enum member's name as the files spell it (kebab-case, as <c>StrictEnumConverter</c> writes it), for messages.</summary>
internal static class CodeName
{
    public static string Of(string memberName) => JsonNamingPolicy.KebabCaseLower.ConvertName(memberName);
}
