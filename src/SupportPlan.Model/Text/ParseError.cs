namespace SupportPlan.Model.Text;

/// <summary>
/// Why a piece of text could not be read as a value: a stable code and a message in Japanese and English.
/// </summary>
/// <param name="Code">A stable code such as <c>SP-VAL-001</c>, safe to match on.</param>
/// <param name="MessageJa">The message in Japanese.</param>
/// <param name="MessageEn">The message in English.</param>
public sealed record ParseError(string Code, string MessageJa, string MessageEn)
{
    /// <summary>The message in the requested language (<c>ja</c> or anything else for English).</summary>
    /// <param name="language">An ISO 639-1 language code; <c>ja</c> selects Japanese.</param>
    /// <returns>The message text.</returns>
    public string Message(string language) =>
        string.Equals(language, "ja", StringComparison.OrdinalIgnoreCase) ? MessageJa : MessageEn;

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {MessageEn} / {MessageJa}";
}
