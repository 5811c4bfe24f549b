using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace SupportPlan.Interop.Integrity;

/// <summary>
/// The SHA-256 digest of the RFC 8785 canonical form of a JSON value (see <see cref="JsonCanonicalizer"/>), computed
/// as the form is written: it passes through a small buffer, never held whole in memory.
/// </summary>
internal static class CanonicalDigest
{
    /// <summary>Computes the SHA-256 digest of the canonical form of <paramref name="root"/>.</summary>
    /// <param name="root">The value; any <see cref="JsonElement"/>.</param>
    /// <param name="skipRootProperty">
    /// When the root is an object, the name of a member left out of the digest (such as <c>digest</c> itself);
    /// null leaves nothing out.
    /// </param>
    /// <param name="hexLowercase">The digest as 64 lowercase hexadecimal characters; empty on failure.</param>
    /// <param name="error">Why the value has no canonical form; otherwise null.</param>
    /// <returns><see langword="true"/> when the digest was computed. Never throws for the element.</returns>
    public static bool TrySha256(JsonElement root, string? skipRootProperty, out string hexLowercase, out string? error)
    {
        using IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using HashingBufferWriter writer = new(hash);
        if (!JsonCanonicalizer.TryWrite(root, writer, skipRootProperty, out error))
        {
            hexLowercase = string.Empty;
            return false;
        }

        writer.Flush();
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        _ = hash.GetHashAndReset(digest);
        hexLowercase = Convert.ToHexStringLower(digest);
        return true;
    }

    /// <summary>An <see cref="IBufferWriter{T}"/> that hands what is written to a hash a chunk at a time.</summary>
    private sealed class HashingBufferWriter : IBufferWriter<byte>, IDisposable
    {
        /// <summary>The usual chunk size; a larger one is rented only if a caller asks for a larger span.</summary>
        private const int ChunkSize = 4096;

        private readonly IncrementalHash _hash;
        private byte[] _buffer;
        private int _count;

        public HashingBufferWriter(IncrementalHash hash)
        {
            _hash = hash;
            _buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        }

        public void Advance(int count)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _count);
            _count += count;
        }

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return _buffer.AsMemory(_count);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return _buffer.AsSpan(_count);
        }

        /// <summary>Hands the bytes written so far to the hash.</summary>
        public void Flush()
        {
            if (_count > 0)
            {
                _hash.AppendData(_buffer, 0, _count);
                _count = 0;
            }
        }

        public void Dispose()
        {
            byte[] buffer = _buffer;
            _buffer = [];
            _count = 0;
            if (buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private void Reserve(int sizeHint)
        {
            ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
            sizeHint = Math.Max(sizeHint, 1);
            if (_buffer.Length - _count >= sizeHint)
            {
                return;
            }

            Flush();
            if (_buffer.Length < sizeHint)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = ArrayPool<byte>.Shared.Rent(sizeHint);
            }
        }
    }
}
