using System.Text.Json;
using SupportPlan.Model.Classification;

namespace SupportPlan.Model.Extensions;

/// <summary>
/// A municipality's or vendor's extra items, carried in the plan without breaking anyone else: a namespace that
/// says whose they are, the data class that says how the disclosure rules treat them, and the data as any JSON
/// object. Readers that do not know the namespace keep it and write it back unchanged. See
/// <c>docs/extensions.md</c>.
/// </summary>
public sealed record RegionalExtension
{
    /// <summary>Whose items these are, in reverse-domain form, e.g. <c>jp.hokkaido.memuro</c> or <c>com.example.vendor</c>.</summary>
    public required string Namespace { get; init; }

    /// <summary>A version of the extension's own format, e.g. <c>1</c>.</summary>
    public string? Version { get; init; }

    /// <summary>A label for people, in Japanese (e.g. 芽室町 年次提出項目).</summary>
    public string? Label { get; init; }

    /// <summary>How the disclosure rules classify the whole extension.</summary>
    public required DataClass DataClass { get; init; }

    /// <summary>The items: a JSON object.</summary>
    public required JsonElement Data { get; init; }

    /// <inheritdoc />
    public bool Equals(RegionalExtension? other) =>
        other is not null
        && string.Equals(Namespace, other.Namespace, StringComparison.Ordinal)
        && string.Equals(Version, other.Version, StringComparison.Ordinal)
        && string.Equals(Label, other.Label, StringComparison.Ordinal)
        && DataClass == other.DataClass
        && JsonElement.DeepEquals(Data, other.Data);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Namespace, Version, DataClass);
}
