using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SupportPlan.Model.Json.InitMembers;

/// <summary>
/// Wraps a source-generated context for reading. The source generator cannot call <c>init</c> accessors, so it reads
/// every model type through the parameterized-constructor path, which buffers each member into an argument array
/// (boxing value types) and tracks them in a bit array before building the object (dotnet/runtime#97612). For the
/// types in its tables this resolver returns the same contract built on the type's constructor and typed setters
/// instead; everything else is the context's.
/// </summary>
/// <param name="inner">The source-generated context.</param>
/// <param name="types">The types to build through their setters.</param>
internal sealed class InitMemberResolver(IJsonTypeInfoResolver inner, IEnumerable<InitMemberType> types) : IJsonTypeInfoResolver
{
    private readonly FrozenDictionary<Type, InitMemberType> _types = types.ToFrozenDictionary(t => t.Type);

    /// <inheritdoc />
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        var template = inner.GetTypeInfo(type, options);
        return template is not null && _types.TryGetValue(type, out var table) ? table.Create(options, template) : template;
    }
}
