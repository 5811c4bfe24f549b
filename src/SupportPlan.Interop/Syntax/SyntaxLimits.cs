namespace SupportPlan.Interop.Syntax;

/// <summary>The limits the syntax layer enforces.</summary>
/// <param name="MaxBytes">The largest file accepted, in bytes.</param>
/// <param name="MaxDepth">The deepest nesting of objects and arrays accepted (the top-level object is depth 1).</param>
internal sealed record SyntaxLimits(long MaxBytes, int MaxDepth)
{
    /// <summary>64 MiB and 64 levels (System.Text.Json's default depth).</summary>
    public static SyntaxLimits Default { get; } = new(64L * 1024 * 1024, 64);
}

/// <summary>What the syntax layer concluded about a file.</summary>
/// <param name="WellFormed">
/// Whether the later layers may parse the file: <see langword="false"/> exactly when the syntax layer found an error
/// (see <see cref="SyntaxLayer"/>).
/// </param>
/// <param name="Start">The offset where the JSON text starts: 3 after a UTF-8 byte-order mark, 0 otherwise.</param>
/// <param name="Lines">The map from byte offsets to lines and columns, over the whole input (mark included).</param>
internal sealed record SyntaxOutcome(bool WellFormed, int Start, LineMap Lines);
