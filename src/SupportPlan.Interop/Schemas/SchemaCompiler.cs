using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SupportPlan.Interop.Schemas;

/// <summary>
/// Compiles JSON Schema documents (draft-07, the subset the published schemas use) into <see cref="SchemaNode"/>s.
/// A keyword it does not know is a build-time error, never silently ignored, so that the fast validator cannot drift
/// from the published schemas without a test failing.
/// </summary>
internal sealed class SchemaCompiler
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "id", "title", "description", "definitions", "default", "examples", "$comment", "readOnly", "writeOnly",
    };

    private readonly Dictionary<string, JsonElement> _documents;
    private readonly Dictionary<string, SchemaNode> _compiled = new(StringComparer.Ordinal);

    /// <param name="documents">The schema documents by file name (e.g. <c>supportplan-defs.schema.json</c>).</param>
    public SchemaCompiler(IReadOnlyDictionary<string, JsonElement> documents)
    {
        _documents = documents.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
    }

    /// <summary>Compiles the root of one document.</summary>
    public SchemaNode Compile(string file) => Resolve(file, "");

    private SchemaNode Resolve(string file, string pointer)
    {
        var key = file + "#" + pointer;
        if (_compiled.TryGetValue(key, out var existing))
        {
            return existing;
        }

        if (!_documents.TryGetValue(file, out var document))
        {
            throw new InvalidOperationException($"Schema '{file}' is referenced but not loaded.");
        }

        var element = Navigate(document, pointer, key);
        var node = new SchemaNode();
        _compiled[key] = node; // registered before filling, so recursive references terminate
        Fill(node, element, file, key);
        return node;
    }

    private static JsonElement Navigate(JsonElement root, string pointer, string key)
    {
        var current = root;
        if (pointer.Length == 0)
        {
            return current;
        }

        foreach (var raw in pointer.TrimStart('/').Split('/'))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                throw new InvalidOperationException($"Schema reference '{key}' does not resolve.");
            }
        }

        return current;
    }

    private SchemaNode Inline(JsonElement element, string file, string location)
    {
        var node = new SchemaNode();
        Fill(node, element, file, location);
        return node;
    }

    private void Fill(SchemaNode node, JsonElement schema, string file, string location)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"Schema at {location} is not an object.");
        }

        if (schema.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
        {
            node.TitleJa = title.GetString();
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            // Draft-07: keywords beside $ref are ignored (annotations such as title stay for messages).
            node.AllOf = [Reference(reference.GetString()!, file)];
            return;
        }

        List<SchemaNode>? allOf = null;
        foreach (var keyword in schema.EnumerateObject())
        {
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "type":
                    node.Types = value.ValueKind == JsonValueKind.Array
                        ? value.EnumerateArray().Aggregate(JsonTypes.None, (t, v) => t | TypeOf(v.GetString()!))
                        : TypeOf(value.GetString()!);
                    if ((node.Types & JsonTypes.Number) != 0)
                    {
                        node.Types |= JsonTypes.Integer;
                    }

                    break;
                case "properties":
                    var properties = new List<SchemaProperty>();
                    foreach (var property in value.EnumerateObject())
                    {
                        var child = Inline(property.Value, file, location + "/properties/" + property.Name);
                        child.TitleEn ??= property.Name;
                        child.TitleJa ??= property.Name;
                        properties.Add(new SchemaProperty(property.Name, child, false, properties.Count));
                    }

                    node.Properties = [.. properties];
                    break;
                case "required":
                    node.RequiredNames = [.. value.EnumerateArray().Select(v => v.GetString()!)];
                    break;
                case "additionalProperties":
                    if (value.ValueKind == JsonValueKind.False)
                    {
                        node.AdditionalAllowed = false;
                    }
                    else if (value.ValueKind == JsonValueKind.Object)
                    {
                        node.AdditionalProperties = Inline(value, file, location + "/additionalProperties");
                    }

                    break;
                case "items":
                    node.Items = Inline(value, file, location + "/items");
                    break;
                case "minItems":
                    node.MinItems = value.GetInt32();
                    break;
                case "maxItems":
                    node.MaxItems = value.GetInt32();
                    break;
                case "enum":
                    AddAllowed(node, value.EnumerateArray());
                    break;
                case "const":
                    AddAllowed(node, [value]);
                    break;
                case "pattern":
                    node.PatternText = value.GetString()!;
                    node.Pattern = new Regex(node.PatternText, RegexOptions.ECMAScript, TimeSpan.FromSeconds(1));
                    break;
                case "minLength":
                    node.MinLength = value.GetInt32();
                    break;
                case "maxLength":
                    node.MaxLength = value.GetInt32();
                    break;
                case "minimum":
                    node.Minimum = value.GetDecimal();
                    break;
                case "maximum":
                    node.Maximum = value.GetDecimal();
                    break;
                case "format":
                    ApplyFormat(node, value.GetString()!, location);
                    break;
                case "allOf":
                    allOf ??= [];
                    allOf.AddRange(value.EnumerateArray().Select((v, i) => Inline(v, file, location + "/allOf/" + i)));
                    break;
                case "anyOf" or "oneOf":
                    node.ExactlyOne = keyword.Name == "oneOf";
                    node.Alternatives = [.. value.EnumerateArray().Select((v, i) => Inline(v, file, location + "/" + keyword.Name + "/" + i))];
                    break;
                default:
                    if (!Annotations.Contains(keyword.Name) && !keyword.Name.StartsWith("x-", StringComparison.Ordinal))
                    {
                        throw new NotSupportedException($"Schema keyword '{keyword.Name}' at {location} is not supported by the fast validator.");
                    }

                    break;
            }
        }

        node.AllOf = allOf?.ToArray();
        if (node.RequiredNames.Length > 0 && node.Properties is null)
        {
            node.Properties = [];
        }

        if (node.Properties is { } props)
        {
            var required = node.RequiredNames.ToHashSet(StringComparer.Ordinal);
            var named = props.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            node.Properties =
            [
                .. props.Select(p => p with { Required = required.Contains(p.Name) }),
                .. node.RequiredNames.Where(n => !named.Contains(n)).Select((n, i) => new SchemaProperty(n, new SchemaNode(), true, props.Length + i)),
            ];
            var dictionary = node.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
            node.PropertyLookup = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    private SchemaNode Reference(string reference, string file)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var target = hash < 0 ? reference : reference[..hash];
        var pointer = hash < 0 ? "" : reference[(hash + 1)..];
        var targetFile = target.Length == 0 ? file : target[(target.LastIndexOf('/') + 1)..];
        return Resolve(targetFile, pointer);
    }

    private static void AddAllowed(SchemaNode node, IEnumerable<JsonElement> values)
    {
        var strings = new List<string>(node.AllowedStrings ?? []);
        var other = new List<string>(node.AllowedOther ?? []);
        foreach (var v in values)
        {
            if (v.ValueKind == JsonValueKind.String)
            {
                strings.Add(v.GetString()!);
            }
            else
            {
                other.Add(v.GetRawText());
            }
        }

        // enum and const together (the generator writes both for const) intersect; they are equal in practice.
        node.AllowedStrings = [.. strings.Distinct(StringComparer.Ordinal)];
        node.AllowedUtf8 = [.. node.AllowedStrings.Select(Encoding.UTF8.GetBytes)];
        node.AllowedOther = [.. other.Distinct(StringComparer.Ordinal)];
    }

    private static void ApplyFormat(SchemaNode node, string format, string location)
    {
        switch (format)
        {
            case "date":
                node.Format = StringFormat.Date;
                break;
            case "date-time":
                node.Format = StringFormat.DateTime;
                break;
            case "uuid" or "guid":
                node.Format = StringFormat.Uuid;
                break;
            case "int32":
                node.IntegerBits = 32;
                break;
            case "int64":
                node.IntegerBits = 64;
                break;
            default:
                throw new NotSupportedException($"Schema format '{format}' at {location} is not supported by the fast validator.");
        }
    }

    private static JsonTypes TypeOf(string name) => name switch
    {
        "null" => JsonTypes.Null,
        "boolean" => JsonTypes.Boolean,
        "object" => JsonTypes.Object,
        "array" => JsonTypes.Array,
        "number" => JsonTypes.Number,
        "integer" => JsonTypes.Integer,
        "string" => JsonTypes.String,
        _ => throw new NotSupportedException(string.Create(CultureInfo.InvariantCulture, $"Unknown JSON type '{name}'.")),
    };
}
