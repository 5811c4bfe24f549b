using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace SupportPlan.Interop.Tests.Integrity;

/// <summary>A JSON value as a tree, so that one value can be written as many equivalent texts.</summary>
internal abstract record JNode;

internal sealed record JString(string Value) : JNode;

internal sealed record JNumber(double Value) : JNode;

internal sealed record JLiteral(string Text) : JNode;

/// <summary>Text written as it stands: hostile tokens (lone surrogate escapes, 1e400, ...) for the never-throws property.</summary>
internal sealed record JRaw(string Text) : JNode;

internal sealed record JArray(IReadOnlyList<JNode> Items) : JNode;

/// <summary>An object; member names are distinct unless a test makes them otherwise.</summary>
internal sealed record JObject(IReadOnlyList<KeyValuePair<string, JNode>> Members) : JNode;

/// <summary>Generators of JSON trees and a writer that spells one tree in many equivalent ways.</summary>
internal static class JsonTrees
{
    /// <summary>Pieces of text: ASCII, controls, Japanese, characters JSON escapes, and pairs outside the BMP.</summary>
    public static readonly Gen<string> Piece = Gen.Frequency(
        (6, Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString())),
        (2, Gen.Choose(0x00, 0x1F).Select(c => ((char)c).ToString())),
        (2, Gen.Choose(0x3041, 0x3096).Select(c => ((char)c).ToString())),
        (2, Gen.Choose(0x4E00, 0x9FFF).Select(c => ((char)c).ToString())),
        (1, Gen.Choose(0x30A1, 0x30FA).Select(c => ((char)c).ToString())),
        (2, Gen.Elements("\"", "\\", "/", "\u2028", "\u2029", "\u007f", "\u0080", "\u00e9", "\ufeff", "\uffff", "\ufb33", "\u20ac", "\u3000")),
        (1, Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32)),
        (1, Gen.Elements("\U0001F600", "\U0001F602", "\U00020BB7")));

    public static readonly Gen<string> Text = Gen.ListOf(Piece).Select(pieces => string.Concat(pieces));

    /// <summary>Short names (so that some coincide before they are made distinct) and longer texts.</summary>
    public static readonly Gen<string> Name = Gen.Frequency(
        (3, Gen.Elements("a", "b", "A", "", "digest", "1", "10", "\u00f6", "\u20ac", "\r", "名前", "\U0001F600", "\ufb33")),
        (2, Text));

    /// <summary>Finite doubles: small and large integers, decimals, and any bit pattern.</summary>
    public static readonly Gen<double> Number = Gen.Frequency(
        (3, Gen.Choose(-1000, 1000).Select(i => (double)i)),
        (1, Gen.Elements(0.0, -0.0, 1e21, 1e-7, 1e-6, 9007199254740992.0, 9007199254740993.0, double.MaxValue, double.Epsilon, -double.Epsilon, 0.1 + 0.2)),
        (2, Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(0, 6)).Select(t => t.Item1 / Math.Pow(10, t.Item2))),
        (2, Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(int.MinValue, int.MaxValue))
            .Select(t => BitConverter.Int64BitsToDouble(((long)t.Item1 << 32) | (uint)t.Item2))
            .Where(double.IsFinite)));

    public static readonly Gen<JNode> Leaf = Gen.Frequency(
        (4, Text.Select(s => (JNode)new JString(s))),
        (3, Number.Select(d => (JNode)new JNumber(d))),
        (1, Gen.Elements("true", "false", "null").Select(t => (JNode)new JLiteral(t))));

    public static readonly Gen<JNode> Node = Gen.Sized(size => NodeOf(Math.Min(4, 1 + (size / 20)), Leaf));

    public static readonly Gen<JObject> Object = Gen.Sized(size => ObjectOf(Math.Min(4, 1 + (size / 20)), Leaf));

    /// <summary>Leaves that may have no canonical form or may not even parse.</summary>
    public static readonly Gen<JNode> HostileLeaf = Gen.Frequency(
        (6, Leaf),
        (1, Gen.Elements(
            "\"\\ud800\"", "\"\\udc00\"", "\"a\\ud83d\"", "\"\\ude00\\ud83d\"", "\"\\ud83d\\u0041\"", "1e400", "-1e400", "1e-400",
            "123456789012345678901234567890", "0.0000000000000000000000000000001e-300", "-0", "-0.0e-0", "1E+0999",
            "\"\\u0000\"", "\"\\uFFFF\"", "\"\\uD83D\\uDE00\"", "\"\\x\"", "\"\\u12\"", "01", "1.", ".5", "NaN", "Infinity",
            "{\"a\":1,\"a\":2}", "{\"\\ud800\":1}", "[", "]", "\"\u0001\"", "tru", "nul").Select(t => (JNode)new JRaw(t))));

    public static readonly Gen<JNode> HostileNode = Gen.Sized(size => NodeOf(Math.Min(4, 1 + (size / 20)), HostileLeaf));

    /// <summary>Every string value of a tree (not member names), depth first.</summary>
    public static List<JString> StringValues(JNode node)
    {
        List<JString> found = [];
        Collect(node, found);
        return found;

        static void Collect(JNode node, List<JString> found)
        {
            switch (node)
            {
                case JString s:
                    found.Add(s);
                    break;
                case JArray a:
                    foreach (JNode item in a.Items)
                    {
                        Collect(item, found);
                    }

                    break;
                case JObject o:
                    foreach (KeyValuePair<string, JNode> member in o.Members)
                    {
                        Collect(member.Value, found);
                    }

                    break;
            }
        }
    }

    /// <summary>The tree with one node (found by reference) replaced.</summary>
    public static JNode Replace(JNode node, JNode target, JNode replacement) => node switch
    {
        _ when ReferenceEquals(node, target) => replacement,
        JArray a => new JArray(a.Items.Select(i => Replace(i, target, replacement)).ToArray()),
        JObject o => new JObject(o.Members.Select(m => KeyValuePair.Create(m.Key, Replace(m.Value, target, replacement))).ToArray()),
        _ => node,
    };

    /// <summary>Writes the tree as compact JSON, members in their order, with minimal escapes.</summary>
    public static string Plain(JNode node) => Write(node, seed: null);

    /// <summary>
    /// Writes the tree as JSON that means the same as <see cref="Plain"/> but is spelled differently, as
    /// <paramref name="seed"/> picks: whitespace, member order, escapes (<c>\u0041</c> for <c>A</c>) and number
    /// spellings (<c>1E3</c>, <c>1000.0</c>).
    /// </summary>
    public static string Write(JNode node, int? seed)
    {
        StringBuilder sb = new();
        Writer writer = new(sb, seed is null ? null : new Random(seed.Value));
        writer.Space();
        writer.Value(node);
        writer.Space();
        return sb.ToString();
    }

    private static Gen<JNode> NodeOf(int depth, Gen<JNode> leaf) =>
        depth <= 0
            ? leaf
            : Gen.Frequency(
                (3, leaf),
                (1, ArrayOf(depth, leaf)),
                (1, ObjectOf(depth, leaf).Select(o => (JNode)o)));

    private static Gen<JNode> ArrayOf(int depth, Gen<JNode> leaf) =>
        from count in Gen.Choose(0, 5)
        from items in Gen.ArrayOf(NodeOf(depth - 1, leaf), count)
        select (JNode)new JArray(items);

    private static Gen<JObject> ObjectOf(int depth, Gen<JNode> leaf) =>
        from count in Gen.Choose(0, 6)
        from names in Gen.ArrayOf(Name, count)
        from values in Gen.ArrayOf(NodeOf(depth - 1, leaf), count)
        select new JObject(names.Zip(values).DistinctBy(p => p.First, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.First, p.Second)).ToArray());

    private sealed class Writer(StringBuilder sb, Random? random)
    {
        private static readonly string[] Spaces = ["", "", " ", "\n", "\t", "\r\n  ", "  "];

        public void Space()
        {
            if (random is not null)
            {
                sb.Append(Spaces[random.Next(Spaces.Length)]);
            }
        }

        public void Value(JNode node)
        {
            switch (node)
            {
                case JString s:
                    String(s.Value);
                    break;
                case JNumber n:
                    sb.Append(Number(n.Value));
                    break;
                case JLiteral l:
                    sb.Append(l.Text);
                    break;
                case JRaw r:
                    sb.Append(r.Text);
                    break;
                case JArray a:
                    sb.Append('[');
                    for (int i = 0; i < a.Items.Count; i++)
                    {
                        Separator(i);
                        Value(a.Items[i]);
                    }

                    Space();
                    sb.Append(']');
                    break;
                case JObject o:
                    IEnumerable<KeyValuePair<string, JNode>> members = o.Members;
                    if (random is not null)
                    {
                        members = members.OrderBy(_ => random.Next());
                    }

                    sb.Append('{');
                    int index = 0;
                    foreach (KeyValuePair<string, JNode> member in members)
                    {
                        Separator(index++);
                        String(member.Key);
                        Space();
                        sb.Append(':');
                        Space();
                        Value(member.Value);
                    }

                    Space();
                    sb.Append('}');
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(node));
            }
        }

        private void Separator(int index)
        {
            Space();
            if (index > 0)
            {
                sb.Append(',');
                Space();
            }
        }

        private void String(string value)
        {
            sb.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (char.IsSurrogatePair(value, i))
                {
                    // Both halves literally or both as escapes: one of each would be a lone surrogate in the text.
                    sb.Append(random is not null && random.Next(3) == 0
                        ? $"\\u{(int)c:X4}\\u{(int)value[i + 1]:x4}"
                        : value.AsSpan(i, 2));
                    i++;
                    continue;
                }

                bool mustEscape = c is '"' or '\\' or < ' ';
                if (random is null || (!mustEscape && random.Next(4) != 0))
                {
                    if (mustEscape)
                    {
                        sb.Append(c switch
                        {
                            '"' => "\\\"",
                            '\\' => "\\\\",
                            '\n' => "\\n",
                            '\t' => "\\t",
                            _ => $"\\u{(int)c:x4}",
                        });
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    continue;
                }

                string? shortForm = c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '/' => "\\/",
                    '\b' => "\\b",
                    '\f' => "\\f",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => null,
                };
                if (shortForm is not null && random.Next(2) == 0)
                {
                    sb.Append(shortForm);
                }
                else
                {
                    sb.Append(random.Next(2) == 0 ? $"\\u{(int)c:x4}" : $"\\u{(int)c:X4}");
                }
            }

            sb.Append('"');
        }

        private string Number(double value)
        {
            string shortest = value.ToString("R", CultureInfo.InvariantCulture);
            if (random is null)
            {
                return shortest;
            }

            List<string> spellings =
            [
                shortest,
                value.ToString("E16", CultureInfo.InvariantCulture),
                value.ToString("e16", CultureInfo.InvariantCulture),
                value.ToString("G17", CultureInfo.InvariantCulture),
            ];
            if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
            {
                string integer = ((long)value).ToString(CultureInfo.InvariantCulture);
                if (value == 0 && double.IsNegative(value))
                {
                    integer = "-0";
                }

                spellings.Add(integer);
                spellings.Add(integer + ".0");
                spellings.Add(integer + ".000");
                spellings.Add(integer + "e0");
                if (value != 0)
                {
                    spellings.Add(integer + "0E-1");
                    spellings.Add(integer + "00e-2");
                }

                if (integer.EndsWith("000", StringComparison.Ordinal) && integer.TrimStart('-').Length > 3)
                {
                    spellings.Add(integer[..^3] + "E3");
                    spellings.Add(integer[..^3] + "e+3");
                }
            }

            return spellings[random.Next(spellings.Count)];
        }
    }
}
