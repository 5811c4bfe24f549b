using System.Globalization;
using System.Text;
using System.Text.Json;
using Namotion.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using NJsonSchema;
using NJsonSchema.Generation;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Packages;

namespace SupportPlan.Interop.Tests.Schemas.Generation;

/// <summary>
/// Generates the three published JSON Schemas (draft-07) of the handover format from the model with NJsonSchema:
/// <c>supportplan-defs.schema.json</c> (value types, enums and every type of the plan), <c>supportplan-plan.schema.json</c>
/// (a plan, as <c>PlanJson</c> writes it) and <c>supportplan-handover.schema.json</c> (a package, as <c>PackageJson</c>
/// writes it). The plan and handover schemas refer to the shared file with relative references.
/// </summary>
public static class SchemaGenerator
{
    public const string DefsFile = "supportplan-defs.schema.json";
    public const string PlanFile = "supportplan-plan.schema.json";
    public const string HandoverFile = "supportplan-handover.schema.json";
    public const string BaseUri = "https://supportplan.github.io/schemas/1.0/";
    public const string Draft07 = "http://json-schema.org/draft-07/schema#";

    public static IReadOnlyList<string> Files { get; } = [DefsFile, PlanFile, HandoverFile];

    /// <summary>The folder holding SupportPlan.sln, found by walking up from the test's base directory.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupportPlan.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SupportPlan.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Generates the three files' text (2-space indents, \n, final newline), by file name.</summary>
    public static IReadOnlyDictionary<string, string> Generate(string repoRoot)
    {
        var titles = SchemaTitles.Load(SchemaTitles.FilePath(repoRoot));
        var report = new GeneratorReport();
        var settings = new JsonSchemaGeneratorSettings
        {
            SchemaType = SchemaType.JsonSchema,
            FlattenInheritanceHierarchy = true,
            GenerateAbstractProperties = true,
            AlwaysAllowAdditionalObjectProperties = false,
            UseXmlDocumentation = false,
            GenerateEnumMappingDescription = false,
            DefaultReferenceTypeNullHandling = ReferenceTypeNullHandling.NotNull,
            SerializerSettings = new JsonSerializerSettings { ContractResolver = new CamelCasePropertyNamesContractResolver() },
        };
        var mappers = ValueSchemas.Mappers().ToList();
        foreach (var mapper in mappers)
        {
            settings.TypeMappers.Add(mapper);
        }

        settings.SchemaProcessors.Add(new ModelSchemaProcessor(PackageJson.Options, titles, report));

        var package = JsonSchema.FromType<HandoverPackage>(settings);
        if (report.Missing.Count > 0)
        {
            throw new InvalidOperationException(
                "Properties without a Japanese title in titles.ja.tsv:\n" +
                string.Join("\n", report.Missing.Select(m => $"{m.Key}\t\t\t{m.XmlSummary}")));
        }

        foreach (var mapper in mappers.Where(m => m.Definition is not null))
        {
            package.Definitions[ValueSchemas.Names[mapper.MappedType]] = mapper.Definition!;
        }

        var full = JObject.Parse(package.ToJson());
        var definitions = (JObject)full["definitions"]!;
        full.Remove("definitions");

        // Definition names: the CLR name, but Date, DateTime and Uuid for the framework types.
        var renames = ValueSchemas.Names.ToDictionary(p => p.Key.Name, p => p.Value, StringComparer.Ordinal);
        var renamed = new JObject();
        foreach (var (name, schema) in definitions)
        {
            var newName = renames.GetValueOrDefault(name, name);
            if (newName.Any(char.IsAsciiDigit))
            {
                throw new InvalidOperationException($"Definition {newName}: a name collision (NJsonSchema appended a number).");
            }

            renamed[newName] = schema;
        }

        RewriteRefs(full, renames, _ => "#/definitions/");
        RewriteRefs(renamed, renames, _ => "#/definitions/");

        // The shared file: everything the plan needs (and the value types); the rest is the package's own.
        var shared = Closure(renamed, "StudentSupportPlan");
        foreach (var name in ValueSchemas.Names.Values)
        {
            shared.Add(name);
        }

        foreach (var (name, schema) in renamed)
        {
            Describe(name, (JObject)schema!, titles, report);
        }

        var defsDefinitions = new JObject();
        var packageDefinitions = new JObject();
        foreach (var (name, schema) in renamed.Properties().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => (p.Name, p.Value)))
        {
            (shared.Contains(name) ? defsDefinitions : packageDefinitions)[name] = schema;
        }

        string External(string name) => shared.Contains(name) ? DefsFile + "#/definitions/" : "#/definitions/";
        RewriteRefs(full, null, External);
        RewriteRefs(packageDefinitions, null, External);

        var defs = Header(DefsFile, titles, "$defs");
        defs["definitions"] = defsDefinitions;

        var plan = Header(PlanFile, titles, "$plan");
        plan["$ref"] = DefsFile + "#/definitions/StudentSupportPlan";

        var handover = Header(HandoverFile, titles, "$handover");
        foreach (var (key, value) in full)
        {
            if (key is not ("$schema" or "title" or "description"))
            {
                handover[key] = value;
            }
        }

        handover["definitions"] = packageDefinitions;

        var unused = titles.Unused().ToList();
        if (unused.Count > 0)
        {
            throw new InvalidOperationException("Rows of titles.ja.tsv that no schema member uses (remove them): " + string.Join(", ", unused));
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [DefsFile] = Write(defs),
            [PlanFile] = Write(plan),
            [HandoverFile] = Write(handover),
        };
        foreach (var text in files.Values)
        {
            if (text.Contains("\"x-", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("NJsonSchema left a vendor keyword (x-…) in the schema.");
            }
        }

        return files;
    }

    private static JObject Header(string file, SchemaTitles titles, string key)
    {
        var (title, description) = titles.For(key, null);
        return new JObject
        {
            ["$schema"] = Draft07,
            ["$id"] = BaseUri + file,
            ["title"] = title,
            ["description"] = description,
        };
    }

    /// <summary>Title and description of a definition, with the meaning of each enum value.</summary>
    private static void Describe(string name, JObject schema, SchemaTitles titles, GeneratorReport report)
    {
        var type = report.Types.GetValueOrDefault(name) ?? ValueSchemas.Names.FirstOrDefault(p => p.Value == name).Key;
        var (title, description) = titles.For(name, type?.GetXmlDocsSummary());
        if (report.EnumValues.TryGetValue(name, out var values))
        {
            description += "\n値 / Values:\n" + string.Join("\n", values.Select(v => "- " + v));
        }

        var ordered = new JObject { ["title"] = title, ["description"] = description };
        foreach (var (key, value) in schema)
        {
            if (key is not ("title" or "description"))
            {
                ordered[key] = value;
            }
        }

        schema.RemoveAll();
        foreach (var (key, value) in ordered)
        {
            schema[key] = value;
        }
    }

    private static HashSet<string> Closure(JObject definitions, string root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([root]);
        while (queue.TryDequeue(out var name))
        {
            if (seen.Add(name))
            {
                foreach (var reference in definitions[name]!.SelectTokens("$..['$ref']"))
                {
                    queue.Enqueue(reference.Value<string>()!.Split('/')[^1]);
                }
            }
        }

        return seen;
    }

    private static void RewriteRefs(JToken token, IReadOnlyDictionary<string, string>? renames, Func<string, string> prefix)
    {
        foreach (var reference in token.SelectTokens("$..['$ref']").OfType<JValue>().ToList())
        {
            var name = reference.Value<string>()!.Split('/')[^1];
            name = renames?.GetValueOrDefault(name, name) ?? name;
            reference.Value = prefix(name) + name;
        }
    }

    /// <summary>Two-space indents, \n line ends, a final newline; Japanese as is; whole numbers without a fraction.</summary>
    public static string Write(JToken token)
    {
        foreach (var number in (token is JContainer container ? container.DescendantsAndSelf() : [token]).OfType<JValue>().Where(v => v.Type == JTokenType.Float).ToList())
        {
            var value = Convert.ToDecimal(number.Value, CultureInfo.InvariantCulture);
            if (value == decimal.Truncate(value))
            {
                number.Value = decimal.ToInt64(value);
            }
        }

        var builder = new StringBuilder();
        using (var writer = new JsonTextWriter(new StringWriter(builder, CultureInfo.InvariantCulture)) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            token.WriteTo(writer);
        }

        return builder.ToString().Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }
}
