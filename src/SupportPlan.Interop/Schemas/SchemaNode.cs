using System.Text.RegularExpressions;

namespace SupportPlan.Interop.Schemas;

/// <summary>The JSON types a schema node accepts, as flags.</summary>
[Flags]
internal enum JsonTypes
{
    None = 0,
    Null = 1,
    Boolean = 2,
    Object = 4,
    Array = 8,
    Number = 16,
    Integer = 32,
    String = 64,
    Any = Null | Boolean | Object | Array | Number | Integer | String,
}

/// <summary>The formats the structure layer checks the way the strict reader reads them.</summary>
internal enum StringFormat
{
    None,
    Date,
    DateTime,
    Uuid,
}

/// <summary>A member of an object node.</summary>
internal sealed record SchemaProperty(string Name, SchemaNode Node, bool Required, int Index)
{
    /// <summary>The name as UTF-8, compared with unescaped member names without decoding them.</summary>
    public byte[] NameUtf8 { get; } = System.Text.Encoding.UTF8.GetBytes(Name);
}

/// <summary>
/// One compiled JSON Schema (the subset the published schemas use). Built by <see cref="SchemaCompiler"/>; immutable
/// once built, so one compiled set is shared by every validation on every thread.
/// </summary>
internal sealed class SchemaNode
{
    public JsonTypes Types { get; set; } = JsonTypes.Any;

    public string? TitleJa { get; set; }

    public string? TitleEn { get; set; }

    public SchemaProperty[]? Properties { get; set; }

    public Dictionary<string, SchemaProperty>.AlternateLookup<ReadOnlySpan<char>> PropertyLookup { get; set; }

    public string[] RequiredNames { get; set; } = [];

    /// <summary>Whether members not in <see cref="Properties"/> are allowed (and then checked against <see cref="AdditionalProperties"/>).</summary>
    public bool AdditionalAllowed { get; set; } = true;

    public SchemaNode? AdditionalProperties { get; set; }

    public SchemaNode? Items { get; set; }

    public int? MinItems { get; set; }

    public int? MaxItems { get; set; }

    /// <summary>Allowed string values (enum or const), as strings and as UTF-8 for comparison without allocation.</summary>
    public string[]? AllowedStrings { get; set; }

    public byte[][]? AllowedUtf8 { get; set; }

    /// <summary>Allowed values of other types (enum/const of numbers, booleans or null), as raw JSON text.</summary>
    public string[]? AllowedOther { get; set; }

    public Regex? Pattern { get; set; }

    public string? PatternText { get; set; }

    public int? MinLength { get; set; }

    public int? MaxLength { get; set; }

    public decimal? Minimum { get; set; }

    public decimal? Maximum { get; set; }

    /// <summary>Whether integers must fit in 32 bits (<c>format: int32</c>) or 64 bits (<c>int64</c>).</summary>
    public int IntegerBits { get; set; }

    public StringFormat Format { get; set; }

    /// <summary>Every one of these must also hold (<c>allOf</c>, and a sibling <c>$ref</c>).</summary>
    public SchemaNode[]? AllOf { get; set; }

    /// <summary>At least one (anyOf) or exactly one (oneOf) of these must hold.</summary>
    public SchemaNode[]? Alternatives { get; set; }

    public bool ExactlyOne { get; set; }

    /// <summary>The types this node can accept at all (see <see cref="SchemaTypes"/>); computed once.</summary>
    public JsonTypes? AcceptedCache { get; set; }

    /// <summary>Whether a string value needs to be materialised to be checked.</summary>
    public bool NeedsStringValue => Pattern is not null || MinLength is not null || MaxLength is not null || Format != StringFormat.None;

    public string Title(bool japanese) => (japanese ? TitleJa ?? TitleEn : TitleEn ?? TitleJa) ?? "";
}
