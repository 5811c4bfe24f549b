using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SupportPlan.Interop.Json;
using SupportPlan.Model.Json;
using SupportPlan.Rules.Json;

namespace SupportPlan.Interop.Tests.InitMembers;

/// <summary>
/// Writes the <c>*InitMembers.g.cs</c> files: for every model type a source-generated context reads through the
/// parameterized-constructor path (its members are <c>init</c>-only), an <c>UnsafeAccessor</c> to its constructor and
/// to each member's setter, in the order of the context's contract. Generated from the contracts themselves, so the
/// tables cannot drift from what System.Text.Json reads (<see cref="InitMemberSourceTests"/>).
/// </summary>
internal static class InitMemberSource
{
    /// <summary>Per assembly: the file it is written to, its namespace and class.</summary>
    private static readonly (Assembly Assembly, string File, string Namespace, string Class)[] Targets =
    [
        (typeof(PlanJson).Assembly, "src/SupportPlan.Model/Json/InitMembers/ModelInitMembers.g.cs", "SupportPlan.Model.Json.InitMembers", "ModelInitMembers"),
        (typeof(RulesJson).Assembly, "src/SupportPlan.Rules/Json/RulesInitMembers.g.cs", "SupportPlan.Rules.Json", "RulesInitMembers"),
        (typeof(PackageJson).Assembly, "src/SupportPlan.Interop/Json/InteropInitMembers.g.cs", "SupportPlan.Interop.Json", "InteropInitMembers"),
    ];

    /// <summary>The contexts and the options their public readers are built from.</summary>
    private static readonly (Type Context, JsonSerializerOptions Options)[] Contexts =
    [
        (typeof(SupportPlanJsonContext), PlanJson.Options),
        (typeof(RulesJsonContext), RulesJson.Options),
        (typeof(InteropJsonContext), PackageJson.Options),
    ];

    /// <summary>The model types read through the constructor path, each with its contract's members.</summary>
    public static IReadOnlyList<(Type Type, IReadOnlyList<JsonPropertyInfo> Members)> Types()
    {
        var found = new Dictionary<Type, IReadOnlyList<JsonPropertyInfo>>();
        foreach (var (context, options) in Contexts)
        {
            var seen = new HashSet<Type>();
            foreach (var root in context.GetCustomAttributesData().Where(a => a.AttributeType == typeof(JsonSerializableAttribute)))
            {
                Visit((Type)root.ConstructorArguments[0].Value!, options, seen, found);
            }
        }

        return [.. found.OrderBy(t => t.Key.FullName, StringComparer.Ordinal).Select(t => (t.Key, t.Value))];
    }

    private static void Visit(Type type, JsonSerializerOptions options, HashSet<Type> seen, Dictionary<Type, IReadOnlyList<JsonPropertyInfo>> found)
    {
        if (!seen.Add(type))
        {
            return;
        }

        var info = options.GetTypeInfo(type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                if (info.PolymorphismOptions is not null)
                {
                    throw new NotSupportedException($"{type}: polymorphic types are not covered.");
                }

                // Types with a real constructor (positional records) stay on the constructor path.
                if (info.CreateObject is null && !type.IsAbstract && !type.IsValueType
                    && type.GetConstructor(BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is not null)
                {
                    var members = info.Properties.ToList();
                    if (found.TryGetValue(type, out var other) && !other.Select(p => (p.Name, p.PropertyType)).SequenceEqual(members.Select(p => (p.Name, p.PropertyType))))
                    {
                        throw new InvalidOperationException($"{type}: the contexts disagree on its members.");
                    }

                    found[type] = members;
                }

                foreach (var property in info.Properties)
                {
                    Visit(property.PropertyType, options, seen, found);
                }

                break;
            case JsonTypeInfoKind.Enumerable:
                Visit(info.ElementType!, options, seen, found);
                break;
            case JsonTypeInfoKind.Dictionary:
                Visit(info.KeyType!, options, seen, found);
                Visit(info.ElementType!, options, seen, found);
                break;
        }
    }

    /// <summary>
    /// The generated class that holds a model type's accessors (<c>New_{type}</c>, and <c>Set_{declaring type}_{member}</c>
    /// for each of its members), which other generated code calls too.
    /// </summary>
    /// <param name="type">A model type from <see cref="Types"/>.</param>
    public static string AccessorClass(Type type)
    {
        var (_, _, ns, className) = Targets.Single(t => t.Assembly == type.Assembly);
        return $"global::{ns}.{className}";
    }

    /// <summary>The name of the accessor to a member's setter, in its type's <see cref="AccessorClass"/>.</summary>
    /// <param name="property">The member's C# property.</param>
    public static string SetterName(PropertyInfo property) => $"Set_{Identifier(property.DeclaringType!)}_{property.Name}";

    /// <summary>The generated files, by path relative to the repository root.</summary>
    public static IReadOnlyDictionary<string, string> Generate()
    {
        var types = Types();
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (assembly, file, ns, className) in Targets)
        {
            files[file] = Source(ns, className, [.. types.Where(t => t.Type.Assembly == assembly)]);
        }

        var unplaced = types.Where(t => Targets.All(target => target.Assembly != t.Type.Assembly)).Select(t => t.Type.FullName).ToList();
        return unplaced.Count == 0 ? files : throw new InvalidOperationException($"No file for {string.Join(", ", unplaced)}.");
    }

    private static string Source(string ns, string className, IReadOnlyList<(Type Type, IReadOnlyList<JsonPropertyInfo> Members)> types)
    {
        var table = new StringBuilder();
        var accessors = new StringBuilder();
        var setters = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (type, members) in types)
        {
            CheckInitializers(type, members);
            table.Append("        new InitMemberType<").Append(Name(type)).Append(">(New_").Append(Identifier(type));
            accessors.Append("    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]\n    internal static extern ")
                .Append(Name(type)).Append(" New_").Append(Identifier(type)).Append("();\n\n");
            foreach (var member in members)
            {
                var property = (PropertyInfo)member.AttributeProvider!;
                var declaring = property.DeclaringType!;
                if (property.SetMethod is null)
                {
                    throw new NotSupportedException($"{type}.{property.Name} has no setter.");
                }

                var setter = SetterName(property);
                table.Append(",\n            new InitMember<").Append(Name(member.PropertyType)).Append(">(\"").Append(member.Name)
                    .Append("\", static (o, v) => ").Append(setter).Append("((").Append(Name(declaring)).Append(")o, v))");
                if (setters.Add(setter))
                {
                    accessors.Append("    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = \"").Append(property.SetMethod.Name).Append("\")]\n    internal static extern void ")
                        .Append(setter).Append('(').Append(Name(declaring)).Append(" o, ").Append(Name(member.PropertyType))
                        .Append(member.PropertyType.IsValueType ? "" : "?").Append(" v);\n\n");
                }
            }

            table.Append("),\n");
        }

        return $$"""
            // <auto-generated/>
            // Written by InitMemberSourceTests (tests/SupportPlan.Interop.Tests/InitMembers) from the source-generated JSON contracts;
            // do not edit: run the tests with SUPPORTPLAN_UPDATE_INIT_MEMBERS=1 to rewrite it.
            #nullable enable

            using System.Runtime.CompilerServices;
            using SupportPlan.Model.Json.InitMembers;

            namespace {{ns}};

            /// <summary>This assembly's model types as <see cref="InitMemberResolver"/> builds them for reading: {{types.Count}} types.</summary>
            internal static class {{className}}
            {
                /// <summary>Every type, with its members in contract order.</summary>
                public static InitMemberType[] All { get; } =
                [
            {{table.ToString().TrimEnd('\n')}}
                ];

            {{accessors.ToString().TrimEnd('\n')}}
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>
    /// The constructor path sets a member the document leaves out to its type's default (through its setter); the
    /// setter path leaves it as the constructor made it. They read alike only where the two agree for every optional
    /// member.
    /// </summary>
    private static void CheckInitializers(Type type, IReadOnlyList<JsonPropertyInfo> members)
    {
        foreach (var member in members.Where(m => !m.IsRequired))
        {
            var property = (PropertyInfo)member.AttributeProvider!;
            var untouched = property.GetValue(New(type));
            var defaulted = New(type);
            property.SetValue(defaulted, member.PropertyType.IsValueType ? Activator.CreateInstance(member.PropertyType) : null);
            if (!Equals(untouched, property.GetValue(defaulted)))
            {
                throw new NotSupportedException($"{type.Name}.{member.Name} starts at {untouched}, not at what its setter makes of its type's default: make it required in JSON.");
            }
        }
    }

    private static object New(Type type)
    {
        var instance = RuntimeHelpers.GetUninitializedObject(type);
        type.GetConstructor(Type.EmptyTypes)!.Invoke(instance, null);
        return instance;
    }

    internal static string Name(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : "global::" + type.Namespace + "." + type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        return name[..name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
    }

    internal static string Identifier(Type type) =>
        type.IsGenericType
            ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "_" + string.Join("_", type.GetGenericArguments().Select(Identifier))
            : (type.IsNested ? Identifier(type.DeclaringType!) + "_" : "") + type.Name;
}
