using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Namotion.Reflection;
using NJsonSchema;
using NJsonSchema.Generation;

namespace SupportPlan.Interop.Tests.Schemas.Generation;

/// <summary>
/// Makes NJsonSchema's object and enum schemas say what System.Text.Json (the model's strict source-generated
/// contexts) writes and reads: the serializer's member names and order, <c>required</c> from C# <c>required</c>
/// members, null allowed exactly where the member is nullable, no additional properties, enums as their kebab-case
/// strings, constants and patterns for the package's fixed members, and a Japanese title and a description on every
/// property.
/// </summary>
internal sealed class ModelSchemaProcessor(JsonSerializerOptions options, SchemaTitles titles, GeneratorReport report) : ISchemaProcessor
{
    public void Process(SchemaProcessorContext context)
    {
        var type = context.ContextualType.OriginalType;
        if (type.IsEnum)
        {
            ProcessEnum(type, context.Schema);
        }
        else if (context.Schema.Type.HasFlag(JsonObjectType.Object) && !ValueSchemas.Names.ContainsKey(type))
        {
            ProcessObject(type, context.Schema);
        }
    }

    private void ProcessEnum(Type type, JsonSchema schema)
    {
        report.Types[type.Name] = type;
        schema.Type = JsonObjectType.String;
        schema.Format = null;
        schema.Enumeration.Clear();
        schema.EnumerationNames.Clear();
        var values = new List<string>();
        foreach (var value in Enum.GetValues(type))
        {
            // What the converter writes: kebab-case names, or a JsonStringEnumMemberName.
            var name = JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(value, type, options))!;
            schema.Enumeration.Add(name);
            var field = type.GetField(value.ToString()!)!;
            values.Add($"{name}: {SchemaTitles.Clean(field.GetXmlDocsSummary())}");
        }

        report.EnumValues[type.Name] = values;
    }

    private void ProcessObject(Type type, JsonSchema schema)
    {
        report.Types[type.Name] = type;
        var info = options.GetTypeInfo(type);
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            throw new InvalidOperationException($"{type.Name}: System.Text.Json does not see an object ({info.Kind}).");
        }

        schema.AllowAdditionalProperties = false;
        schema.AdditionalPropertiesSchema = null;

        var generated = schema.Properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var serialized = info.Properties.Select(p => p.Name).ToList();
        if (!generated.Keys.Order(StringComparer.Ordinal).SequenceEqual(serialized.Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                $"{type.Name}: NJsonSchema generated [{string.Join(", ", generated.Keys)}] but System.Text.Json writes [{string.Join(", ", serialized)}].");
        }

        schema.Properties.Clear();
        schema.RequiredProperties.Clear();
        foreach (var stj in info.Properties)
        {
            var property = generated[stj.Name];
            var member = (PropertyInfo)stj.AttributeProvider!;
            var required = member.GetCustomAttribute<RequiredMemberAttribute>() is not null;
            if (required != stj.IsRequired)
            {
                throw new InvalidOperationException($"{type.Name}.{member.Name}: C# required is {required}, System.Text.Json IsRequired is {stj.IsRequired}.");
            }

            if (stj.Get is null || stj.Set is null)
            {
                throw new InvalidOperationException($"{type.Name}.{member.Name}: not both written and read by System.Text.Json.");
            }

            var nullable = stj.PropertyType != typeof(JsonElement) && stj.IsSetNullable;
            Reshape(property, nullable, $"{type.Name}.{member.Name}");
            Constrain(type, member, property);

            var key = $"{type.Name}.{member.Name}";
            try
            {
                var (title, description) = titles.For(key, member.GetXmlDocsSummary());
                property.Title = title;
                property.Description = description + (nullable ? NullableNote : string.Empty);
            }
            catch (InvalidOperationException e)
            {
                report.Missing.Add((key, e.Message));
            }

            property.IsRequired = false;
            schema.Properties[stj.Name] = property;
            if (required)
            {
                schema.RequiredProperties.Add(stj.Name);
            }
        }
    }

    private const string NullableNote = "\n省略可。null は省略と同じ意味です。 / Optional; null means the same as absent (writers omit it).";

    /// <summary>Null allowed or forbidden; references wrapped so that the title and description sit beside them.</summary>
    private static void Reshape(JsonSchemaProperty property, bool nullable, string key)
    {
        var target = Target(property);
        if (target is not null)
        {
            Clear(property);
            if (nullable)
            {
                property.OneOf.Add(new JsonSchema { Type = JsonObjectType.Null });
                property.OneOf.Add(new JsonSchema { Reference = target });
            }
            else
            {
                property.AllOf.Add(new JsonSchema { Reference = target });
            }

            return;
        }

        if (property.Type == JsonObjectType.None)
        {
            if (property.OneOf.Count + property.AllOf.Count + property.AnyOf.Count > 0)
            {
                throw new InvalidOperationException($"{key}: unexpected composition in the generated schema.");
            }

            return; // any value (JsonElement)
        }

        property.IsNullableRaw = null;
        property.Type = nullable ? property.Type | JsonObjectType.Null : property.Type & ~JsonObjectType.Null;
        if (property.Type.HasFlag(JsonObjectType.Array))
        {
            property.Item = Item(property.Item ?? throw new InvalidOperationException($"{key}: array without items."));
        }

        if (property.Type.HasFlag(JsonObjectType.Integer))
        {
            // System.Text.Json reads Int32 only (NumberHandling.Strict); a JSON Schema integer has no such bound.
            property.Format = null;
            property.Minimum ??= int.MinValue;
            property.Maximum ??= int.MaxValue;
        }
    }

    /// <summary>Array elements: never null (the model's lists hold non-nullable elements).</summary>
    private static JsonSchema Item(JsonSchema item)
    {
        var target = Target(item);
        if (target is not null)
        {
            return new JsonSchema { Reference = target };
        }

        item.IsNullableRaw = null;
        item.Type &= ~JsonObjectType.Null;
        return item;
    }

    private static JsonSchema? Target(JsonSchema schema) =>
        (schema.Reference ?? schema.AllOf.Concat(schema.OneOf).Concat(schema.AnyOf).FirstOrDefault(s => s.Reference is not null)?.Reference)?.ActualSchema;

    private static void Clear(JsonSchema schema)
    {
        schema.Reference = null;
        schema.AllOf.Clear();
        schema.OneOf.Clear();
        schema.AnyOf.Clear();
        schema.Type = JsonObjectType.None;
        schema.IsNullableRaw = null;
    }

    /// <summary>The fixed values and patterns of the package that the types alone do not say.</summary>
    private static void Constrain(Type type, PropertyInfo member, JsonSchemaProperty property)
    {
        switch ($"{type.Name}.{member.Name}")
        {
            case "HandoverPackage.Format":
                Const(property, SupportPlan.Interop.Packages.PackageFormat.Name);
                break;
            case "HandoverPackage.FormatVersion":
                property.Pattern = @"^1\.(0|[1-9][0-9]*)$";
                break;
            case "PackageDigest.Algorithm":
                Const(property, SupportPlan.Interop.Packages.PackageDigest.Sha256);
                break;
            case "PackageDigest.Canonicalization":
                Const(property, SupportPlan.Interop.Packages.PackageDigest.Rfc8785);
                break;
            case "PackageDigest.Value":
                property.Pattern = "^[0-9a-f]{64}$";
                break;
        }
    }

    /// <summary><c>const</c> (draft-06+) and the equivalent one-value <c>enum</c>, which NJsonSchema enforces.</summary>
    private static void Const(JsonSchemaProperty property, string value)
    {
        property.ExtensionData ??= new Dictionary<string, object?>();
        property.ExtensionData["const"] = value;
        property.Enumeration.Clear();
        property.Enumeration.Add(value);
    }
}

/// <summary>What the processors saw: the CLR type of each definition, enum value docs, and missing titles.</summary>
internal sealed class GeneratorReport
{
    public Dictionary<string, Type> Types { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<string>> EnumValues { get; } = new(StringComparer.Ordinal);

    public List<(string Key, string? XmlSummary)> Missing { get; } = [];
}
