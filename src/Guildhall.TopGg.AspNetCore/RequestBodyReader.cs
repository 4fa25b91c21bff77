using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace Guildhall.TopGg.AspNetCore;

/// <summary>Reads a request body into a pooled buffer, stopping as soon as it grows past the cap.</summary>
internal sealed class RequestBodyReader : IDisposable
{
    private byte[] _buffer;

    private RequestBodyReader(byte[] buffer) => _buffer = buffer;

    /// <summary>The body, valid until the reader is disposed.</summary>
    public ReadOnlyMemory<byte> Body { get; private set; }

    /// <summary>Whether the body was larger than the cap (then <see cref="Body"/> is incomplete).</summary>
    public bool TooLarge { get; private set; }

    public static async Task<RequestBodyReader> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var declared = request.ContentLength;
        if (declared > maxBytes)
        {
            return new RequestBodyReader([]) { TooLarge = true };
        }

        var reader = new RequestBodyReader(ArrayPool<byte>.Shared.Rent((int)Math.Min(declared ?? 4096, maxBytes) + 1));
        var length = 0;
        while (true)
        {
            if (length == reader._buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Min(reader._buffer.Length * 2, maxBytes + 1));
                reader._buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(reader._buffer);
                reader._buffer = larger;
            }

            var read = await request.Body.ReadAsync(reader._buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (length > maxBytes)
            {
                reader.TooLarge = true;
                break;
            }
        }

        reader.Body = reader._buffer.AsMemory(0, length);
        return reader;
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }
}
