using NJsonSchema;
using NJsonSchema.Generation.TypeMappers;

namespace SupportPlan.Interop.Tests.Schemas.Generation;

/// <summary>
/// Maps a type that has its own System.Text.Json converter (a value type written as a string or a number) to the
/// schema of what the converter writes and reads. NJsonSchema 10.7.2 does not add the schemas of reference-using type
/// mappers to the definitions, so each use refers to one shared <see cref="Definition"/> that the generator adds.
/// </summary>
internal sealed class ValueTypeMapper : ITypeMapper
{
    public ValueTypeMapper(Type type, Action<JsonSchema>? describe)
    {
        MappedType = type;
        if (describe is not null)
        {
            Definition = new JsonSchema();
            describe(Definition);
        }
    }

    public Type MappedType { get; }

    /// <summary>The shared definition; <see langword="null"/> for a mapping to any value (<c>{}</c>).</summary>
    public JsonSchema? Definition { get; }

    public bool UseReference => false;

    public void GenerateSchema(JsonSchema schema, TypeMapperContext context)
    {
        if (Definition is not null)
        {
            schema.Reference = Definition;
        }
    }
}
