using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Packages;
using SupportPlan.Interop.Tests.Support;
using SupportPlan.Interop.Validation;
using SupportPlan.Model.Checks;
using SupportPlan.Testing;

namespace SupportPlan.Interop.Tests.Validation;

public sealed class ValidatorProperties
{
    private static readonly PackageValidator Validator = new(new ValidationOptions { MaxFindings = 50 });

    private static void NeverThrows(byte[] bytes)
    {
        var result = Validator.Validate(bytes);
        Assert.DoesNotContain(result.Findings, f => f.Code == "SP-IO-004");
        Assert.All(result.Findings, f =>
        {
            Assert.Matches("^SP-[A-Z]+-[0-9]{3}$", f.Code);
            Assert.False(string.IsNullOrWhiteSpace(f.MessageJa));
            Assert.False(string.IsNullOrWhiteSpace(f.MessageEn));
            Assert.True(f.Pointer.Length == 0 || f.Pointer[0] == '/', f.Pointer);
        });
        if (result.Findings.Any(f => f.Severity == FindingSeverity.Error))
        {
            Assert.False(result.IsValid);
        }
        Assert.True(result.Findings.Count <= 51);
    }

    [Fact]
    public void Any_bytes_give_findings_never_an_exception()
    {
        var bytes = Gen.Frequency(
            (3, Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))),
            (2, Gen.ArrayOf(Gen.Elements("{}[]\":,0123456789.eE-+ truefalsnul\\u\n\t\"あ".Select(c => c.ToString()).ToArray())).Select(p => Encoding.UTF8.GetBytes(string.Concat(p)))));
        Properties.ForAll(bytes, NeverThrows, 300);
    }

    [Fact]
    public void Mutated_packages_give_findings_never_an_exception()
    {
        var source = SamplePackages.Nemuro.Bytes;
        var mutated =
            from kind in Gen.Choose(0, 4)
            from at in Gen.Choose(0, source.Length - 1)
            from length in Gen.Choose(1, 64)
            from value in Gen.Choose(0, 255)
            select kind switch
            {
                0 => Flip(source, at, (byte)value),
                1 => source[..at],
                2 => [.. source[..at], .. Encoding.UTF8.GetBytes("{\"x\":[1,{\"y\":null}]}"), .. source[at..]],
                3 => [.. source[..at], .. source[Math.Min(source.Length, at + length)..]],
                _ => [.. source[..at], (byte)value, .. source[at..]],
            };
        Properties.ForAll(mutated, NeverThrows, 150);
    }

    [Fact]
    public void Json_level_mutations_give_findings_never_an_exception_and_are_never_valid_when_they_break_the_contract()
    {
        var source = SamplePackages.Nemuro.Bytes;
        var paths = JsonPaths.Of(JsonNode.Parse(source)!).ToArray();
        var mutated =
            from path in Gen.Elements(paths)
            from kind in Gen.Choose(0, 3)
            select (path, kind, bytes: MutateAt(source, path, kind));
        Properties.ForAll(mutated, m =>
        {
            NeverThrows(m.bytes);
            var result = Validator.Validate(m.bytes);
            // every mutation changes the content the digest covers (or the digest itself)
            Assert.False(result.IsValid, $"{m.path} kind {m.kind} was accepted");
        }, 150);
    }

    [Fact]
    public void Every_package_the_library_writes_validates_with_zero_findings()
    {
        var written = 0;
        Properties.ForAll(GeneratedPackages.Any, package =>
        {
            if (package is null)
            {
                return;
            }

            written++;
            var result = Validator.Validate(PackageJson.Serialize(package, indented: true));
            Assert.True(result.Findings.Count == 0, string.Join("\n", result.Findings));
        }, 120);
        Assert.True(written >= 20, $"only {written} generated requests disclosed something");
    }

    /// <summary>The file with one byte changed to one of <paramref name="values"/>, cut short, or with one of them inserted.</summary>
    internal static Gen<byte[]> ByteMutations(byte[] source, Gen<byte> values) =>
        from kind in Gen.Choose(0, 2)
        from at in Gen.Choose(0, source.Length - 1)
        from value in values
        select kind switch
        {
            0 => Flip(source, at, value),
            1 => source[..at],
            _ => (byte[])[.. source[..at], value, .. source[at..]],
        };

    internal static byte[] Flip(byte[] source, int at, byte value)
    {
        var copy = (byte[])source.Clone();
        copy[at] = copy[at] == value ? (byte)(value ^ 0x20) : value;
        return copy;
    }

    /// <summary>Breaks the value at a path: wrong type, unknown member, removal, or a changed string.</summary>
    internal static byte[] MutateAt(byte[] source, string path, int kind)
    {
        var root = JsonNode.Parse(source)!;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return "[]"u8.ToArray();
        }

        var parent = root;
        foreach (var s in segments[..^1])
        {
            parent = parent is JsonArray a ? a[int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)]! : parent[s]!;
        }

        var last = segments[^1];
        JsonNode? current = parent is JsonArray arr ? arr[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] : parent[last];
        JsonNode? replacement = kind switch
        {
            0 => current is JsonValue v && v.TryGetValue<string>(out _) ? JsonValue.Create(12345) : JsonValue.Create("wrong type"),
            1 => current is JsonObject ? Add(current.DeepClone().AsObject()) : new JsonArray(JsonValue.Create(true)),
            2 => null,
            _ => current is JsonValue sv && sv.TryGetValue<string>(out var s2) ? JsonValue.Create(s2 + "x") : JsonValue.Create(-1.5),
        };
        if (kind == 2)
        {
            if (parent is JsonArray a2)
            {
                a2.RemoveAt(int.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                parent.AsObject().Remove(last);
            }
        }
        else if (parent is JsonArray a3)
        {
            a3[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = replacement;
        }
        else
        {
            parent[last] = replacement;
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static JsonObject Add(JsonObject o)
    {
        o["unexpectedMember"] = "x";
        return o;
    }
}
