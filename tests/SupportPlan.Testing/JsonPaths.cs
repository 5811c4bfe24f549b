using System.Text.Json.Nodes;

namespace SupportPlan.Testing;

/// <summary>Every value in a document with its JSON Pointer, for tests that break one value at a time.</summary>
public static class JsonPaths
{
    /// <summary>The JSON Pointers of every value in <paramref name="node"/>, itself first, in document order.</summary>
    /// <param name="node">The document.</param>
    /// <returns>The pointers.</returns>
    public static IEnumerable<string> Of(JsonNode node) => Values(node).Select(v => v.Pointer);

    /// <summary>
    /// Every value in <paramref name="node"/>, itself first, in document order: its pointer, the object or array
    /// holding it (null for the root) and its member name or index there. Nulls are not descended into. The caller may
    /// change a value and put it back before going on: each object's members are listed before its first one is
    /// visited.
    /// </summary>
    /// <param name="node">The document.</param>
    /// <returns>The values.</returns>
    public static IEnumerable<(string Pointer, JsonNode? Parent, string? Key, int Index)> Values(JsonNode node) =>
        Values(node, "", null, null, -1);

    private static IEnumerable<(string Pointer, JsonNode? Parent, string? Key, int Index)> Values(JsonNode node, string pointer, JsonNode? parent, string? key, int index)
    {
        yield return (pointer, parent, key, index);
        if (node is JsonObject o)
        {
            foreach (var (name, child) in o.ToList())
            {
                if (child is not null)
                {
                    foreach (var v in Values(child, pointer + "/" + name, o, name, -1))
                    {
                        yield return v;
                    }
                }
            }
        }
        else if (node is JsonArray a)
        {
            for (var i = 0; i < a.Count; i++)
            {
                if (a[i] is { } child)
                {
                    foreach (var v in Values(child, pointer + "/" + i, a, null, i))
                    {
                        yield return v;
                    }
                }
            }
        }
    }
}
