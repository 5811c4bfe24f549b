using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using SupportPlan.Interop.Json;
using SupportPlan.Interop.Validation;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Json;

namespace SupportPlan.Interop.Schemas;

/// <summary>
/// The structure layer: walks a well-formed document once with <see cref="Utf8JsonReader"/> against a compiled schema
/// and reports every place it breaks the contract, with pointer, line and column. Alternatives (<c>oneOf</c>/
/// <c>anyOf</c>) are chosen by the token's type where only one can apply, so a document is normally read once;
/// otherwise the reader is copied and the alternatives probed.
/// </summary>
internal sealed class StructureWalker
{
    private readonly FindingSink? _sink;
    private readonly Func<long, (long Line, long Column)> _locate;
    private readonly List<Segment> _path = [];

    private StructureWalker(FindingSink? sink, Func<long, (long Line, long Column)> locate)
    {
        _sink = sink;
        _locate = locate;
    }

    /// <summary>Checks a whole document against a schema.</summary>
    /// <param name="utf8Json">The document (well-formed: the syntax layer has passed it).</param>
    /// <param name="root">The compiled schema.</param>
    /// <param name="sink">Where findings go.</param>
    /// <param name="locate">Turns a byte offset into a 1-based line and column.</param>
    /// <returns>Whether the document satisfies the schema.</returns>
    public static bool Check(ReadOnlySpan<byte> utf8Json, SchemaNode root, FindingSink sink, Func<long, (long Line, long Column)> locate)
    {
        var walker = new StructureWalker(sink, locate);
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            return reader.Read() && walker.Walk(ref reader, root, true);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The syntax layer rejects what the reader cannot read; this is a guard, not a path.
            sink.Add(StructureFindings.WrongType.At("", "document", "JSON", e.GetType().Name));
            return false;
        }
    }

    /// <summary>Whether a document satisfies a schema, without findings (the property tests compare it with other validators).</summary>
    public static bool Conforms(ReadOnlySpan<byte> utf8Json, SchemaNode root)
    {
        var walker = new StructureWalker(null, _ => (0, 0));
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            return reader.Read() && walker.Walk(ref reader, root, false);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    private bool Walk(ref Utf8JsonReader reader, SchemaNode node, bool report)
    {
        var type = TypeOf(ref reader);
        var accepted = SchemaTypes.Accepted(node);
        if ((accepted & type) == 0)
        {
            if (type == JsonTypes.Integer && (accepted & JsonTypes.Number) != 0)
            {
                // an integer is a number
            }
            else
            {
                if (report)
                {
                    ReportType(ref reader, node, type, accepted);
                }

                reader.TrySkip();
                return false;
            }
        }

        var ownContainer = reader.TokenType switch
        {
            JsonTokenType.StartObject => node.Properties is not null || !node.AdditionalAllowed || node.AdditionalProperties is not null,
            JsonTokenType.StartArray => node.Items is not null || node.MinItems is not null || node.MaxItems is not null,
            _ => false,
        };
        var consumers = (ownContainer ? 1 : 0) + (node.AllOf is null ? 0 : 1) + (node.Alternatives is null ? 0 : 1);
        if (consumers == 0)
        {
            reader.TrySkip();
            return CheckScalar(ref reader, node, report);
        }

        // Several parts of the schema read the same value: all but the last read a copy of the reader.
        var snapshot = reader;
        var valid = true;
        if (ownContainer)
        {
            consumers--;
            if (consumers == 0)
            {
                return reader.TokenType == JsonTokenType.StartObject ? WalkObject(ref reader, node, report) : WalkArray(ref reader, node, report);
            }

            var copy = snapshot;
            valid &= copy.TokenType == JsonTokenType.StartObject ? WalkObject(ref copy, node, report) : WalkArray(ref copy, node, report);
        }
        else
        {
            valid &= CheckScalar(ref reader, node, report);
        }

        if (node.AllOf is { } all)
        {
            consumers--;
            if (consumers == 0)
            {
                return WalkAll(ref reader, all, report) & valid;
            }

            var copy = snapshot;
            valid &= WalkAll(ref copy, all, report);
        }

        return WalkAlternatives(ref reader, node, node.Alternatives!, type, report) & valid;
    }

    private bool CheckScalar(ref Utf8JsonReader reader, SchemaNode node, bool report) => reader.TokenType switch
    {
        JsonTokenType.String => CheckString(ref reader, node, report),
        JsonTokenType.Number => CheckNumber(ref reader, node, report),
        JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null when node.AllowedOther is { Length: > 0 } || node.AllowedStrings is { Length: > 0 } =>
            CheckOther(ref reader, node, report),
        _ => true,
    };

    private bool WalkAll(ref Utf8JsonReader reader, SchemaNode[] all, bool report)
    {
        if (all.Length == 1)
        {
            return Walk(ref reader, all[0], report);
        }

        var valid = true;
        foreach (var part in all)
        {
            var copy = reader;
            valid &= Walk(ref copy, part, report);
        }

        reader.TrySkip();
        return valid;
    }

    private bool WalkAlternatives(ref Utf8JsonReader reader, SchemaNode node, SchemaNode[] alternatives, JsonTypes type, bool report)
    {
        SchemaNode? only = null;
        var candidates = 0;
        foreach (var alternative in alternatives)
        {
            if ((SchemaTypes.Accepted(alternative) & Widen(type)) != 0)
            {
                only = alternative;
                candidates++;
            }
        }

        if (candidates == 1)
        {
            // The only alternative that can apply: walk it in place, with its own findings.
            return Walk(ref reader, only!, report);
        }

        var matches = 0;
        foreach (var alternative in alternatives)
        {
            var copy = reader;
            if (new StructureWalker(null, _locate).Walk(ref copy, alternative, false))
            {
                matches++;
            }
        }

        var ok = node.ExactlyOne ? matches == 1 : matches >= 1;
        if (!ok && report)
        {
            Report(ref reader, StructureFindings.NoAlternativeMatches, node);
        }

        reader.TrySkip();
        return ok;
    }

    private bool WalkObject(ref Utf8JsonReader reader, SchemaNode node, bool report)
    {
        var properties = node.Properties ?? [];
        var seenSmall = 0UL;
        var seenLarge = properties.Length > 64 ? new bool[properties.Length] : null;
        var objectStart = reader.TokenStartIndex;
        var valid = true;
        var next = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = Find(ref reader, properties, node, next);

            // A member the schema does not name is reported under its name, read while the reader is still on it.
            string? otherName = property is null && report ? reader.GetString() : null;
            var nameStart = reader.TokenStartIndex;
            reader.Read();
            if (property is not null)
            {
                next = property.Index + 1;
                if (seenLarge is null)
                {
                    seenSmall |= 1UL << property.Index;
                }
                else
                {
                    seenLarge[property.Index] = true;
                }

                valid &= WalkChild(ref reader, property.Node, report, new Segment(property.Name, -1));
            }
            else if (!node.AdditionalAllowed)
            {
                valid = false;
                if (report)
                {
                    _path.Add(new Segment(otherName!, -1));
                    ReportAt(nameStart, StructureFindings.UnknownMember.At(Pointer(), otherName!));
                    _path.RemoveAt(_path.Count - 1);
                }

                reader.TrySkip();
                if (!report)
                {
                    return false;
                }
            }
            else if (node.AdditionalProperties is { } additional)
            {
                valid &= WalkChild(ref reader, additional, report, new Segment(otherName, -1));
            }
            else
            {
                reader.TrySkip();
            }

            if (!valid && !report)
            {
                reader.TrySkip();
                return false;
            }
        }

        foreach (var property in properties)
        {
            var seen = seenLarge is null ? (seenSmall & (1UL << property.Index)) != 0 : seenLarge[property.Index];
            if (property.Required && !seen)
            {
                valid = false;
                if (!report)
                {
                    return false;
                }

                ReportAt(objectStart, Bilingual(StructureFindings.MissingMember, [property.Name, property.Node.Title(true)], [property.Name]));
            }
        }

        return valid;
    }

    /// <summary>
    /// Walks a member's or an item's value; while reporting, its segment is on the path (a walk that does not report,
    /// probing an alternative or <see cref="Conforms"/>, keeps no path).
    /// </summary>
    private bool WalkChild(ref Utf8JsonReader reader, SchemaNode node, bool report, Segment segment)
    {
        if (!report)
        {
            return Walk(ref reader, node, report);
        }

        _path.Add(segment);
        var valid = Walk(ref reader, node, report);
        _path.RemoveAt(_path.Count - 1);
        return valid;
    }

    /// <summary>
    /// The schema's property for the member name the reader is on, or null. Writers put members in the order the schema
    /// lists them, so the property after the last one found is tried first, on the UTF-8 bytes; otherwise the name is
    /// looked up by its text.
    /// </summary>
    private static SchemaProperty? Find(ref Utf8JsonReader reader, SchemaProperty[] properties, SchemaNode node, int next)
    {
        if (properties.Length == 0)
        {
            return null;
        }

        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var name = reader.ValueSpan;
            if (next < properties.Length && name.SequenceEqual(properties[next].NameUtf8))
            {
                return properties[next];
            }

            Span<char> buffer = stackalloc char[128];
            if (name.Length <= buffer.Length)
            {
                var count = Encoding.UTF8.GetChars(name, buffer);
                return node.PropertyLookup.TryGetValue(buffer[..count], out var found) ? found : null;
            }
        }

        return node.PropertyLookup.TryGetValue(reader.GetString(), out var property) ? property : null;
    }

    private bool WalkArray(ref Utf8JsonReader reader, SchemaNode node, bool report)
    {
        var start = reader.TokenStartIndex;
        var count = 0;
        var valid = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (node.Items is { } items)
            {
                valid &= WalkChild(ref reader, items, report, new Segment(null, count));
                if (!valid && !report)
                {
                    reader.TrySkip();
                    return false;
                }
            }
            else
            {
                reader.TrySkip();
            }

            count++;
        }

        if ((node.MinItems is { } min && count < min) || (node.MaxItems is { } max && count > max))
        {
            if (report)
            {
                var most = node.MaxItems?.ToString(CultureInfo.InvariantCulture) ?? "∞";
                ReportAt(start, Bilingual(StructureFindings.ItemCountOutOfRange, [node.Title(true), count, node.MinItems ?? 0, most], [node.Title(false), count, node.MinItems ?? 0, most]));
            }

            return false;
        }

        return valid;
    }

    private bool CheckString(ref Utf8JsonReader reader, SchemaNode node, bool report)
    {
        var valid = true;
        string? value = null;
        if (node.AllowedUtf8 is { Length: > 0 } allowed)
        {
            var found = false;
            if (!reader.ValueIsEscaped && !reader.HasValueSequence)
            {
                foreach (var candidate in allowed)
                {
                    if (reader.ValueSpan.SequenceEqual(candidate))
                    {
                        found = true;
                        break;
                    }
                }
            }
            else
            {
                value = reader.GetString();
                found = node.AllowedStrings!.Contains(value, StringComparer.Ordinal);
            }

            if (!found)
            {
                if (!report)
                {
                    return false;
                }

                value ??= reader.GetString();
                Report(ref reader, StructureFindings.NotAllowedValue, node, value, string.Join(", ", node.AllowedStrings!));
                valid = false;
            }
        }

        if (!node.NeedsStringValue)
        {
            return valid;
        }

        // The value as text: decoded onto the stack when it is short and unescaped (the usual case), else as a string.
        Span<char> buffer = stackalloc char[256];
        scoped ReadOnlySpan<char> text;
        if (value is null && !reader.ValueIsEscaped && !reader.HasValueSequence
            && Utf8.ToUtf16(reader.ValueSpan, buffer, out var read, out var written, replaceInvalidSequences: false) == OperationStatus.Done
            && read == reader.ValueSpan.Length)
        {
            text = buffer[..written];
        }
        else
        {
            value ??= reader.GetString()!;
            text = value;
        }

        if (node.MinLength is not null || node.MaxLength is not null)
        {
            var length = CodePoints(text);
            if (length < (node.MinLength ?? 0) || length > (node.MaxLength ?? int.MaxValue))
            {
                if (!report)
                {
                    return false;
                }

                Report(ref reader, StructureFindings.LengthOutOfRange, node, length, node.MinLength ?? 0, node.MaxLength?.ToString(CultureInfo.InvariantCulture) ?? "∞");
                valid = false;
            }
        }

        if (node.Format != StringFormat.None && !FormatHolds(ref reader, node.Format, text))
        {
            if (!report)
            {
                return false;
            }

            var (ja, en) = node.Format switch
            {
                StringFormat.Date => ("日付（YYYY-MM-DD）", "date (YYYY-MM-DD)"),
                StringFormat.DateTime => ("日時（RFC 3339、時差付き）", "date-time (RFC 3339 with an offset)"),
                _ => ("UUID", "UUID"),
            };
            ReportAt(reader.TokenStartIndex, StructureFindings.InvalidFormat.At(Pointer(), node.Title(true), text.ToString(), ja, en));
            valid = false;
        }
        else if (node.Pattern is { } pattern && !Matches(pattern, text))
        {
            if (!report)
            {
                return false;
            }

            Report(ref reader, StructureFindings.PatternMismatch, node, text.ToString(), node.PatternText);
            valid = false;
        }

        return valid;
    }

    private static bool Matches(Regex pattern, ReadOnlySpan<char> value)
    {
        try
        {
            return pattern.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static bool FormatHolds(ref Utf8JsonReader reader, StringFormat format, scoped ReadOnlySpan<char> value) => format switch
    {
        StringFormat.Date => value.Length == 10 && (IsCalendarDate(value) || DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)),
        StringFormat.DateTime => reader.TryGetDateTimeOffset(out _) && OffsetDateTimeConverter.IsRfc3339(value),
        StringFormat.Uuid => value.Length == 36 && reader.TryGetGuid(out _),
        _ => true,
    };

    /// <summary>
    /// Whether ten characters are a valid <c>yyyy-MM-dd</c> date, read without the culture machinery of
    /// <see cref="DateOnly.TryParseExact(ReadOnlySpan{char}, ReadOnlySpan{char}, IFormatProvider?, DateTimeStyles, out DateOnly)"/>.
    /// Only a yes is trusted: a no goes to that parse, so the two can only agree.
    /// </summary>
    internal static bool IsCalendarDate(ReadOnlySpan<char> value)
    {
        if (value.Length != 10 || value[4] != '-' || value[7] != '-')
        {
            return false;
        }

        var year = 0;
        var month = 0;
        var day = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            var c = value[i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            var digit = c - '0';
            if (i < 4)
            {
                year = (year * 10) + digit;
            }
            else if (i < 7)
            {
                month = (month * 10) + digit;
            }
            else
            {
                day = (day * 10) + digit;
            }
        }

        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private bool CheckNumber(ref Utf8JsonReader reader, SchemaNode node, bool report)
    {
        var accepted = SchemaTypes.Accepted(node);
        var integerOnly = (accepted & JsonTypes.Number) == 0 && (accepted & JsonTypes.Integer) != 0;
        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        var isInteger = raw.IndexOfAny("."u8) < 0 && raw.IndexOfAny("eE"u8) < 0;
        if (integerOnly && !isInteger)
        {
            if (report)
            {
                Report(ref reader, StructureFindings.NotAnInteger, node, Encoding.UTF8.GetString(raw));
            }

            return false;
        }

        var fits = node.IntegerBits switch
        {
            32 => reader.TryGetInt32(out _),
            64 => reader.TryGetInt64(out _),
            _ => true,
        };
        var inRange = reader.TryGetDecimal(out var number)
            && (node.Minimum is not { } min || number >= min)
            && (node.Maximum is not { } max || number <= max);
        if (fits && inRange && (node.AllowedOther is not { Length: > 0 } other || other.Contains(Encoding.UTF8.GetString(raw), StringComparer.Ordinal)))
        {
            return true;
        }

        if (report)
        {
            var low = node.Minimum?.ToString(CultureInfo.InvariantCulture) ?? (node.IntegerBits == 32 ? int.MinValue.ToString(CultureInfo.InvariantCulture) : "-∞");
            var high = node.Maximum?.ToString(CultureInfo.InvariantCulture) ?? (node.IntegerBits == 32 ? int.MaxValue.ToString(CultureInfo.InvariantCulture) : "∞");
            Report(ref reader, StructureFindings.NumberOutOfRange, node, Encoding.UTF8.GetString(raw), low, high);
        }

        return false;
    }

    private bool CheckOther(ref Utf8JsonReader reader, SchemaNode node, bool report)
    {
        var text = reader.TokenType switch { JsonTokenType.True => "true", JsonTokenType.False => "false", _ => "null" };
        if (node.AllowedOther is { } other && other.Contains(text, StringComparer.Ordinal))
        {
            return true;
        }

        if (report)
        {
            Report(ref reader, StructureFindings.NotAllowedValue, node, text, string.Join(", ", [.. node.AllowedStrings ?? [], .. node.AllowedOther ?? []]));
        }

        return false;
    }

    private void ReportType(ref Utf8JsonReader reader, SchemaNode node, JsonTypes found, JsonTypes expected)
    {
        if (found == JsonTypes.Null)
        {
            Report(ref reader, StructureFindings.NullNotAllowed, node);
        }
        else if (found == JsonTypes.Number && (expected & JsonTypes.Integer) != 0)
        {
            Report(ref reader, StructureFindings.NotAnInteger, node, Encoding.UTF8.GetString(reader.ValueSpan));
        }
        else
        {
            ReportAt(reader.TokenStartIndex, Bilingual(StructureFindings.WrongType,
                [node.Title(true), Names(expected, true), Names(found, true)], [node.Title(false), Names(expected, false), Names(found, false)]));
        }
    }

    private void Report(ref Utf8JsonReader reader, FindingDefinition definition, SchemaNode node, params object?[] rest)
    {
        ReportAt(reader.TokenStartIndex, Bilingual(definition, [node.Title(true), .. rest], [node.Title(false), .. rest]));
    }

    /// <summary>A finding whose Japanese and English messages take different arguments (the member's title in each language).</summary>
    private Finding Bilingual(FindingDefinition definition, object?[] ja, object?[] en) =>
        definition.At(Pointer(), ja) with { MessageEn = string.Format(CultureInfo.InvariantCulture, definition.TemplateEn, en) };

    private void ReportAt(long offset, Finding finding)
    {
        if (_sink is null)
        {
            return;
        }

        var (line, column) = _locate(offset);
        _sink.Add(line > 0 ? finding with { Line = line, Column = column } : finding);
    }

    private string Pointer()
    {
        if (_path.Count == 0)
        {
            return "";
        }

        var builder = new StringBuilder();
        foreach (var segment in _path)
        {
            builder.Append('/');
            if (segment.Name is { } name)
            {
                builder.Append(JsonPointer.Escape(name));
            }
            else
            {
                builder.Append(segment.Index.ToString(CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static JsonTypes TypeOf(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => JsonTypes.Object,
        JsonTokenType.StartArray => JsonTypes.Array,
        JsonTokenType.String => JsonTypes.String,
        JsonTokenType.Number => IsIntegerText(ref reader) ? JsonTypes.Integer : JsonTypes.Number,
        JsonTokenType.True or JsonTokenType.False => JsonTypes.Boolean,
        _ => JsonTypes.Null,
    };

    private static bool IsIntegerText(ref Utf8JsonReader reader)
    {
        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        return raw.IndexOfAny(".eE"u8) < 0;
    }

    /// <summary>An integer token also satisfies <c>number</c>.</summary>
    private static JsonTypes Widen(JsonTypes type) => type == JsonTypes.Integer ? JsonTypes.Integer | JsonTypes.Number : type;

    private static int CodePoints(ReadOnlySpan<char> value)
    {
        var count = 0;
        foreach (var _ in value.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    private static string Names(JsonTypes types, bool japanese)
    {
        var names = new List<string>();
        foreach (var (flag, ja, en) in TypeNames)
        {
            if ((types & flag) != 0)
            {
                names.Add(japanese ? ja : en);
            }
        }

        return string.Join(japanese ? "・" : " or ", names);
    }

    private static readonly (JsonTypes Flag, string Ja, string En)[] TypeNames =
    [
        (JsonTypes.Object, "オブジェクト", "object"), (JsonTypes.Array, "配列", "array"), (JsonTypes.String, "文字列", "string"),
        (JsonTypes.Integer, "整数", "integer"), (JsonTypes.Number, "数値", "number"), (JsonTypes.Boolean, "真偽値", "boolean"),
        (JsonTypes.Null, "null", "null"),
    ];

    private readonly record struct Segment(string? Name, int Index);
}
