using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SupportPlan.Interop.Validation;
using SupportPlan.Model.Checks;
using SupportPlan.Model.Json;

namespace SupportPlan.Interop.Syntax;

/// <summary>
/// The first layer of the handover-file validator: size, encoding and JSON syntax, in one pass of
/// <see cref="Utf8JsonReader"/> (strict: no comments, no trailing commas) that also tracks the JSON Pointer of every
/// token, finds duplicate member names (compared unescaped, every one reported until the sink is full), escapes of
/// lone surrogates, nesting beyond the depth limit and a top level that is not an object.
/// </summary>
/// <remarks>
/// <para>
/// <b>The WellFormed rule.</b> <see cref="SyntaxOutcome.WellFormed"/> is <see langword="false"/> exactly when this
/// layer reported an error: an empty or too large file, a file that is not UTF-8 (UTF-16/32, Shift_JIS, invalid
/// UTF-8), malformed or truncated JSON, nesting deeper than the limit, a duplicate member name, a lone surrogate
/// escape or a top-level value that is not an object. Each of these would make a strict System.Text.Json
/// deserialization of the plan fail (duplicates are rejected, a lone surrogate cannot become a .NET string without
/// loss, a plan is an object), so later layers should not run. The only warning, a UTF-8 byte-order mark, keeps the
/// file well-formed: later layers read from <see cref="SyntaxOutcome.Start"/>.
/// </para>
/// <para>
/// Never throws on any input. Every finding has a line and column from the <see cref="LineMap"/> (1-based, columns in
/// characters): findings about the whole file (empty, too large, UTF-16/32) are at 1:1, Shift_JIS and invalid UTF-8 at
/// the first byte that is not UTF-8, a truncation at the end of the text.
/// When the sink is full and an error has been found, the scan stops early (the outcome is already known).
/// </para>
/// </remarks>
internal static class SyntaxLayer
{
    /// <summary>Checks <paramref name="input"/>, copying it so that the outcome's line map can keep it.</summary>
    /// <param name="input">The bytes of the file.</param>
    /// <param name="limits">The size and depth limits.</param>
    /// <param name="sink">Where the findings go.</param>
    /// <returns>Whether the JSON may go on to the next layers, where it starts and its line map.</returns>
    public static SyntaxOutcome Check(ReadOnlySpan<byte> input, SyntaxLimits limits, FindingSink sink) =>
        Check(new ReadOnlyMemory<byte>(input.ToArray()), limits, sink);

    /// <summary>Checks <paramref name="input"/> without copying it (the outcome's line map refers to it).</summary>
    /// <param name="input">The bytes of the file.</param>
    /// <param name="limits">The size and depth limits.</param>
    /// <param name="sink">Where the findings go.</param>
    /// <returns>Whether the JSON may go on to the next layers, where it starts and its line map.</returns>
    public static SyntaxOutcome Check(byte[] input, SyntaxLimits limits, FindingSink sink) =>
        Check(new ReadOnlyMemory<byte>(input), limits, sink);

    /// <summary>Checks <paramref name="input"/> without copying it (the outcome's line map refers to it).</summary>
    /// <param name="input">The bytes of the file; must not change while the outcome is used.</param>
    /// <param name="limits">The size and depth limits.</param>
    /// <param name="sink">Where the findings go.</param>
    /// <returns>Whether the JSON may go on to the next layers, where it starts and its line map.</returns>
    public static SyntaxOutcome Check(ReadOnlyMemory<byte> input, SyntaxLimits limits, FindingSink sink)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentOutOfRangeException.ThrowIfNegative(limits.MaxBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limits.MaxDepth);

        var lines = new LineMap(input);
        var bytes = input.Span;
        if (bytes.Length > limits.MaxBytes)
        {
            sink.Add(SyntaxFindings.TooLarge.At("", bytes.Length, limits.MaxBytes) with { Line = 1, Column = 1 });
            return new(false, 0, lines);
        }

        var sniff = EncodingSniffer.Sniff(bytes);
        switch (sniff.Encoding)
        {
            case DetectedEncoding.Empty:
                sink.Add(SyntaxFindings.Empty.At("") with { Line = 1, Column = 1 });
                return new(false, sniff.BomLength, lines);
            case DetectedEncoding.Utf16LittleEndian:
            case DetectedEncoding.Utf16BigEndian:
            case DetectedEncoding.Utf32LittleEndian:
            case DetectedEncoding.Utf32BigEndian:
                sink.Add(SyntaxFindings.Utf16OrUtf32.At("", EncodingName(sniff.Encoding)) with { Line = 1, Column = 1 });
                return new(false, 0, lines);
            case DetectedEncoding.ShiftJis:
                // At the first byte that is not UTF-8: the first Shift_JIS double-byte character, as a rule.
                var (sjisLine, sjisColumn) = lines.At(sniff.InvalidOffset);
                sink.Add(SyntaxFindings.ShiftJis.At("") with { Line = sjisLine, Column = sjisColumn });
                return new(false, 0, lines);
            case DetectedEncoding.InvalidUtf8:
                var (line, column) = lines.At(sniff.InvalidOffset);
                sink.Add(SyntaxFindings.InvalidUtf8.At("", sniff.InvalidOffset, bytes[sniff.InvalidOffset])
                    with { Line = line, Column = column });
                return new(false, sniff.BomLength, lines);
            default:
                break;
        }

        var start = sniff.BomLength;
        if (start > 0)
        {
            sink.Add(SyntaxFindings.Utf8ByteOrderMark.At("") with { Line = 1, Column = 1 });
        }

        if (bytes[start..].IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            sink.Add(SyntaxFindings.Empty.At("") with { Line = 1, Column = 1 });
            return new(false, start, lines);
        }

        var scanner = new Scanner(bytes, start, limits, sink, lines);
        try
        {
            return new(scanner.Run(), start, lines);
        }
        finally
        {
            scanner.Dispose();
        }
    }

    private static string EncodingName(DetectedEncoding encoding) => encoding switch
    {
        DetectedEncoding.Utf16LittleEndian => "UTF-16LE",
        DetectedEncoding.Utf16BigEndian => "UTF-16BE",
        DetectedEncoding.Utf32LittleEndian => "UTF-32LE",
        _ => "UTF-32BE",
    };

    /// <summary>
    /// Finds the first escape of a lone surrogate in the raw (still escaped) bytes of a string or member name that
    /// the reader has validated.
    /// </summary>
    /// <param name="raw">The bytes between the quotes.</param>
    /// <returns>The offset of the backslash of the lone escape, or -1.</returns>
    internal static int FindLoneSurrogate(ReadOnlySpan<byte> raw)
    {
        // Fast path: every surrogate escape starts with \ud or \uD (most escaped text is BMP characters).
        var first = raw.IndexOf("\\ud"u8);
        var upper = raw.IndexOf("\\uD"u8);
        if (first < 0 && upper < 0)
        {
            return -1;
        }

        var i = 0;                                               // escapes must be walked from the start (\\ud800 is no escape)
        while (true)
        {
            var next = raw[i..].IndexOf((byte)'\\');
            if (next < 0 || i + next + 1 >= raw.Length)
            {
                return -1;
            }

            i += next;
            if (raw[i + 1] != 'u' || i + 6 > raw.Length)
            {
                i += 2;                                          // \" \\ \/ \b \f \n \r \t
                continue;
            }

            var unit = Hex(raw.Slice(i + 2, 4));
            if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                return i;                                        // a low surrogate without a high one
            }

            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                if (i + 12 > raw.Length || raw[i + 6] != '\\' || raw[i + 7] != 'u'
                    || Hex(raw.Slice(i + 8, 4)) is < 0xDC00 or > 0xDFFF)
                {
                    return i;                                    // a high surrogate without a low one
                }

                i += 12;
                continue;
            }

            i += 6;
        }
    }

    private static int Hex(ReadOnlySpan<byte> four)
    {
        var value = 0;
        foreach (var b in four)
        {
            var digit = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
                _ => 0,
            };
            value = (value << 4) | digit;
        }

        return value;
    }

    /// <summary>One open object or array.</summary>
    private struct Frame
    {
        public bool IsArray;

        /// <summary>Whether a value (or, in an object, a member) is in progress: the pointer includes it.</summary>
        public bool Pending;

        /// <summary>The index of the current element of an array.</summary>
        public int Index;

        /// <summary>The first of this object's entries in the name list.</summary>
        public int NameStart;

        /// <summary>The arena length when the object opened.</summary>
        public int ArenaStart;

        /// <summary>An open-addressing table of entry indices + 1, once the object has many members.</summary>
        public int[]? Table;

        public int TableCount;

        /// <summary>One bit per member name (from its prefix and length): a name whose bit is clear is new.</summary>
        public ulong Seen;
    }

    /// <summary>A member name seen in an open object.</summary>
    /// <param name="Start">The offset of the unescaped name in the input (≥ 0) or <c>~offset</c> in the arena.</param>
    /// <param name="Length">The length of the unescaped name in bytes.</param>
    /// <param name="Hash">The hash of the name, once the object has a table.</param>
    /// <param name="Token">The offset of the name's opening quote in the input.</param>
    /// <param name="Prefix">The first 8 bytes of the name, zero-padded: names of up to 8 bytes compare by it alone.</param>
    private record struct NameEntry(int Start, int Length, int Hash, int Token, ulong Prefix);

    /// <summary>The state of one scan; a ref struct so that it can hold the input span.</summary>
    private ref struct Scanner
    {
        /// <summary>Up to this many members, duplicates are found by a linear scan; then by a hash table.</summary>
        private const int LinearMembers = 16;

        private readonly ReadOnlySpan<byte> _input;
        private readonly int _start;
        private readonly SyntaxLimits _limits;
        private readonly FindingSink _sink;
        private readonly LineMap _lines;

        private Frame[] _frames;
        private int _depth;
        private NameEntry[] _names;
        private int _nameCount;
        private byte[] _arena;
        private int _arenaLength;
        private bool _errors;
        private bool _stop;
        private bool _topLevelDone;

        public Scanner(ReadOnlySpan<byte> input, int start, SyntaxLimits limits, FindingSink sink, LineMap lines)
        {
            _input = input;
            _start = start;
            _limits = limits;
            _sink = sink;
            _lines = lines;
            _frames = new Frame[Math.Min(16, limits.MaxDepth) + 1];
            _names = ArrayPool<NameEntry>.Shared.Rent(64);
            _arena = ArrayPool<byte>.Shared.Rent(256);
        }

        /// <summary>Runs the reader over the JSON text.</summary>
        /// <returns>Whether the text is well-formed (no error reported).</returns>
        public bool Run()
        {
            var options = new JsonReaderOptions
            {
                CommentHandling = JsonCommentHandling.Disallow,
                AllowTrailingCommas = false,
                MaxDepth = _limits.MaxDepth >= int.MaxValue - 1 ? int.MaxValue : _limits.MaxDepth + 1,
            };
            var reader = new Utf8JsonReader(_input[_start..], options);
            try
            {
                while (!_stop && reader.Read())
                {
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.StartObject:
                        case JsonTokenType.StartArray:
                            if (BeginValue(reader.TokenType, (int)reader.TokenStartIndex))
                            {
                                Push(reader.TokenType == JsonTokenType.StartArray);
                            }

                            break;
                        case JsonTokenType.EndObject:
                        case JsonTokenType.EndArray:
                            Pop();
                            EndValue();
                            break;
                        case JsonTokenType.PropertyName:
                            Member(ref reader);
                            break;
                        default:
                            // A string, number, true, false or null: the common case, kept short.
                            if (_depth > 0 && !reader.ValueIsEscaped)
                            {
                                ref var parent = ref _frames[_depth - 1];
                                if (parent.IsArray)
                                {
                                    parent.Index++;
                                }

                                parent.Pending = false;
                                break;
                            }

                            BeginValue(reader.TokenType, (int)reader.TokenStartIndex);
                            if (reader.ValueIsEscaped)
                            {
                                CheckSurrogates(reader.ValueSpan, (int)reader.TokenStartIndex);
                            }

                            EndValue();
                            break;
                    }
                }
            }
            catch (JsonException exception)
            {
                ReaderError(exception, options);
            }
            catch (InvalidOperationException)
            {
                // Not expected from a reader over a span; reported rather than thrown.
                Report(SyntaxFindings.Malformed.At(Pointer(), "JSONを読み取れません", "the reader could not go on"),
                    _start + (int)reader.BytesConsumed);
            }

            return !_errors;
        }

        public readonly void Dispose()
        {
            for (var d = 0; d < _depth; d++)
            {
                if (_frames[d].Table is { } table)
                {
                    ArrayPool<int>.Shared.Return(table);
                }
            }

            ArrayPool<NameEntry>.Shared.Return(_names);
            ArrayPool<byte>.Shared.Return(_arena);
        }

        /// <summary>A value starts: counts array elements, checks the top level and the depth.</summary>
        /// <returns><see langword="false"/> when the scan must stop (too deep).</returns>
        private bool BeginValue(JsonTokenType token, int tokenStart)
        {
            if (_depth == 0)
            {
                if (token != JsonTokenType.StartObject)
                {
                    var (ja, en) = token switch
                    {
                        JsonTokenType.StartArray => ("配列", "an array"),
                        JsonTokenType.String => ("文字列", "a string"),
                        JsonTokenType.Number => ("数値", "a number"),
                        JsonTokenType.True or JsonTokenType.False => ("真偽値（true/false）", "a boolean (true/false)"),
                        _ => ("null", "null"),
                    };
                    Report(SyntaxFindings.TopLevelNotObject.At("", ja, en), _start + tokenStart);
                }
            }
            else
            {
                ref var parent = ref _frames[_depth - 1];
                if (parent.IsArray)
                {
                    parent.Index++;
                    parent.Pending = true;
                }
            }

            if (token is JsonTokenType.StartObject or JsonTokenType.StartArray && _depth >= _limits.MaxDepth)
            {
                Report(SyntaxFindings.TooDeep.At(Pointer(), _limits.MaxDepth), _start + tokenStart);
                _errors = true;
                _stop = true;
                return false;
            }

            return true;
        }

        private void EndValue()
        {
            if (_depth == 0)
            {
                _topLevelDone = true;
            }
            else
            {
                _frames[_depth - 1].Pending = false;
            }
        }

        private void Push(bool isArray)
        {
            if (_depth == _frames.Length)
            {
                Array.Resize(ref _frames, _frames.Length * 2);
            }

            _frames[_depth++] = new Frame
            {
                IsArray = isArray,
                Index = -1,
                NameStart = _nameCount,
                ArenaStart = _arenaLength,
            };
        }

        private void Pop()
        {
            ref var frame = ref _frames[--_depth];
            if (frame.Table is { } table)
            {
                ArrayPool<int>.Shared.Return(table);
            }

            _nameCount = frame.NameStart;
            _arenaLength = frame.ArenaStart;
            frame = default;
        }

        private void Member(ref Utf8JsonReader reader)
        {
            ref var frame = ref _frames[_depth - 1];
            var tokenStart = _start + (int)reader.TokenStartIndex;
            var raw = reader.ValueSpan;
            int start;
            int length;
            var lone = -1;
            if (!reader.ValueIsEscaped)
            {
                start = tokenStart + 1;
                length = raw.Length;
            }
            else
            {
                lone = FindLoneSurrogate(raw);
                EnsureArena(raw.Length + 1);
                var arena = _arena.AsSpan(_arenaLength);
                if (lone >= 0)
                {
                    // Cannot be unescaped: keep the escaped form behind a byte no unescaped name holds.
                    arena[0] = 0xFF;
                    raw.CopyTo(arena[1..]);
                    length = raw.Length + 1;
                }
                else
                {
                    length = reader.CopyString(arena);
                }

                start = ~_arenaLength;
                _arenaLength += length;
            }

            if (_nameCount == _names.Length)
            {
                var larger = ArrayPool<NameEntry>.Shared.Rent(_names.Length * 2);
                _names.AsSpan(0, _nameCount).CopyTo(larger);
                ArrayPool<NameEntry>.Shared.Return(_names);
                _names = larger;
            }

            var entry = _nameCount++;
            _names[entry] = new NameEntry(start, length, 0, tokenStart, Prefix(NameBytes(start, length)));
            frame.Pending = true;

            var first = FindEarlier(ref frame, entry);
            if (first >= 0)
            {
                var (line, _) = _lines.At(_names[first].Token);
                Report(SyntaxFindings.DuplicateMember.At(Pointer(), NameText(entry), line), tokenStart);
            }

            if (lone >= 0)
            {
                Report(SyntaxFindings.LoneSurrogate.At(Pointer(), Encoding.ASCII.GetString(raw.Slice(lone, 6))),
                    tokenStart + 1 + lone);
            }
        }

        /// <summary>Looks for an earlier member of the object with the same name as <paramref name="entry"/>.</summary>
        /// <returns>The earlier entry, or -1 (and the entry is remembered).</returns>
        private int FindEarlier(ref Frame frame, int entry)
        {
            if (frame.Table is null)
            {
                var (_, length, _, _, prefix) = _names[entry];
                var bit = 1UL << (int)(((prefix ^ (ulong)length) * 0x9E3779B97F4A7C15UL) >> 58);
                var scan = (frame.Seen & bit) != 0;
                frame.Seen |= bit;
                for (var i = frame.NameStart; scan && i < entry; i++)
                {
                    ref readonly var other = ref _names[i];
                    if (other.Prefix == prefix && other.Length == length
                        && (length <= sizeof(ulong) || NameBytes(i).SequenceEqual(NameBytes(entry))))
                    {
                        return i;
                    }
                }

                if (entry - frame.NameStart + 1 >= LinearMembers)
                {
                    frame.Table = ArrayPool<int>.Shared.Rent(LinearMembers * 4);
                    Array.Clear(frame.Table);
                    for (var i = frame.NameStart; i <= entry; i++)
                    {
                        _ = FindOrAdd(ref frame, i);
                    }
                }

                return -1;
            }

            return FindOrAdd(ref frame, entry);
        }

        private int FindOrAdd(ref Frame frame, int entry)
        {
            var name = NameBytes(entry);
            var hasher = new HashCode();
            hasher.AddBytes(name);
            var hash = hasher.ToHashCode();
            _names[entry].Hash = hash;

            var table = frame.Table!;
            var mask = PowerOfTwoBelow(table.Length) - 1;
            var slot = hash & mask;
            while (table[slot] != 0)
            {
                var other = table[slot] - 1;
                if (_names[other].Hash == hash && NameBytes(other).SequenceEqual(name))
                {
                    return other;
                }

                slot = (slot + 1) & mask;
            }

            table[slot] = entry + 1;
            if (++frame.TableCount * 2 > mask + 1)
            {
                Grow(ref frame, (mask + 1) * 2);
            }

            return -1;
        }

        private readonly void Grow(ref Frame frame, int size)
        {
            var old = frame.Table!;
            var table = ArrayPool<int>.Shared.Rent(size);
            Array.Clear(table);
            var mask = PowerOfTwoBelow(table.Length) - 1;
            foreach (var stored in old)
            {
                if (stored != 0)
                {
                    var slot = _names[stored - 1].Hash & mask;
                    while (table[slot] != 0)
                    {
                        slot = (slot + 1) & mask;
                    }

                    table[slot] = stored;
                }
            }

            ArrayPool<int>.Shared.Return(old);
            frame.Table = table;
        }

        private static ulong Prefix(ReadOnlySpan<byte> name)
        {
            if (name.Length >= sizeof(ulong))
            {
                return BinaryPrimitives.ReadUInt64LittleEndian(name);
            }

            ulong prefix = 0;
            for (var i = name.Length - 1; i >= 0; i--)
            {
                prefix = (prefix << 8) | name[i];
            }

            return prefix;
        }

        private static int PowerOfTwoBelow(int length) => 1 << System.Numerics.BitOperations.Log2((uint)length);

        private void EnsureArena(int more)
        {
            if (_arenaLength + more > _arena.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_arena.Length * 2, _arenaLength + more));
                _arena.AsSpan(0, _arenaLength).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_arena);
                _arena = larger;
            }
        }

        private readonly ReadOnlySpan<byte> NameBytes(int entry)
        {
            var (start, length, _, _, _) = _names[entry];
            return NameBytes(start, length);
        }

        private readonly ReadOnlySpan<byte> NameBytes(int start, int length) =>
            start >= 0 ? _input.Slice(start, length) : _arena.AsSpan(~start, length);

        private readonly string NameText(int entry)
        {
            var bytes = NameBytes(entry);
            return bytes is [0xFF, ..] ? Encoding.UTF8.GetString(bytes[1..]) : Encoding.UTF8.GetString(bytes);
        }

        private void CheckSurrogates(ReadOnlySpan<byte> raw, int tokenStart)
        {
            var lone = FindLoneSurrogate(raw);
            if (lone >= 0)
            {
                Report(SyntaxFindings.LoneSurrogate.At(Pointer(), Encoding.ASCII.GetString(raw.Slice(lone, 6))),
                    _start + tokenStart + 1 + lone);
            }
        }

        /// <summary>The JSON Pointer of the value or member in progress.</summary>
        private readonly string Pointer()
        {
            var pointer = "";
            for (var d = 0; d < _depth; d++)
            {
                ref readonly var frame = ref _frames[d];
                if (!frame.Pending)
                {
                    break;
                }

                pointer = frame.IsArray
                    ? JsonPointer.Append(pointer, frame.Index)
                    : JsonPointer.Append(pointer, NameText((d + 1 < _depth ? _frames[d + 1].NameStart : _nameCount) - 1));
            }

            return pointer;
        }

        private void Report(Finding finding, int offset)
        {
            var (line, column) = _lines.At(offset);
            Report(finding with { Line = line, Column = column });
        }

        private void Report(Finding finding)
        {
            if (finding.Severity == FindingSeverity.Error)
            {
                _errors = true;
            }

            _sink.Add(finding);
            if (_errors && _sink.IsFull)
            {
                _stop = true;
            }
        }

        private void ReaderError(JsonException exception, JsonReaderOptions options)
        {
            var json = _input[_start..];
            if (IsPrefixOfJson(json, options))
            {
                // Truncation concerns the whole file; where the text ended goes into the message.
                var open = Pointer();
                Report(SyntaxFindings.Truncated.At("", open.Length == 0 ? "/" : open), _input.Length);
                return;
            }

            var line = exception.LineNumber ?? 0;
            var lineStart = line == 0 ? _start : _lines.LineStart(line);
            var offset = (int)Math.Clamp(lineStart + (exception.BytePositionInLine ?? 0), 0, _input.Length);
            var (ja, en) = Describe(offset);
            Report(SyntaxFindings.Malformed.At(Pointer(), ja, en), offset);
        }

        /// <summary>A stable description of what is wrong at <paramref name="offset"/>, in Japanese and English.</summary>
        private readonly (string Ja, string En) Describe(int offset)
        {
            if (offset >= _input.Length)
            {
                return ("文書が途中で終わっています", "the text ends unexpectedly");
            }

            var c = _input[offset];
            var before = _input[_start..offset].TrimEnd(" \t\r\n"u8);
            if (_depth == 0 && _topLevelDone)
            {
                return ("文書の終わりの後に余分な内容があります", "there is more content after the end of the document");
            }

            if (c is (byte)'}' or (byte)']' && before is [.., (byte)',' ])
            {
                return ("最後の要素の後にカンマがあります", "a comma follows the last member or element");
            }

            if (c == '/')
            {
                return ("コメントは使えません", "comments are not allowed");
            }

            if (c == '\'')
            {
                return ("文字列は二重引用符（\"）で囲んでください", "strings must be in double quotes (\")");
            }

            _ = Rune.DecodeFromUtf8(_input[offset..], out var rune, out _);
            var code = string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}");
            if (c < 0x20)
            {
                return ($"文字列の中に制御文字（{code}）があります。改行やタブは \\n や \\t のようにエスケープしてください",
                    $"a string holds the control character {code}; escape line breaks and tabs as \\n and \\t");
            }

            return ($"ここに文字「{rune}」（{code}）は書けません", $"the character '{rune}' ({code}) is not allowed here");
        }

        /// <summary>Whether the JSON text is a prefix of a well-formed document (so the error was its end).</summary>
        private static bool IsPrefixOfJson(ReadOnlySpan<byte> json, JsonReaderOptions options)
        {
            var reader = new Utf8JsonReader(json, isFinalBlock: false, new JsonReaderState(options));
            try
            {
                while (reader.Read())
                {
                }

                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }
    }
}
