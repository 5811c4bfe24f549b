namespace SupportPlan.Model.Checks;

/// <summary>
/// One finding about a plan or a file, from any layer (syntax, schema, meaning, disclosure, integrity): a stable
/// code, a severity, where (a JSON Pointer; line and column where known) and a message in Japanese and English.
/// </summary>
public sealed record Finding
{
    /// <summary>A stable code, e.g. <c>SP-SEM-001</c>; safe to match on.</summary>
    public required string Code { get; init; }

    /// <summary>Error or warning.</summary>
    public required FindingSeverity Severity { get; init; }

    /// <summary>A JSON Pointer (RFC 6901) to the member concerned; empty for the whole document.</summary>
    public required string Pointer { get; init; }

    /// <summary>The 1-based line, where known.</summary>
    public long? Line { get; init; }

    /// <summary>The 1-based column (in bytes of UTF-8), where known.</summary>
    public long? Column { get; init; }

    /// <summary>The message in Japanese.</summary>
    public required string MessageJa { get; init; }

    /// <summary>The message in English.</summary>
    public required string MessageEn { get; init; }

    /// <summary>The message in the requested language (<c>ja</c> or anything else for English).</summary>
    /// <param name="language">An ISO 639-1 language code.</param>
    /// <returns>The message.</returns>
    public string Message(string language) =>
        string.Equals(language, "ja", StringComparison.OrdinalIgnoreCase) ? MessageJa : MessageEn;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Severity.ToString().ToUpperInvariant()} {Code} {(Pointer.Length == 0 ? "/" : Pointer)}{(Line is { } l ? $" ({l}:{Column})" : "")}: {MessageEn}";
}
