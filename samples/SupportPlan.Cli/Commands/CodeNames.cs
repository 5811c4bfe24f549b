using System.Text.Json;

namespace SupportPlan.Cli.Commands;

/// <summary>Parses enum values from their kebab-case JSON names (<c>public-school</c>, <c>agency-sharing</c>).</summary>
internal static class CodeNames
{
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static T Parse<T>(string text, string option)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(Of(value), text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw new UsageException($"--{option} must be one of: {string.Join(", ", Enum.GetValues<T>().Select(Of))}");
    }
}
