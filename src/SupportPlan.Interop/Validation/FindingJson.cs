using System.Text.Json;
using SupportPlan.Model.Checks;

namespace SupportPlan.Interop.Validation;

/// <summary>
/// Writes a finding as the JSON object of <c>supportplan validate --format json</c>:
/// <c>{"code","severity":"error"|"warning","pointer","line","column","message"}</c>, with <c>line</c> and
/// <c>column</c> null where unknown and the message in one language. For reports of one's own that read like the tool's.
/// </summary>
public static class FindingJson
{
    /// <summary>Writes <paramref name="finding"/> as one JSON object (as an array element or a property's value).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="finding">The finding.</param>
    /// <param name="language"><c>ja</c> for the Japanese message, anything else for the English one.</param>
    public static void Write(Utf8JsonWriter writer, Finding finding, string language)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(finding);
        writer.WriteStartObject();
        writer.WriteString("code", finding.Code);
        writer.WriteString("severity", finding.Severity == FindingSeverity.Error ? "error" : "warning");
        writer.WriteString("pointer", finding.Pointer);
        NumberOrNull(writer, "line", finding.Line);
        NumberOrNull(writer, "column", finding.Column);
        writer.WriteString("message", finding.Message(language));
        writer.WriteEndObject();
    }

    private static void NumberOrNull(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
