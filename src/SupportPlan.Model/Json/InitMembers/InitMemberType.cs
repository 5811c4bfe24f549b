using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SupportPlan.Model.Json.InitMembers;

/// <summary>
/// How to build one model type for reading without System.Text.Json's parameterized-constructor path: its
/// constructor and a typed setter for each member, in the order of the source-generated contract. The tables of
/// these (<c>*InitMembers.g.cs</c>) are generated from the contracts by a test, which fails when they drift.
/// </summary>
internal abstract class InitMemberType
{
    /// <summary>The model type.</summary>
    public abstract Type Type { get; }

    /// <summary>
    /// A contract equal to the source-generated <paramref name="template"/> (names, order, required and nullable
    /// members, converters, unmapped-member handling) but built through the constructor and the setters.
    /// </summary>
    public abstract JsonTypeInfo Create(JsonSerializerOptions options, JsonTypeInfo template);
}

/// <summary>One model type's constructor and members.</summary>
/// <typeparam name="T">The model type.</typeparam>
internal sealed class InitMemberType<T>(Func<T> create, params InitMember[] members) : InitMemberType
    where T : class
{
    public override Type Type => typeof(T);

    public override JsonTypeInfo Create(JsonSerializerOptions options, JsonTypeInfo template)
    {
        var values = new JsonObjectInfoValues<T>
        {
            ObjectCreator = create,
            PropertyMetadataInitializer = _ => Properties(options, template),
        };
        var info = JsonMetadataServices.CreateObjectInfo(options, values);
        info.NumberHandling = template.NumberHandling;
        info.UnmappedMemberHandling = template.UnmappedMemberHandling;
        info.PreferredPropertyObjectCreationHandling = template.PreferredPropertyObjectCreationHandling;
        info.OnDeserializing = template.OnDeserializing;
        info.OnDeserialized = template.OnDeserialized;
        info.OriginatingResolver = template.OriginatingResolver;
        return info;
    }

    /// <summary>The template's members, each rebuilt with its setter; a table out of step with the contract throws.</summary>
    private JsonPropertyInfo[] Properties(JsonSerializerOptions options, JsonTypeInfo template)
    {
        if (template.Properties.Count != members.Length)
        {
            throw new InvalidOperationException($"{typeof(T).Name}: {template.Properties.Count} members in the contract, {members.Length} in the table.");
        }

        var properties = new JsonPropertyInfo[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            var source = template.Properties[i];
            if (source.Name != members[i].JsonName || source.PropertyType != members[i].ValueType)
            {
                throw new InvalidOperationException($"{typeof(T).Name}: member {i} is {source.Name} in the contract, {members[i].JsonName} in the table.");
            }

            properties[i] = members[i].Create(options, source);
        }

        return properties;
    }
}

/// <summary>One member: its JSON name, value type and a typed setter (an <c>UnsafeAccessor</c> to its <c>init</c> accessor).</summary>
/// <param name="jsonName">The member's name in JSON.</param>
internal abstract class InitMember(string jsonName)
{
    /// <summary>The member's name in JSON.</summary>
    public string JsonName => jsonName;

    /// <summary>The member's value type.</summary>
    public abstract Type ValueType { get; }

    /// <summary>The member's contract: <paramref name="template"/>'s, with the typed setter.</summary>
    public abstract JsonPropertyInfo Create(JsonSerializerOptions options, JsonPropertyInfo template);
}

/// <summary>A member of type <typeparamref name="TValue"/>.</summary>
/// <typeparam name="TValue">The member's type.</typeparam>
/// <param name="jsonName">The member's name in JSON.</param>
/// <param name="set">Sets the member on an instance under construction.</param>
internal sealed class InitMember<TValue>(string jsonName, Action<object, TValue?> set) : InitMember(jsonName)
{
    public override Type ValueType => typeof(TValue);

    public override JsonPropertyInfo Create(JsonSerializerOptions options, JsonPropertyInfo template)
    {
        var get = template.Get;
        var values = new JsonPropertyInfoValues<TValue>
        {
            IsProperty = true,
            IsPublic = true,
            IsVirtual = false,
            DeclaringType = template.DeclaringType,
            Converter = (JsonConverter<TValue>?)template.CustomConverter,
            Getter = get is null ? null : o => (TValue?)get(o),
            Setter = set,
            PropertyName = JsonName,
            JsonPropertyName = template.Name,
            NumberHandling = template.NumberHandling,
        };
        var info = JsonMetadataServices.CreatePropertyInfo(options, values);
        info.IsRequired = template.IsRequired;
        info.IsGetNullable = template.IsGetNullable;
        info.IsSetNullable = template.IsSetNullable;
        info.Order = template.Order;
        info.ShouldSerialize = template.ShouldSerialize;
        info.ObjectCreationHandling = template.ObjectCreationHandling;
        return info;
    }
}
