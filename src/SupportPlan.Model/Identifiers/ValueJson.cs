using System.Text.Json;
using SupportPlan.Model.Text;

namespace SupportPlan.Model.Identifiers;

/// <summary>Shared parts of the JSON converters of the value types.</summary>
internal static class ValueJson
{
    /// <summary>Reads the current token as a string, refusing anything else.</summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <param name="typeName">The value type's name, for the message.</param>
    /// <returns>The string.</returns>
    /// <exception cref="JsonException">The token is not a string.</exception>
    public static string ReadString(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A {typeName} must be written as a JSON string, not {reader.TokenType}.");
        }

        return reader.GetString()!;
    }

    /// <summary>The exception for a value that does not parse; the message carries the code and both messages.</summary>
    /// <param name="typeName">The value type's name.</param>
    /// <param name="error">Why the value is invalid.</param>
    /// <returns>The exception.</returns>
    public static JsonException Invalid(string typeName, ParseError error) =>
        new($"Invalid {typeName}: {error.Code}: {error.MessageEn} / {error.MessageJa}");

    /// <summary>
    /// Parses <paramref name="text"/> and requires it to be in canonical form (the value's <c>ToString()</c>), so
    /// that files hold one spelling of each value.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="text">The JSON string.</param>
    /// <param name="typeName">The value type's name.</param>
    /// <param name="parse">The value type's parser.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The text is invalid or not canonical.</exception>
    public static T ParseCanonical<T>(string text, string typeName, Func<string?, ParseResult<T>> parse)
        where T : struct
    {
        var result = parse(text);
        if (!result.TryGetValue(out var value))
        {
            throw Invalid(typeName, result.Error!);
        }

        var canonical = value.ToString();
        if (!string.Equals(canonical, text, StringComparison.Ordinal))
        {
            throw Invalid(typeName, new ParseError(
                ValueErrorCodes.NotCanonical,
                $"「{text}」は正規の表記ではありません。JSON では「{canonical}」と書きます。",
                $"'{text}' is not in canonical form; JSON must hold '{canonical}'."));
        }

        return value;
    }

    /// <summary>The exception for writing the default value, which has no text.</summary>
    /// <param name="typeName">The value type's name.</param>
    /// <returns>The exception.</returns>
    public static JsonException DefaultValue(string typeName) =>
        new($"default({typeName}) holds no value and cannot be written; use a nullable {typeName}? for an absent value.");
}
