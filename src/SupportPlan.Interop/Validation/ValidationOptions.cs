using SupportPlan.Rules.Policy;

namespace SupportPlan.Interop.Validation;

/// <summary>What a validation checks and its limits.</summary>
public sealed record ValidationOptions
{
    /// <summary>The default cap on findings per file: 500. Beyond it findings are counted, not listed (SP-IO-003).</summary>
    public const int DefaultMaxFindings = 500;

    /// <summary>The default size limit: 64 MiB, far above the largest real plan (about 0.2 MiB).</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>The default nesting limit: 64, the model's own (a plan nests at most about 10 deep).</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The most findings listed per file.</summary>
    public int MaxFindings { get; init; } = DefaultMaxFindings;

    /// <summary>The largest file accepted, in bytes.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>The deepest nesting accepted.</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>The disclosure policy the disclosure layer re-decides with (a municipality's own, or the default).</summary>
    public DisclosurePolicy Policy { get; init; } = DefaultDisclosurePolicy.Instance;

    /// <summary>How many files a batch validates at once; by default the processor count.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Skips the fast path, so every file goes through the layers one by one (the tests compare the two paths).
    /// </summary>
    internal bool LayeredOnly { get; init; }
}
