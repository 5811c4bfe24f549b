using System.Globalization;

namespace SupportPlan.Model.Checks;

/// <summary>
/// The definition of a finding: its code, default severity and message templates in Japanese and English
/// (<see cref="string.Format(IFormatProvider, string, object[])"/> placeholders).
/// </summary>
/// <param name="Code">The stable code.</param>
/// <param name="Severity">The severity.</param>
/// <param name="TemplateJa">The Japanese template.</param>
/// <param name="TemplateEn">The English template.</param>
public sealed record FindingDefinition(string Code, FindingSeverity Severity, string TemplateJa, string TemplateEn)
{
    /// <summary>Creates a finding at <paramref name="pointer"/>.</summary>
    /// <param name="pointer">The JSON Pointer.</param>
    /// <param name="args">Values for the templates' placeholders.</param>
    /// <returns>The finding.</returns>
    public Finding At(string pointer, params object?[] args) => new()
    {
        Code = Code,
        Severity = Severity,
        Pointer = pointer,
        MessageJa = string.Format(CultureInfo.InvariantCulture, TemplateJa, args),
        MessageEn = string.Format(CultureInfo.InvariantCulture, TemplateEn, args),
    };
}
