using System.Runtime.InteropServices;
using System.Text;
using SupportPlan.Model.Classification;
using SupportPlan.Rules.Policy;

namespace SupportPlan.Interop.Json;

/// <summary>
/// The strings a disclosure report repeats from the item catalogue and the default policy (item ids, pointers and
/// labels, article ids and citations, rule ids), looked up by their UTF-8 bytes, so that the fast reader can take the
/// string already made instead of transcoding and allocating it again: a report holds each of them once per item, a
/// third of a typical package's text. A string not found is read as any other; the value read is the same either way.
/// </summary>
internal static class KnownStrings
{
    // An open hash table: a bucket holds the index of its first entry plus one; each entry the next one's.
    private const int BucketBits = 10;

    private static readonly int[] Buckets = new int[1 << BucketBits];
    private static readonly List<(byte[] Utf8, string Value, int Next)> Entries = [];

    static KnownStrings()
    {
        var policy = DefaultDisclosurePolicy.Instance;
        var strings = PlanItemCatalog.All.SelectMany(i => i.Pointers.Prepend(i.LabelEn).Prepend(i.LabelJa).Prepend(i.Id))
            .Concat(policy.Articles.SelectMany(a => new[] { a.Id, a.CitationJa, a.CitationEn }))
            .Concat(policy.Exceptions.Select(r => r.Id))
            .Concat(policy.FamilyRules.Select(r => r.Id))
            .Distinct(StringComparer.Ordinal);
        foreach (var value in strings)
        {
            var utf8 = Encoding.UTF8.GetBytes(value);
            var bucket = Bucket(utf8);
            Entries.Add((utf8, value, Buckets[bucket]));
            Buckets[bucket] = Entries.Count;
        }
    }

    /// <summary>How many strings are known (for tests).</summary>
    public static int Count => Entries.Count;

    /// <summary>Finds the string whose UTF-8 is <paramref name="utf8"/>.</summary>
    /// <param name="utf8">A string's UTF-8 bytes (without quotes or escapes).</param>
    /// <param name="value">The string, when it is known.</param>
    /// <returns>True when it is known.</returns>
    public static bool TryGet(ReadOnlySpan<byte> utf8, out string value)
    {
        var entries = CollectionsMarshal.AsSpan(Entries);
        for (var next = Buckets[Bucket(utf8)]; next != 0; next = entries[next - 1].Next)
        {
            ref readonly var entry = ref entries[next - 1];
            if (utf8.SequenceEqual(entry.Utf8))
            {
                value = entry.Value;
                return true;
            }
        }

        value = string.Empty;
        return false;
    }

    /// <summary>A bucket from the length and the first and last eight bytes (the strings share prefixes, not ends).</summary>
    private static int Bucket(ReadOnlySpan<byte> utf8)
    {
        var hash = (ulong)utf8.Length * 0x9E3779B97F4A7C15UL;
        if (utf8.Length >= 8)
        {
            hash = (hash ^ MemoryMarshal.Read<ulong>(utf8)) * 0xFF51AFD7ED558CCDUL;
            hash ^= MemoryMarshal.Read<ulong>(utf8[^8..]);
        }
        else
        {
            foreach (var b in utf8)
            {
                hash = (hash ^ b) * 0x100000001B3UL;
            }
        }

        hash *= 0xC4CEB9FE1A85EC53UL;
        return (int)(hash >> (64 - BucketBits));
    }
}
