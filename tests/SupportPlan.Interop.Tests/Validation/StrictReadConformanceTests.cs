using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FsCheck.Fluent;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Schemas;
using SupportPlan.Interop.Tests.Support;
using SupportPlan.Interop.Validation;
using SupportPlan.Interop.Versioning;
using SupportPlan.Rules.Decisions;
using SupportPlan.Testing;

namespace SupportPlan.Interop.Tests.Validation;

/// <summary>
/// The validator's fast path settles a clean package without walking the schema, on the strength of this: a document
/// the strict reader takes, whose constants <see cref="PackageValidator.HoldsSchemaConstants"/> accepts, conforms to
/// the published handover schema. Held over every one-value mistake of the sample and generated packages: members left
/// out, repeated, null, of another type or unknown, and each string, number and boolean replaced by values that break
/// the schema's enums, patterns, formats and ranges in the ways vendors do.
/// </summary>
public sealed partial class StrictReadConformanceTests
{
    private static readonly DisclosureEngine Engine = new();

    [Fact]
    public void Every_mistake_the_strict_reader_takes_conforms_to_the_schema()
    {
        var documents = SamplePackages.All.Select(s => s.Bytes).Concat(GeneratedPackages(40)).OrderBy(b => b.Length).ToList();
        var (taken, refused) = (0, 0);
        var breaks = new List<string>();
        foreach (var (label, json) in ReadingAgreement.Mutations(documents).Concat(ValueMistakes(documents)))
        {
            var read = PackageJson.ReadDetected(json, DetectedFormat.Current, PackageFormat.CurrentVersion);
            if (read.Package is null || read.Findings.Count > 0 || !PackageValidator.HoldsSchemaConstants(read.Package))
            {
                refused++;
                continue;
            }

            taken++;
            if (!StructureWalker.Conforms(json, PublishedSchemas.Schemas.Handover))
            {
                breaks.Add(label);
            }
        }

        Assert.True(breaks.Count == 0, $"{breaks.Count} documents the strict reader takes break the schema:\n{string.Join("\n", breaks.Take(40))}");
        Assert.True(taken > 3000 && refused > 4000, $"{taken} mutations taken, {refused} refused");
    }

    [Theory]
    [InlineData("/format", "supportplan-handover ")]
    [InlineData("/formatVersion", "1.00")]
    [InlineData("/digest/algorithm", "SHA-256")]
    [InlineData("/digest/canonicalization", "jcs")]
    [InlineData("/digest/value", "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    public void The_constants_the_reader_cannot_check_are_checked_on_the_package(string pointer, string value)
    {
        var root = JsonNode.Parse(SamplePackages.Nemuro.Bytes)!;
        var segments = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var parent = segments.Length == 1 ? root : root[segments[0]]!;
        parent[segments[^1]] = value;
        var json = JsonSerializer.SerializeToUtf8Bytes(root);

        var read = PackageJson.ReadDetected(json, DetectedFormat.Current, PackageFormat.CurrentVersion);
        Assert.NotNull(read.Package);
        Assert.False(PackageValidator.HoldsSchemaConstants(read.Package));
        Assert.False(StructureWalker.Conforms(json, PublishedSchemas.Schemas.Handover));
        Assert.True(PackageValidator.HoldsSchemaConstants(SamplePackages.Nemuro.Package));
    }

    /// <summary>
    /// For the first string, number and boolean of every shape (array indices ignored): the value replaced by what a
    /// vendor might write instead: another case, the C# name, padding, comma lists, local times, other date and
    /// identifier forms, empty and long strings, numbers as decimals, exponents and out of range.
    /// </summary>
    internal static IEnumerable<(string Label, byte[] Json)> ValueMistakes(IEnumerable<byte[]> documents)
    {
        var shapes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var root = JsonNode.Parse(document)!;
            foreach (var (pointer, parent, key, index) in JsonPaths.Values(root).ToList())
            {
                if (parent is null || (key is not null ? parent[key] : parent[index]) is not JsonValue value || !shapes.Add(ArrayIndex().Replace(pointer, "/*")))
                {
                    continue;
                }

                foreach (var (name, replacement) in Replacements(value))
                {
                    Set(parent, key, index, replacement);
                    yield return ($"{pointer} as {name}", JsonSerializer.SerializeToUtf8Bytes(root));
                }

                Set(parent, key, index, null);
                Set(parent, key, index, value);
            }
        }
    }

    private static IEnumerable<(string Name, JsonNode Value)> Replacements(JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                var s = value.GetValue<string>();
                string[] strings =
                [
                    "", " ", "x", "0", "99", s.ToUpperInvariant(), s.Length > 0 ? char.ToUpperInvariant(s[0]) + s[1..] : "A", Pascal(s), s.Replace("-", "", StringComparison.Ordinal),
                    " " + s, s + " ", s + "\n", "\t" + s, $"{s}, {s}", s + ",x", "{" + s + "}", s.Replace(" ", "\u3000", StringComparison.Ordinal), new string('x', 300),
                    "2026-1-1", "20260101", "2026-02-30", "2026-13-01", "+2026-01-01", "2026-11-21", "2026-11-21T09:00:00", "2026-11-21T09:00",
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

    private static IEnumerable<byte[]> GeneratedPackages(int count)
    {
        var requests =
            from plan in PlanGenerators.FullPlan
            from request in RequestGenerators.For(plan)
            select request;
        foreach (var request in requests.Sample(count, 30))
        {
            var result = Engine.Decide(request);
            if (result.IsBlocked || result.NothingDisclosed)
            {
                continue;
            }

            var createdAt = new DateTimeOffset(request.Date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(9)).AddDays(1);
            HandoverPackage package;
            try
            {
                package = HandoverPackages.Create(request, result, createdAt);
            }
            catch (InvalidOperationException)
            {
                continue; // a request the package refuses to describe (tested elsewhere)
            }

            yield return PackageJson.Serialize(package, indented: true);
        }
    }

    [GeneratedRegex(@"/\d+(?=/|$)")]
    private static partial Regex ArrayIndex();
}
