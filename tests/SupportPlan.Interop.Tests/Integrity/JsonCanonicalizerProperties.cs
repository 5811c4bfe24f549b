using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck.Fluent;
using SupportPlan.Interop.Integrity;

namespace SupportPlan.Interop.Tests.Integrity;

public sealed partial class JsonCanonicalizerProperties
{
    private static readonly FsCheck.Gen<int> Seed = Gen.Choose(0, int.MaxValue);

    [Fact]
    public void Canonicalization_is_idempotent() =>
        SupportPlan.Testing.Properties.ForAll(Gen.Zip(JsonTrees.Node, Seed), c =>
        {
            byte[] once = Canonicalize(JsonTrees.Write(c.Item1, c.Item2));
            Assert.Equal(once, JsonCanonicalizer.Canonicalize(once));
        }, cases: 300);

    [Fact]
    public void Equivalent_spellings_have_one_canonical_form() =>
        // Whitespace, member order, escapes ("\u0041" for "A", "\/" for "/") and number spellings (1E3, 1000.0).
        SupportPlan.Testing.Properties.ForAll(Gen.Zip(JsonTrees.Node, Seed), c =>
            Assert.Equal(Canonicalize(JsonTrees.Plain(c.Item1)), Canonicalize(JsonTrees.Write(c.Item1, c.Item2))), cases: 300);

    [Fact]
    public void Canonical_form_matches_an_independent_writer() =>
        SupportPlan.Testing.Properties.ForAll(Gen.Zip(JsonTrees.Node, Seed), c =>
            Assert.Equal(Reference(c.Item1), Encoding.UTF8.GetString(Canonicalize(JsonTrees.Write(c.Item1, c.Item2)))), cases: 300);

    [Fact]
    public void Digest_is_the_sha256_of_the_canonical_form() =>
        SupportPlan.Testing.Properties.ForAll(Gen.Zip(JsonTrees.Node, Seed), c =>
        {
            using JsonDocument document = JsonDocument.Parse(JsonTrees.Write(c.Item1, c.Item2));
            Assert.True(CanonicalDigest.TrySha256(document.RootElement, null, out string hex, out string? error), error);
            Assert.Null(error);
            Assert.Matches("^[0-9a-f]{64}$", hex);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(JsonCanonicalizer.Canonicalize(document.RootElement))), hex);
        });

    [Fact]
    public void Digest_changes_when_one_string_value_changes_by_one_character()
    {
        var cases = from node in JsonTrees.Node
                    from extra in JsonTrees.Text
                    from pick in Gen.Choose(0, 1000)
                    from position in Gen.Choose(0, 1000)
                    from piece in JsonTrees.Piece
                    from edit in Gen.Elements("replace", "insert", "delete")
                    select (Root: (JNode)new JArray([node, new JString(extra)]), pick, position, piece, edit);
        SupportPlan.Testing.Properties.ForAll(cases, c =>
        {
            List<JString> strings = JsonTrees.StringValues(c.Root);
            JString target = strings[c.pick % strings.Count];
            string changed = Edit(target.Value, c.position, c.piece, c.edit);
            JNode other = JsonTrees.Replace(c.Root, target, new JString(changed));

            Assert.NotEqual(Digest(JsonTrees.Plain(c.Root)), Digest(JsonTrees.Plain(other)));
        }, cases: 300);
    }

    [Fact]
    public void Skipped_root_member_is_excluded_exactly()
    {
        var cases = from obj in JsonTrees.Object.Where(o => o.Members.Count > 0)
                    from pick in Gen.Choose(0, 100)
                    from seed in Seed
                    select (obj, pick, seed);
        SupportPlan.Testing.Properties.ForAll(cases, c =>
        {
            string name = c.obj.Members[c.pick % c.obj.Members.Count].Key;
            JObject without = new(c.obj.Members.Where(m => m.Key != name).ToArray());
            using JsonDocument document = JsonDocument.Parse(JsonTrees.Write(c.obj, c.seed));
            using JsonDocument expected = JsonDocument.Parse(JsonTrees.Plain(without));

            Assert.Equal(Write(expected.RootElement, null), Write(document.RootElement, name));
            Assert.True(CanonicalDigest.TrySha256(document.RootElement, name, out string skipped, out _));
            Assert.True(CanonicalDigest.TrySha256(expected.RootElement, null, out string reference, out _));
            Assert.Equal(reference, skipped);

            // A name the object does not have leaves it whole; so does nesting it one level down.
            string absent = name + "\u0000absent";
            Assert.Equal(Write(document.RootElement, null), Write(document.RootElement, absent));
            using JsonDocument wrapped = JsonDocument.Parse("[" + JsonTrees.Plain(c.obj) + "]");
            Assert.Equal(Write(wrapped.RootElement, null), Write(wrapped.RootElement, name));
        }, cases: 200);
    }

    [Fact]
    public void Never_throws_for_any_parsed_document() =>
        SupportPlan.Testing.Properties.ForAll(Gen.Zip(JsonTrees.HostileNode, Seed), c =>
        {
            string json = JsonTrees.Write(c.Item1, c.Item2);
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(json);
            }
            catch (JsonException)
            {
                return;
            }

            using (document)
            {
                ArrayBufferWriter<byte> output = new();
                bool written = JsonCanonicalizer.TryWrite(document.RootElement, output, "a", out string? error);
                bool digested = CanonicalDigest.TrySha256(document.RootElement, "a", out string hex, out string? digestError);

                Assert.Equal(written, digested);
                Assert.Equal(error, digestError);
                Assert.Equal(written, error is null);
                if (written)
                {
                    Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(output.WrittenSpan)), hex);
                    Assert.Equal(output.WrittenSpan.ToArray(), JsonCanonicalizer.Canonicalize(output.WrittenSpan));
                }
                else
                {
                    Assert.Equal(string.Empty, hex);
                }
            }
        }, cases: 500);

    [Fact]
    public void Numbers_read_back_as_the_same_double_in_es6_form() =>
        SupportPlan.Testing.Properties.ForAll(JsonTrees.Number, value =>
        {
            Span<byte> buffer = stackalloc byte[64];
            string text = Encoding.UTF8.GetString(buffer[..JsonCanonicalizer.FormatDouble(value, buffer)]);

            Assert.Matches(Es6Number(), text);
            Assert.Equal(value == 0 ? 0.0 : value, double.Parse(text, CultureInfo.InvariantCulture));
            Assert.False(value == 0 && text != "0");
            // Fixed notation exactly for decimal exponents -7 < e < 21.
            double magnitude = Math.Abs(value);
            Assert.Equal(magnitude != 0 && (magnitude >= 1e21 || magnitude < 1e-6), text.Contains('e', StringComparison.Ordinal));
        }, cases: 2000);

    /// <summary>ECMAScript Number::toString output for a finite number.</summary>
    [GeneratedRegex(@"^(0|-?[1-9][0-9]{0,20}|-?[0-9]+\.[0-9]*[1-9]|-?[1-9](\.[0-9]*[1-9])?e[+-][1-9][0-9]{0,2})$")]
    private static partial Regex Es6Number();

    private static string Edit(string value, int position, string piece, string edit)
    {
        // Works on text elements of one scalar value, so that the edit never splits a surrogate pair.
        List<string> scalars = [];
        for (int i = 0; i < value.Length; i += char.IsSurrogatePair(value, i) ? 2 : 1)
        {
            scalars.Add(value.Substring(i, char.IsSurrogatePair(value, i) ? 2 : 1));
        }

        if (edit == "delete" && scalars.Count > 0)
        {
            scalars.RemoveAt(position % scalars.Count);
        }
        else if (edit == "replace" && scalars.Count > 0)
        {
            int at = position % scalars.Count;
            scalars[at] = scalars[at] == piece ? (piece == "x" ? "y" : "x") : piece;
        }
        else
        {
            scalars.Insert(position % (scalars.Count + 1), piece);
        }

        string changed = string.Concat(scalars);
        Assert.NotEqual(value, changed);
        return changed;
    }

    private static byte[] Canonicalize(string json) => JsonCanonicalizer.Canonicalize(Encoding.UTF8.GetBytes(json));

    private static string Digest(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        Assert.True(CanonicalDigest.TrySha256(document.RootElement, null, out string hex, out string? error), error);
        return hex;
    }

    private static string Write(JsonElement element, string? skip)
    {
        ArrayBufferWriter<byte> output = new();
        Assert.True(JsonCanonicalizer.TryWrite(element, output, skip, out string? error), error);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>RFC 8785 written plainly from the tree (numbers use the formatter the number vectors check).</summary>
    private static string Reference(JNode node)
    {
        StringBuilder sb = new();
        Append(node);
        return sb.ToString();

        void Append(JNode n)
        {
            switch (n)
            {
                case JString s:
                    AppendString(s.Value);
                    break;
                case JNumber d:
                    Span<byte> buffer = stackalloc byte[64];
                    sb.Append(Encoding.UTF8.GetString(buffer[..JsonCanonicalizer.FormatDouble(d.Value, buffer)]));
                    break;
                case JLiteral l:
                    sb.Append(l.Text);
                    break;
                case JArray a:
                    sb.Append('[');
                    for (int i = 0; i < a.Items.Count; i++)
                    {
                        sb.Append(i > 0 ? "," : "");
                        Append(a.Items[i]);
                    }

                    sb.Append(']');
                    break;
                case JObject o:
                    List<KeyValuePair<string, JNode>> members = [.. o.Members];
                    members.Sort((x, y) => string.CompareOrdinal(x.Key, y.Key));
                    sb.Append('{');
                    for (int i = 0; i < members.Count; i++)
                    {
                        sb.Append(i > 0 ? "," : "");
                        AppendString(members[i].Key);
                        sb.Append(':');
                        Append(members[i].Value);
                    }

                    sb.Append('}');
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(node));
            }
        }

        void AppendString(string value)
        {
            sb.Append('"');
            foreach (char c in value)
            {
                sb.Append(c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\b' => "\\b",
                    '\f' => "\\f",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    < ' ' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                    _ => c.ToString(),
                });
            }

            sb.Append('"');
        }
    }
}
