using System.Globalization;
using System.Text;
using System.Text.Json;
using SupportPlan.Model.Checks;

namespace SupportPlan.Interop.Validation;

/// <summary>
/// Gives findings found on the model (which knows pointers, not positions) their line and column: findings are
/// buffered, and one reader pass over the document finds where each pointer's value starts.
/// </summary>
internal sealed class Locator(ReadOnlyMemory<byte> json, FindingSink sink, Func<long, (long Line, long Column)> locate)
{
    private readonly List<Finding> _pending = [];

    public void Add(Finding finding) => _pending.Add(finding);

    /// <summary>Locates the buffered findings and passes them to the sink, in the order they came.</summary>
    public void Flush()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var wanted = _pending.Where(f => f.Line is null).Select(f => f.Pointer).ToHashSet(StringComparer.Ordinal);
        var offsets = wanted.Count == 0 ? [] : Offsets(json.Span, wanted);
        foreach (var finding in _pending)
        {
            if (finding.Line is null && offsets.TryGetValue(finding.Pointer, out var offset))
            {
                var (line, column) = locate(offset);
                sink.Add(finding with { Line = line, Column = column });
            }
            else
            {
                sink.Add(finding);
            }
        }

        _pending.Clear();
    }

    /// <summary>Where the value at each wanted pointer starts (the nearest existing ancestor for pointers that do not exist).</summary>
    internal static Dictionary<string, long> Offsets(ReadOnlySpan<byte> json, HashSet<string> wanted)
    {
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pointer in wanted)
        {
            var prefix = pointer;
            while (prefixes.Add(prefix) && prefix.Length > 0)
            {
                prefix = prefix[..Math.Max(prefix.LastIndexOf('/'), 0)];
            }
        }

        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
        var path = new List<string>();
        var indices = new List<int>(); // -1 for an object level, else the next array index
        string? pendingName = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = reader.GetString();
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        indices.RemoveAt(indices.Count - 1);
                        continue;
                }

                var parent = path.Count == 0 ? null : path[^1];
                string current;
                if (parent is null)
                {
                    current = "";
                }
                else if (indices[^1] >= 0)
                {
                    current = parent + "/" + indices[^1].ToString(CultureInfo.InvariantCulture);
                    indices[^1]++;
                }
                else
                {
                    current = parent + "/" + Model.Json.JsonPointer.Escape(pendingName ?? "");
                }

                if (prefixes.Contains(current))
                {
                    found.TryAdd(current, reader.TokenStartIndex);
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    if (prefixes.Contains(current))
                    {
                        path.Add(current);
                        indices.Add(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }
        }
        catch (JsonException)
        {
            // positions are a courtesy; a document the reader cannot finish keeps what was found
        }

        foreach (var pointer in wanted.Where(p => !found.ContainsKey(p)).ToList())
        {
            var ancestor = pointer;
            while (ancestor.Length > 0 && !found.ContainsKey(ancestor))
            {
                ancestor = ancestor[..Math.Max(ancestor.LastIndexOf('/'), 0)];
            }

            if (found.TryGetValue(ancestor, out var offset))
            {
                found[pointer] = offset;
            }
        }

        return found;
    }
}
