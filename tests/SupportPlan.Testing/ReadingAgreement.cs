using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Xunit;

namespace SupportPlan.Testing;

/// <summary>
/// Checks that two contracts for the same type read every document alike: the same value, or the same error (type,
/// JSON path, line, byte and message). Holds the readers' init-member contracts to the source-generated ones. One
/// difference in wording is allowed: where a value cannot be converted, the source-generated constructor path names
/// the object being built and the setter path the member's type ("could not be converted to System.Guid"), and a null
/// for a member that allows none is "the constructor parameter 'Schools'" on one and "the property or field
/// 'schools'" on the other. And one
/// difference in position: the setter path finds a repeated member after reading its value, so it reports the line
/// and byte where the value ends, not where the name does (same path).
/// </summary>
public static partial class ReadingAgreement
{
    /// <summary>Reads <paramref name="json"/> with both contracts and asserts the outcomes are the same.</summary>
    /// <typeparam name="T">The document's type.</typeparam>
    /// <param name="json">The document.</param>
    /// <param name="reference">The source-generated contract.</param>
    /// <param name="reading">The contract under test.</param>
    /// <param name="label">What the document is, for the failure message.</param>
    /// <returns>Whether the document was read (rather than refused).</returns>
    public static bool Agree<T>(byte[] json, JsonTypeInfo<T> reference, JsonTypeInfo<T> reading, string label)
    {
        var (expected, expectedError) = Read(json, reference);
        var (actual, actualError) = Read(json, reading);
        Assert.True(expectedError == actualError,
            $"{label}: the source-generated contract gives «{expectedError ?? "a value"}», the reading one «{actualError ?? "a value"}».");
        Assert.True(expectedError is not null || Equals(expected, actual), $"{label}: the two contracts read different values.");
        return expectedError is null;
    }

    private static (T? Value, string? Error) Read<T>(byte[] json, JsonTypeInfo<T> info)
    {
        try
        {
            return (JsonSerializer.Deserialize(json, info), null);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or FormatException or ArgumentException)
        {
            var at = e is not JsonException j ? ""
                : e.Message.StartsWith("Duplicate property", StringComparison.Ordinal) ? $" at {j.Path}"
                : $" at {j.Path} (line {j.LineNumber}, byte {j.BytePositionInLine})";
            return (default, $"{e.GetType().Name}{at}: {Normalized(e.Message)}");
        }
    }

    /// <summary>
    /// One-value mutations, for the first occurrence of every member and array element (array indices ignored) in
    /// the documents, in their order: the member left out or repeated; the value replaced by null, a string, a number,
    /// an array or an object; and an unknown member added to the value when it is an object.
    /// </summary>
    /// <param name="documents">The documents, smallest first, so that each shape comes from the smallest holding it.</param>
    /// <returns>A label and the mutated bytes for each mutation.</returns>
    public static IEnumerable<(string Label, byte[] Json)> Mutations(IEnumerable<byte[]> documents)
    {
        foreach (var (root, pointer, parent, key, index, value) in FirstOfEachShape(documents))
        {
            if (key is not null)
            {
                var obj = parent.AsObject();
                var at = obj.IndexOf(key);
                obj.Remove(key);
                yield return ($"{pointer} left out", Bytes(root));
                obj.Insert(at, key, value);
                yield return ($"{pointer} repeated", Repeated(root, obj, key));
            }

            foreach (var (name, replacement) in Replacements())
            {
                Set(parent, key, index, replacement());
                yield return ($"{pointer} as {name}", Bytes(root));
                Set(parent, key, index, null);
                Set(parent, key, index, value);
            }

            if (value is JsonObject o)
            {
                o["unknownMember"] = 1;
                yield return ($"{pointer} with an unknown member", Bytes(root));
                o.Remove("unknownMember");
            }
        }
    }

    /// <summary>
    /// One-value mistakes of another kind, for the first string, number and boolean of every member and array element
    /// (array indices ignored) in the documents: the value replaced by what a vendor might write instead — another
    /// letter case, the C# name, padding, comma lists, local times, other date and identifier forms, empty and long
    /// strings; numbers as decimals, exponents and out of range; the other boolean.
    /// </summary>
    /// <param name="documents">The documents, smallest first, so that each shape comes from the smallest holding it.</param>
    /// <returns>A label and the mutated bytes for each mutation.</returns>
    public static IEnumerable<(string Label, byte[] Json)> ValueMutations(IEnumerable<byte[]> documents)
    {
        foreach (var (root, pointer, parent, key, index, found) in FirstOfEachShape(documents))
        {
            if (found is not JsonValue value)
            {
                continue;
            }

            foreach (var (name, replacement) in ValueReplacements(value))
            {
                Set(parent, key, index, replacement);
                yield return ($"{pointer} as {name}", Bytes(root));
                Set(parent, key, index, null);
            }

            Set(parent, key, index, value);
        }
    }

    /// <summary>
    /// The first value of every shape (its pointer with array indices ignored) in the documents, below the root, with
    /// the document's root, the value's pointer, the object or array holding it and its member name or index there.
    /// The caller may change the value while it has it, and must put it back before asking for the next.
    /// </summary>
    private static IEnumerable<(JsonNode Root, string Pointer, JsonNode Parent, string? Key, int Index, JsonNode? Value)> FirstOfEachShape(IEnumerable<byte[]> documents)
    {
        var shapes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var root = JsonNode.Parse(document)!;
            foreach (var (pointer, parent, key, index) in JsonPaths.Values(root))
            {
                if (parent is not null && shapes.Add(ArrayIndex().Replace(pointer, "/*")))
                {
                    yield return (root, pointer, parent, key, index, key is not null ? parent[key] : parent[index]);
                }
            }
        }
    }

    private static IEnumerable<(string Name, JsonNode Value)> ValueReplacements(JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                var s = value.GetValue<string>();
                string[] strings =
                [
                    "", " ", "x", "0", "99", s.ToUpperInvariant(), s.Length > 0 ? char.ToUpperInvariant(s[0]) + s[1..] : "A", Pascal(s), s.Replace("-", "", StringComparison.Ordinal),
                    " " + s, s + " ", s + "\n", "\t" + s, $"{s}, {s}", s + ",x", "{" + s + "}", s.Replace(" ", "\u3000", StringComparison.Ordinal), new string('x', 300),
                    "2026-1-1", "20260101", "2026-02-30", "2026-13-01", "+2026-01-01", "2026-11-21", "2026-11-21T09:00:00", "2026-11-21T09:00", "2026-11-21T09:00+09:00",
                    "2026-11-21 09:00:00+09:00", "2026-11-21t09:00:00z", "2026-11-21T09:00:00+0900", "2026-11-21T24:00:00Z", "2026-11-21T09:00:00.1234567+09:00",
                    "A1101000000001", "A110100000000", "6F1C2A6E-2F7B-4F35-9A57-0B1F5B7F7C11", "6f1c2a6e2f7b4f359a570b1f5b7f7c11",
                ];
                foreach (var other in strings.Distinct(StringComparer.Ordinal).Where(o => o != s))
                {
                    yield return ($"\"{other}\"", JsonValue.Create(other));
                }

                break;
            case JsonValueKind.Number:
                foreach (var number in new[] { "0", "-1", "1.0", "1.5", "1e0", "1E2", "-0", "12", "13", "1899", "1900", "2200", "2201", "100000", "2147483648", "-2147483649" })
                {
                    yield return (number, JsonNode.Parse(number)!);
                }

                break;
            case JsonValueKind.True or JsonValueKind.False:
                yield return ("the other boolean", JsonValue.Create(value.GetValueKind() == JsonValueKind.False));
                break;
        }
    }

    private static string Pascal(string code) =>
        string.Concat(code.Split('-').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    private static IEnumerable<(string Name, Func<JsonNode?> Value)> Replacements() =>
    [
        ("null", () => null),
        ("a string", () => JsonValue.Create("x")),
        ("a number", () => JsonValue.Create(1)),
        ("an array", () => new JsonArray()),
        ("an object", () => new JsonObject()),
    ];

    private static void Set(JsonNode parent, string? key, int index, JsonNode? value)
    {
        if (key is not null)
        {
            parent[key] = value;
        }
        else
        {
            parent[index] = value;
        }
    }

    private static byte[] Bytes(JsonNode root) => JsonSerializer.SerializeToUtf8Bytes(root);

    /// <summary>The document with <paramref name="key"/> written twice in its object (a JsonObject cannot hold it twice).</summary>
    private static byte[] Repeated(JsonNode root, JsonObject obj, string key)
    {
        const string Marker = "__repeated__";
        obj[Marker] = 0;
        var text = root.ToJsonString();
        obj.Remove(Marker);
        var member = $"{JsonSerializer.Serialize(key)}:{obj[key]?.ToJsonString() ?? "null"}";
        return Encoding.UTF8.GetBytes(text.Replace($"\"{Marker}\":0", member, StringComparison.Ordinal));
    }

    /// <summary>System.Text.Json's message with the two wordings that differ between the paths made one.</summary>
    private static string Normalized(string message)
    {
        message = ConvertedTo().Replace(message, "could not be converted to T. ");
        return NullNotAllowed().Replace(message, m => $"'{m.Groups["name"].Value.ToUpperInvariant()}' on type '{m.Groups["type"].Value}' does not allow null.");
    }

    [GeneratedRegex(@"could not be converted to \S+?\. ")]
    private static partial Regex ConvertedTo();

    [GeneratedRegex(@"The (constructor parameter|property or field) '(?<name>[^']+)' on type '(?<type>[^']+)' doesn't allow (setting )?null values\.")]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"/\d+(?=/|$)")]
    private static partial Regex ArrayIndex();
}
