using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Json.InitMembers;

namespace SupportPlan.Model.Json;

/// <summary>
/// The library's JSON conventions in one place, for every source-generated context (the model's, the rules', the
/// package's): options derived from the context's strict settings with Japanese written as is, and reading that
/// never throws for bad input.
/// </summary>
internal static class StrictJson
{
    /// <summary>Read-only options from a context: its strict settings, unescaped Japanese, LF, two-space indents.</summary>
    public static JsonSerializerOptions Options(JsonSerializerContext context, bool indented) => Options(context, indented, context);

    /// <summary>
    /// Compact options for reading only: the context's contracts, except that the model types in
    /// <paramref name="tables"/> are built through their constructors and <c>init</c> setters
    /// (<see cref="InitMemberResolver"/>) rather than System.Text.Json's parameterized-constructor path, which buffers
    /// and boxes every member. Not for writing: those contracts have no source-generated fast path.
    /// </summary>
    public static JsonSerializerOptions ReadingOptions(JsonSerializerContext context, params IEnumerable<InitMemberType>[] tables) =>
        Options(context, indented: false, new InitMemberResolver(context, tables.SelectMany(t => t)));

    private static JsonSerializerOptions Options(JsonSerializerContext context, bool indented, IJsonTypeInfoResolver resolver)
    {
        var options = new JsonSerializerOptions(context.Options)
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            WriteIndented = indented,
            IndentSize = 2,
            NewLine = "\n",
            TypeInfoResolver = resolver,
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Reads a document (a UTF-8 BOM is accepted); bad input gives findings, never an exception.</summary>
    public static (T? Value, IReadOnlyList<Finding> Findings) Read<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        try
        {
            var value = JsonSerializer.Deserialize(utf8Json, typeInfo);
            return value is null ? (null, [JsonFindings.NullDocument.At(string.Empty)]) : (value, []);
        }
        catch (JsonException e)
        {
            return (null, [JsonFindings.FromException(e)]);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            return (null, [JsonFindings.Unreadable.At(string.Empty, e.Message)]);
        }
    }
}
