using System.Globalization;
using System.Text.RegularExpressions;

namespace SupportPlan.Interop.Tests.Schemas.Generation;

/// <summary>
/// The Japanese titles (and, where the XML documentation does not serve, the descriptions) of the schemas' types and
/// properties, read from <c>titles.ja.tsv</c> beside this file. Keys are <c>TypeName</c> for a definition and
/// <c>TypeName.PropertyName</c> (the C# names) for a property; columns: key, Japanese title, Japanese description
/// (optional: the title is used), English description (optional: the member's XML summary is used).
/// </summary>
internal sealed partial class SchemaTitles
{
    private readonly Dictionary<string, Entry> _entries;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    private SchemaTitles(Dictionary<string, Entry> entries) => _entries = entries;

    public sealed record Entry(string TitleJa, string? DescriptionJa, string? DescriptionEn);

    public static string FilePath(string repoRoot) =>
        Path.Combine(repoRoot, "tests", "SupportPlan.Interop.Tests", "Schemas", "Generation", "titles.ja.tsv");

    public static SchemaTitles Load(string path)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length is < 2 or > 4 || cells[1].Trim().Length == 0)
            {
                throw new InvalidOperationException($"{path}({lineNumber}): expected key<TAB>title[<TAB>description ja[<TAB>description en]].");
            }

            if (!entries.TryAdd(cells[0].Trim(), new Entry(
                    cells[1].Trim(),
                    cells.Length > 2 && cells[2].Trim().Length > 0 ? cells[2].Trim() : null,
                    cells.Length > 3 && cells[3].Trim().Length > 0 ? cells[3].Trim() : null)))
            {
                throw new InvalidOperationException($"{path}({lineNumber}): duplicate key {cells[0]}.");
            }
        }

        return new SchemaTitles(entries);
    }

    /// <summary>The title and the bilingual description of a member; throws when either is missing.</summary>
    public (string Title, string Description) For(string key, string? xmlSummary)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            throw new MissingTitleException(key, xmlSummary);
        }

        _used.Add(key);
        if (!JapanesePattern().IsMatch(entry.TitleJa))
        {
            throw new InvalidOperationException($"The title of {key} ('{entry.TitleJa}') is not Japanese.");
        }

        var english = entry.DescriptionEn ?? Clean(xmlSummary);
        if (english is null || !EnglishPattern().IsMatch(english))
        {
            throw new InvalidOperationException(
                $"{key} has no English description: its XML summary ('{xmlSummary}') has no English; add one in titles.ja.tsv (4th column).");
        }

        var japanese = entry.DescriptionJa ?? entry.TitleJa;
        return (entry.TitleJa, japanese + "\n" + english);
    }

    /// <summary>Keys of the table that no generated member used (stale rows).</summary>
    public IEnumerable<string> Unused() => _entries.Keys.Where(k => !_used.Contains(k)).Order(StringComparer.Ordinal);

    /// <summary>Whitespace collapsed; <see langword="null"/> when empty.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cleaned = Whitespace().Replace(text.Trim(), " ");
        return cleaned.Length == 0 ? null : cleaned;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[\u3040-\u30FF\u4E00-\u9FFF]")]
    private static partial Regex JapanesePattern();

    [GeneratedRegex(@"[A-Za-z]{3,}")]
    private static partial Regex EnglishPattern();
}

/// <summary>A generated member has no row in <c>titles.ja.tsv</c>.</summary>
internal sealed class MissingTitleException(string key, string? xmlSummary)
    : InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
        $"No Japanese title for {key} in titles.ja.tsv (XML summary: '{xmlSummary}'). Every property and definition of the published schemas needs a Japanese title and a description."))
{
    public string Key { get; } = key;
}
