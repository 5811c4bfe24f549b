using System.Text.Json.Nodes;

namespace SupportPlan.Interop.Tests.Support;

/// <summary>The JSON Pointers of every value in a document, for tests that break one value at a time.</summary>
internal static class JsonPaths
{
    public static IEnumerable<string> Of(JsonNode node, string path = "")
    {
        yield return path;
        if (node is JsonObject o)
        {
            foreach (var (key, child) in o)
            {
                if (child is not null)
                {
                    foreach (var p in Of(child, path + "/" + key))
                    {
                        yield return p;
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
                    foreach (var p in Of(child, path + "/" + i))
                    {
                        yield return p;
                    }
                }
            }
        }
    }
}
