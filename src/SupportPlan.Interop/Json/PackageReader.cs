using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using System.Text.Json.Serialization;
using SupportPlan.Interop.Packages;

namespace SupportPlan.Interop.Json;

/// <summary>
/// The validator's fast reader: reads a current-version package into the model with code generated from the reading
/// contracts (<c>PackageReader.g.cs</c>, one method per model type and list), not through System.Text.Json's
/// metadata-driven converters. It reads a document exactly as <see cref="PackageJson.ReadingTypeInfo"/> would, or not
/// at all: wherever it cannot be sure of that (an escaped member name, a member the contract does not have, a repeated
/// or missing one, a null where the member allows none or in a list, any value a converter refuses) it gives up, and
/// the caller reads the document the usual way. A null for a member that allows one is read as the contract reads it,
/// as null. Scalars other than strings, integers and booleans (dates, enums, identifiers, extension data) go through
/// the contract's own converters, with the contract's options.
/// </summary>
/// <remarks>
/// Made for the compact text the validator's first pass writes, which has no escaped member names when the package is
/// one this library or a conforming vendor wrote. <c>PackageReaderTests</c> hold it to the contract: on every sample
/// and generated package it reads the same package, and over every one-value mistake in them and byte-level mutations
/// it reads nothing the contract refuses and nothing other than what the contract reads.
/// </remarks>
internal static partial class PackageReader
{
    /// <summary>The longest string (in UTF-8 bytes) transcoded on the stack; longer ones go through GetString.</summary>
    private const int StackChars = 512;

    private static readonly JsonSerializerOptions Options = PackageJson.ReadingTypeInfo.Options;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        MaxDepth = Options.MaxDepth,
        CommentHandling = Options.ReadCommentHandling,
        AllowTrailingCommas = Options.AllowTrailingCommas,
    };

    /// <summary>Reads a package, or gives up.</summary>
    /// <param name="utf8Json">The document, without a byte-order mark.</param>
    /// <returns>The package as the reading contract reads it, or null when this reader cannot be sure of that.</returns>
    public static HandoverPackage? TryRead(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
            if (!reader.Read())
            {
                return null;
            }

            var package = ReadRoot(ref reader);
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
    private static bool Name(ref Utf8JsonReader reader, out ReadOnlySpan<byte> name)
    {
        if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped)
        {
            name = default;
            return false;
        }

        name = reader.ValueSpan;
        return reader.Read();
    }

    /// <summary>A string, as <c>StringConverter</c> reads one other than null.</summary>
    private static bool String(ref Utf8JsonReader reader, out string value)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            value = string.Empty;
            return false;
        }

        if (reader.ValueIsEscaped || reader.ValueSpan.Length > StackChars)
        {
            value = reader.GetString()!;
            return true;
        }

        // What GetString does for an unescaped string, in one pass instead of two (it counts the characters, then
        // transcodes): invalid UTF-8, which GetString refuses, is refused here too.
        Span<char> chars = stackalloc char[StackChars];
        if (Utf8.ToUtf16(reader.ValueSpan, chars, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            value = string.Empty;
            return false;
        }

        value = new string(chars[..written]);
        return true;
    }

    /// <summary>An integer, as <c>Int32Converter</c> reads one with strict number handling.</summary>
    private static bool Int32(ref Utf8JsonReader reader, out int value)
    {
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out value);
    }

    /// <summary>A boolean, as <c>BooleanConverter</c> reads one.</summary>
    private static bool Boolean(ref Utf8JsonReader reader, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        return value || reader.TokenType == JsonTokenType.False;
    }

    /// <summary>
    /// Any other value other than null, through the contract's converter (which throws on what it refuses); false for a
    /// null token or a value the converter reads as null.
    /// </summary>
    private static bool Value<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, out T value)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            value = default!;
            return false;
        }

        // A converter that reads a value as null leaves the member to the contract, which allows that only where the
        // member allows null.
        value = converter.Read(ref reader, typeof(T), Options)!;
        return value is not null;
    }

    /// <summary>The converter the reading contract uses for values of a type.</summary>
    private static JsonConverter<T> Converter<T>() => (JsonConverter<T>)Options.GetTypeInfo(typeof(T)).Converter;

    /// <summary>The converter a member of a type declares for itself.</summary>
    private static JsonConverter<T> MemberConverter<T>(Type owner, string member) =>
        (JsonConverter<T>)Options.GetTypeInfo(owner).Properties.Single(p => p.Name == member).CustomConverter!;
}
