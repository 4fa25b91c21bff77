using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace Guildhall.TopGg.AspNetCore;

/// <summary>
/// A request body read into a pooled buffer, stopping as soon as it grows past the cap. A value, not an object: one is
/// read per delivery, and when the body is already in Kestrel's buffer the read completes without allocating.
/// </summary>
internal readonly struct RequestBodyReader : IDisposable
{
    private readonly byte[] _buffer;
    private readonly int _length;

    private RequestBodyReader(byte[] buffer, int length, bool tooLarge)
    {
        _buffer = buffer;
        _length = length;
        TooLarge = tooLarge;
    }

    /// <summary>The body, valid until the reader is disposed.</summary>
    public ReadOnlySpan<byte> Body => _buffer.AsSpan(0, _length);

    /// <summary>Whether the body was larger than the cap (then <see cref="Body"/> is incomplete).</summary>
    public bool TooLarge { get; }

    public static async ValueTask<RequestBodyReader> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var declared = request.ContentLength;
        if (declared > maxBytes)
        {
            return new RequestBodyReader([], 0, tooLarge: true);
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(declared ?? 4096, maxBytes) + 1);
        var length = 0;
        try
        {
            // With a declared length, the body ends where it says (the server holds the sender to it); without one,
            // it ends when a read returns nothing.
            while (declared is null || length < declared)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxBytes)
                {
                    return new RequestBodyReader(buffer, length, tooLarge: true);
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        return new RequestBodyReader(buffer, length, tooLarge: false);
    }

    public void Dispose()
    {
        if (_buffer is { Length: > 0 })
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }
    }
}
