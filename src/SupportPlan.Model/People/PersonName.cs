using SupportPlan.Model.Identifiers;

namespace SupportPlan.Model.People;

/// <summary>A person's name as written (名前) with its reading (よみがな).</summary>
public sealed record PersonName
{
    /// <summary>名前: the name as written, e.g. <c>根室 太郎</c>.</summary>
    public required string Name { get; init; }

    /// <summary>よみがな: the reading, in hiragana or katakana.</summary>
    public NameReading? Reading { get; init; }

    /// <inheritdoc />
    public override string ToString() => Reading is { } r ? $"{Name} ({r})" : Name;
}
