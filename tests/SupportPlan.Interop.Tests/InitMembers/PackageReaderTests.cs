using System.Text;
using System.Text.Json.Nodes;
using FsCheck.Fluent;
using SupportPlan.Interop.Integrity;
using SupportPlan.Interop.Json;
using SupportPlan.Model.Collections;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Tests.Support;
using SupportPlan.Interop.Tests.Validation;
using SupportPlan.Interop.Validation;
using SupportPlan.Interop.Versioning;
using SupportPlan.Model.Classification;
using SupportPlan.Rules.Policy;
using SupportPlan.Testing;

namespace SupportPlan.Interop.Tests.InitMembers;

/// <summary>
/// The fast reader (<see cref="PackageReader"/>, generated from the reading contracts) reads a document as the
/// contract does or not at all: it reads every package this library writes, the same package; and over every
/// one-value mistake it reads nothing the contract refuses and nothing other than what the contract reads.
/// </summary>
public sealed class PackageReaderTests
{
    /// <summary>What the reading contract reads (as the fast path used it before this reader), or null where it refuses.</summary>
    private static HandoverPackage? Contract(byte[] json) =>
        PackageJson.ReadDetected(json, DetectedFormat.Current, PackageFormat.CurrentVersion) is { Findings.Count: 0, Package: { } package } ? package : null;

    /// <summary>The reader reads nothing the contract does not read alike; returns whether it read the document.</summary>
    private static bool Agrees(byte[] json, string label)
    {
        var read = PackageReader.TryRead(json);
        if (read is null)
        {
            return false;
        }

        var contract = Contract(json);
        Assert.True(contract is not null, $"{label}: the fast reader reads what the contract refuses.");
        Assert.True(contract.Equals(read), $"{label}: the fast reader reads another package than the contract.");
        return true;
    }

    /// <summary>The file as the reader writes it for the digest: compact, members in the order written.</summary>
    private static byte[] CompactText(byte[] file)
    {
        using var text = new CanonicalText(file.Length);
        Assert.NotNull(PackageReader.TryRead(file, ValidationOptions.DefaultMaxDepth, text));
        return text.Text.ToArray();
    }

    [Theory]
    [MemberData(nameof(SamplePackages.Names), MemberType = typeof(SamplePackages))]
    public void Every_sample_package_reads_as_written_compact_indented_and_as_the_reader_writes_it_for_the_digest(string name)
    {
        var sample = SamplePackages.Named(name);
        foreach (var json in new[] { sample.Bytes, PackageJson.Serialize(sample.Package), CompactText(sample.Bytes) })
        {
            Assert.True(Agrees(json, name), $"{name}: the fast reader gives up on a package this library wrote.");
            Assert.Equal(sample.Package, PackageReader.TryRead(json));
        }
    }

    [Fact]
    public void Generated_packages_read_as_the_contract_reads_them() =>
        Properties.ForAll(GeneratedPackages.Any, package =>
        {
            if (package is null)
            {
                return;
            }

            var json = PackageJson.Serialize(package);
            Assert.True(Agrees(json, "a generated package"), "The fast reader gives up on a generated package.");
            Assert.Equal(package, PackageReader.TryRead(json));
        }, 100);

    [Fact]
    public void Every_one_value_mistake_is_read_as_the_contract_reads_it_or_not_at_all()
    {
        var (read, refused) = (0, 0);
        var documents = SamplePackages.All.Select(s => s.Bytes).OrderBy(b => b.Length);
        foreach (var (label, json) in ReadingAgreement.Mutations(documents).Concat(ReadingAgreement.ValueMutations(documents)))
        {
            _ = Agrees(json, label) ? read++ : refused++;
        }

        // Both kinds occur: mistakes the contract reads (another string, number or boolean, an optional member left
        // out) and mistakes it refuses.
        Assert.True(read > 1000 && refused > 1000, $"{read} mutations read, {refused} refused");
    }

    [Fact]
    public void Byte_level_mutations_of_the_file_are_read_as_the_contract_reads_them_or_not_at_all()
    {
        var source = SamplePackages.Nemuro.Bytes;
        Properties.ForAll(
            ValidatorProperties.ByteMutations(source, Gen.Elements("\"{}[],:0-.1eE\\tnul x"u8.ToArray())),
            bytes => { _ = Agrees(bytes, "a byte-level mutation"); }, 400);
    }

    [Fact]
    public void An_escaped_member_name_which_the_contract_reads_is_left_to_the_contract()
    {
        var text = Encoding.UTF8.GetString(PackageJson.Serialize(SamplePackages.Nemuro.Package));
        Assert.StartsWith("{\"format\":", text, StringComparison.Ordinal);
        var json = Encoding.UTF8.GetBytes("{\"\\u0066ormat\":" + text["{\"format\":".Length..]);
        Assert.NotNull(Contract(json));
        Assert.Null(PackageReader.TryRead(json));
    }

    [Fact]
    public void A_null_reads_as_the_contract_reads_it_as_an_optional_member_left_out_and_is_refused_for_a_required_one()
    {
        var text = Encoding.UTF8.GetString(PackageJson.Serialize(SamplePackages.Nemuro.Package));
        Assert.DoesNotContain("\"provisionRecord\"", text, StringComparison.Ordinal);
        var optional = Encoding.UTF8.GetBytes("{\"provisionRecord\":null," + text[1..]);
        Assert.True(Agrees(optional, "provisionRecord: null"));
        Assert.Equal(SamplePackages.Nemuro.Package, PackageReader.TryRead(optional));

        var required = Encoding.UTF8.GetBytes(text.Replace("\"formatVersion\":\"1.0\"", "\"formatVersion\":null", StringComparison.Ordinal));
        Assert.NotEqual(text, Encoding.UTF8.GetString(required));
        Assert.Null(Contract(required));
        Assert.Null(PackageReader.TryRead(required));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(170)]
    [InlineData(171)]
    [InlineData(2000)]
    public void Japanese_text_reads_as_the_contract_reads_it_short_or_long_written_as_is_or_escaped(int length)
    {
        // 170 characters of three bytes fit the reader's transcoding buffer (512 bytes), 171 do not.
        var text = string.Concat(Enumerable.Repeat("個", length));
        var (json, name) = WithFirstJapaneseString(text);
        Assert.True(json.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0, "the text is written as is");
        Assert.True(Agrees(json, name));
        var escaped = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(json).Replace(text, string.Concat(Enumerable.Repeat("\\u500b", length)), StringComparison.Ordinal));
        Assert.True(Agrees(escaped, name + " escaped"));
    }

    [Theory]
    [InlineData(new byte[] { 0xE5, 0x80 })]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    public void Text_that_is_not_UTF_8_is_refused_as_the_contract_refuses_it(byte[] bad)
    {
        var (json, _) = WithFirstJapaneseString("個");
        var at = json.AsSpan().IndexOf(Encoding.UTF8.GetBytes("個"));
        byte[] broken = [.. json[..at], .. bad, .. json[(at + 3)..]];
        Assert.Null(Contract(broken));
        Assert.Null(PackageReader.TryRead(broken));
    }

    [Fact]
    public void A_reports_strings_are_taken_from_the_known_ones_where_they_are_and_read_like_any_other_where_they_are_not()
    {
        // Every id, label and pointer of the catalogue and every citation of the default policy is known, as itself;
        // a string one character longer or shorter is known only when it is one of them too.
        var catalogue = PlanItemCatalog.All.SelectMany(i => i.Pointers.Prepend(i.LabelEn).Prepend(i.LabelJa).Prepend(i.Id))
            .Concat(DefaultDisclosurePolicy.Instance.Articles.SelectMany(a => new[] { a.Id, a.CitationJa, a.CitationEn })).ToList();
        foreach (var known in catalogue)
        {
            Assert.True(KnownStrings.TryGet(Encoding.UTF8.GetBytes(known), out var found), known);
            Assert.Same(known, found);
            foreach (var near in new[] { known + "。", known[..^1], "x" + known })
            {
                var isKnown = KnownStrings.TryGet(Encoding.UTF8.GetBytes(near), out var nearFound);
                Assert.True(isKnown == catalogue.Contains(near), near);
                Assert.True(!isKnown || nearFound == near, near);
            }
        }

        Assert.Equal(catalogue.Distinct(StringComparer.Ordinal).Count() + DefaultDisclosurePolicy.Instance.Exceptions.Count + DefaultDisclosurePolicy.Instance.FamilyRules.Count, KnownStrings.Count);

        // The reader takes the catalogue's own string for a label the report repeats.
        var nemuro = SamplePackages.Nemuro;
        var entry = PackageReader.TryRead(nemuro.Bytes)!.Report.Entries[^1];
        Assert.Same(PlanItemCatalog.Find(entry.ItemId)!.LabelJa, entry.LabelJa);

        // Another item's label, a label changed by one character, free text and an escaped label all read as the
        // contract reads them.
        var text = Encoding.UTF8.GetString(PackageJson.Serialize(nemuro.Package));
        var label = "\"" + nemuro.Package.Report.Entries[^1].LabelJa + "\"";
        foreach (var other in new[] { PlanItemCatalog.All[0].LabelJa, nemuro.Package.Report.Entries[^1].LabelJa + "。", "自由記述", "\\u5150" + nemuro.Package.Report.Entries[^1].LabelJa[1..] })
        {
            var json = Encoding.UTF8.GetBytes(text.Replace(label, "\"" + other + "\"", StringComparison.Ordinal));
            Assert.True(Agrees(json, other), other);
        }
    }

    [Fact]
    public void An_empty_array_reads_as_the_shared_empty_list_and_any_other_as_a_list_of_its_own_equal_to_the_contracts()
    {
        // The reader allocates nothing for an empty array: a withheld entry's consent ids are the shared empty list.
        // A list with elements is its own, and the package equals the one the contract reads.
        var nemuro = SamplePackages.Nemuro;
        var read = PackageReader.TryRead(nemuro.Bytes)!;
        var entries = read.Report.Entries;
        Assert.Contains(entries, e => e.ConsentIds.IsEmpty);
        Assert.All(entries.Where(e => e.ConsentIds.IsEmpty), e => Assert.Same(ValueList<string>.Empty, e.ConsentIds));
        var withIds = entries.Where(e => !e.ConsentIds.IsEmpty).ToList();
        Assert.NotEmpty(withIds);
        Assert.All(withIds, e => Assert.NotSame(ValueList<string>.Empty, e.ConsentIds));
        Assert.Equal(Contract(nemuro.Bytes), read);
    }

    /// <summary>The Nemuro package, compact, with its first Japanese string (other than a code) replaced.</summary>
    private static (byte[] Json, string Pointer) WithFirstJapaneseString(string replacement)
    {
        var root = JsonNode.Parse(PackageJson.Serialize(SamplePackages.Nemuro.Package))!;
        var (pointer, parent, key, _) = JsonPaths.Values(root)
            .First(v => v.Key is "name" && v.Parent![v.Key] is JsonValue value && value.GetValue<string>().Any(c => c > 0x3000));
        parent![key!] = replacement;
        return (Encoding.UTF8.GetBytes(root.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })), pointer);
    }

    [Fact]
    public void A_repeated_or_unknown_member_and_trailing_text_are_refused()
    {
        var text = Encoding.UTF8.GetString(PackageJson.Serialize(SamplePackages.Nemuro.Package));
        Assert.NotNull(PackageReader.TryRead(Encoding.UTF8.GetBytes(text)));
        Assert.Null(PackageReader.TryRead(Encoding.UTF8.GetBytes(text.Replace("\"formatVersion\":", "\"formatVersion\":\"1.0\",\"formatVersion\":", StringComparison.Ordinal))));
        Assert.Null(PackageReader.TryRead(Encoding.UTF8.GetBytes(text.Replace("\"formatVersion\":", "\"formatVersionX\":\"1.0\",\"formatVersion\":", StringComparison.Ordinal))));
        Assert.Null(PackageReader.TryRead(Encoding.UTF8.GetBytes(text + " {}")));
        Assert.Null(PackageReader.TryRead(Encoding.UTF8.GetBytes(text[..^1])));
        Assert.Null(PackageReader.TryRead([]));
    }
}
