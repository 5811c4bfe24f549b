using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Unicode;
using System.Text.Json.Serialization;
using SupportPlan.Interop.Integrity;
using SupportPlan.Interop.Packages;

namespace SupportPlan.Interop.Json;

/// <summary>
/// The validator's fast reader: reads a current-version package into the model with code generated from the reading
/// contracts (<c>PackageReader.g.cs</c>, one method per model type and list), not through System.Text.Json's
/// metadata-driven converters, and writes every value it reads to a <see cref="CanonicalText"/>, from which the digest
/// of the package's RFC 8785 form is then emitted: one pass over the file for the package and its digest. It reads a
/// document exactly as <see cref="PackageJson.ReadingTypeInfo"/> would, or not at all: wherever it cannot be sure of
/// that (an escaped member name, a member the contract does not have, a repeated or missing one, a null where the
/// member allows none or in a list, any value a converter refuses, or a value without a canonical form) it gives up,
/// and the caller reads the document the usual way. A null for a member that allows one is read as the contract reads
/// it, as null. Scalars other than strings, integers and booleans (dates, enums, identifiers, extension data) go
/// through the contract's own converters, with the contract's options, except dates and enumerations spelled exactly
/// as their converter takes them (<see cref="FastScalars{T}"/>). The tokens come from <see cref="JsonTokenizer"/>,
/// which takes exactly what <see cref="Utf8JsonReader"/> takes with the contract's options, token for token.
/// </summary>
/// <remarks>
/// Each member is written to the canonical text with its rank in canonical order, which the generator knows from the
/// member names, so nothing is compared to sort members. <c>PackageReaderTests</c> hold the reader to the contract: on
/// every sample and generated package it reads the same package, and over every one-value mistake in them and
/// byte-level mutations it reads nothing the contract refuses and nothing other than what the contract reads.
/// <c>CanonicalTextTests</c> hold the canonical text to the layers' canonicalizer on everything the reader takes.
/// </remarks>
internal static partial class PackageReader
{
    /// <summary>The longest string (in UTF-8 bytes) transcoded through the text's buffer; longer ones go through GetString.</summary>
    private const int ShortStringBytes = 512;

    private static readonly JsonSerializerOptions Options = PackageJson.ReadingTypeInfo.Options;

    /// <summary>The contract's nesting limit (64 where its options leave it at 0, as System.Text.Json reads that).</summary>
    private static readonly int DefaultMaxDepth = Options.MaxDepth == 0 ? 64 : Options.MaxDepth;

    /// <summary>Reads a package, or gives up (for tests: the canonical form is written and dropped).</summary>
    /// <param name="utf8Json">The document, without a byte-order mark.</param>
    /// <returns>The package as the reading contract reads it, or null when this reader cannot be sure of that.</returns>
    public static HandoverPackage? TryRead(ReadOnlySpan<byte> utf8Json)
    {
        using var text = new CanonicalText(utf8Json.Length);
        return TryRead(utf8Json, DefaultMaxDepth, text);
    }

    /// <summary>
    /// Reads a package, or gives up, and writes every value it reads to <paramref name="text"/>, from which the digest
    /// of the package's canonical form (without its <c>digest</c> member) is then emitted: one pass over the bytes for
    /// both.
    /// </summary>
    /// <param name="utf8Json">The document, without a byte-order mark.</param>
    /// <param name="maxDepth">The most containers that may be nested (the contract's own limit applies too).</param>
    /// <param name="text">Receives the canonical text; holds part of it when null is returned.</param>
    /// <returns>The package as the reading contract reads it, or null when this reader cannot be sure of that.</returns>
    public static HandoverPackage? TryRead(ReadOnlySpan<byte> utf8Json, int maxDepth, CanonicalText text)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDepth);
        try
        {
            // A document nested deeper than the tokenizer follows is given up on, and left to the layers, like one
            // nested deeper than allowed.
            var reader = new JsonTokenizer(utf8Json, Math.Min(Math.Min(maxDepth, DefaultMaxDepth), JsonTokenizer.MostDepth));
            if (!reader.Read())
            {
                return null;
            }

            var package = ReadRoot(ref reader, text);
            return package is not null && !reader.Read() ? package : null;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or ArgumentException or OverflowException or NotSupportedException)
        {
            // A converter refused a value: the contract would refuse it too, and the caller's reading reports it.
            return null;
        }
    }

    /// <summary>Notes a member as seen; false when it was seen before.</summary>
    private static bool Mark(ref ulong seen, ulong bit)
    {
        if ((seen & bit) != 0)
        {
            return false;
        }

        seen |= bit;
        return true;
    }

    /// <summary>The reader on a member name: steps to its value and gives the name, or false for an escaped name.</summary>
    private static bool Name(ref JsonTokenizer reader, out ReadOnlySpan<byte> name)
    {
        if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped)
        {
            name = default;
            return false;
        }

        name = reader.ValueSpan;
        return reader.Read();
    }

    /// <summary>A string, as <c>StringConverter</c> reads one other than null, written to the canonical text.</summary>
    private static bool String(ref JsonTokenizer reader, CanonicalText text, out string value)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            value = string.Empty;
            return false;
        }

        if (reader.ValueIsEscaped || reader.ValueSpan.Length > ShortStringBytes)
        {
            value = reader.ValueReader().GetString()!;
            return text.TryString(ref reader);
        }

        // What GetString does for an unescaped string, in one pass instead of two (it counts the characters, then
        // transcodes), into a buffer that is not cleared each time: invalid UTF-8, which GetString refuses, is refused
        // here too, so the text is checked.
        var chars = text.Chars(ShortStringBytes);
        if (Utf8.ToUtf16(reader.ValueSpan, chars, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            value = string.Empty;
            return false;
        }

        value = new string(chars[..written]);
        text.CheckedString(reader.ValueSpan);
        return true;
    }

    /// <summary>
    /// A string of a disclosure report's entry, most often one the item catalogue or the default policy holds: taken
    /// from <see cref="KnownStrings"/> when its bytes are there (bytes equal to a known string's are valid UTF-8, and
    /// the same string), otherwise read as <see cref="String"/> reads it.
    /// </summary>
    private static bool KnownString(ref JsonTokenizer reader, CanonicalText text, out string value)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && KnownStrings.TryGet(reader.ValueSpan, out value))
        {
            text.CheckedString(reader.ValueSpan);
            return true;
        }

        return String(ref reader, text, out value);
    }

    /// <summary>An integer, as <c>Int32Converter</c> reads one with strict number handling, written to the canonical text.</summary>
    private static bool Int32(ref JsonTokenizer reader, CanonicalText text, out int value)
    {
        value = 0;
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out value))
        {
            return false;
        }

        // An integer TryGetInt32 takes is digits after an optional minus (no fraction, no exponent, and JSON allows
        // no leading zero), so it is its own canonical form, except a minus zero, which is 0.
        text.Integer(value == 0 ? "0"u8 : reader.ValueSpan);
        return true;
    }

    /// <summary>A boolean, as <c>BooleanConverter</c> reads one, written to the canonical text.</summary>
    private static bool Boolean(ref JsonTokenizer reader, CanonicalText text, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        if (!value && reader.TokenType != JsonTokenType.False)
        {
            return false;
        }

        text.Boolean(value);
        return true;
    }

    /// <summary>
    /// Any other value other than null, through the contract's converter (which throws on what it refuses), written to
    /// the canonical text; false for a null token, a value the converter reads as null, or one without a canonical form.
    /// A scalar is written from its token; a container only when it is extension data, a <see cref="JsonElement"/>,
    /// written from the element.
    /// </summary>
    private static bool Value<T>(ref JsonTokenizer reader, CanonicalText text, JsonConverter<T> converter, out T value)
    {
        value = default!;
        var container = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
        if (reader.TokenType == JsonTokenType.Null || (container && typeof(T) != typeof(JsonElement)) || (!container && !text.TryScalar(ref reader)))
        {
            return false;
        }

        if (!container && FastScalars<T>.TryRead(ref reader, converter, out value))
        {
            return true;
        }

        // A converter that reads a value as null leaves the member to the contract, which allows that only where the
        // member allows null. It reads from a reader over the value alone (for a container, the tokenizer steps to
        // its end).
        var valueReader = reader.ValueReader();
        value = converter.Read(ref valueReader, typeof(T), Options)!;
        return value is not null && (!container || text.TryElement(Unsafe.As<T, JsonElement>(ref value)));
    }

    /// <summary>The converter the reading contract uses for values of a type.</summary>
    private static JsonConverter<T> Converter<T>() => (JsonConverter<T>)Options.GetTypeInfo(typeof(T)).Converter;

    /// <summary>The converter a member of a type declares for itself.</summary>
    private static JsonConverter<T> MemberConverter<T>(Type owner, string member) =>
        (JsonConverter<T>)Options.GetTypeInfo(owner).Properties.Single(p => p.Name == member).CustomConverter!;
}
