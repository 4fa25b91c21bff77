using System.Buffers;
using Guildhall.Core.Errors;

namespace Guildhall.Core.Http;

/// <summary>Buffers a response: headers into a case-insensitive map, the body into memory up to a cap.</summary>
internal static class ResponseReader
{
    /// <summary>The first buffer for a body of unknown length: most API answers fit in it.</summary>
    private const int UnknownLengthStart = 4 * 1024;

    /// <remarks>
    /// One async method for headers and body, because each one that waits allocates its own state. The headers are
    /// copied from the unvalidated view: the values as they came, joined with <c>, </c> when repeated, with no parsed
    /// value or array built per header.
    /// </remarks>
    public static async Task<ApiResponse> ReadAsync(string apiName, HttpResponseMessage response, int maxBytes, bool isSecret, bool lendBody, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.NonValidated)
        {
            headers[name] = values.ToString();
        }

        foreach (var (name, values) in response.Content.Headers.NonValidated)
        {
            headers[name] = values.ToString();
        }

        var contentType = response.Content.Headers.ContentType;
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            throw TooLarge(apiName, response, maxBytes);
        }

        ReadOnlyMemory<byte> body;
        byte[]? lent = null;
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            // With a declared length the body lands in one exact array; HttpClient itself reports a body that ends early.
            if (response.Content.Headers.ContentLength is { } length)
            {
                // Only a success is lent: the caller reads it and gives the buffer back, while an error's body goes into
                // an exception that may outlive the call.
                lent = lendBody && response.IsSuccessStatusCode && length > 0 ? ArrayPool<byte>.Shared.Rent((int)length) : null;
                var exact = lent ?? new byte[length];
                try
                {
                    await stream.ReadExactlyAsync(exact.AsMemory(0, (int)length), cancellationToken).ConfigureAwait(false);
                }
                catch (EndOfStreamException exception)
                {
                    throw new HttpIOException(HttpRequestError.ResponseEnded, $"{apiName} closed the connection before sending the {length} bytes it declared.", exception);
                }

                body = exact.AsMemory(0, (int)length);
            }
            else
            {
                // Without a declared length (a chunked answer) the body grows in pooled buffers, doubling when full; a
                // success is lent as it is, anything else gets an exact array. Read here rather than in a method of its
                // own, which would be one more state machine per call.
                var buffer = ArrayPool<byte>.Shared.Rent(UnknownLengthStart);
                var filled = 0;
                var kept = false;
                try
                {
                    int read;
                    while ((read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        filled += read;
                        if (filled > maxBytes)
                        {
                            throw TooLarge(apiName, response, maxBytes);
                        }

                        if (filled == buffer.Length)
                        {
                            buffer = Grow(buffer, filled);
                        }
                    }

                    kept = lendBody && response.IsSuccessStatusCode && filled > 0;
                    lent = kept ? buffer : null;
                    body = kept ? buffer.AsMemory(0, filled) : buffer.AsSpan(0, filled).ToArray();
                }
                finally
                {
                    if (!kept)
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                    }
                }
            }
        }

        return new ApiResponse(apiName, response.StatusCode, headers, contentType?.MediaType, contentType?.CharSet, body) { IsSecret = isSecret, LentBuffer = lent };
    }

    /// <summary>Moves what was read into a pooled buffer twice as large and gives the full one back.</summary>
    private static byte[] Grow(byte[] full, int filled)
    {
        var larger = ArrayPool<byte>.Shared.Rent(full.Length * 2);
        full.AsSpan(0, filled).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(full);
        return larger;
    }

    private static ApiInvalidResponseException TooLarge(string apiName, HttpResponseMessage response, int maxBytes) =>
        new(
            $"{apiName} returned a body larger than the {maxBytes} bytes a response may have.",
            new ApiErrorContext(apiName, null, new ApiResponse(apiName, response.StatusCode, new Dictionary<string, string>(), null, null, ReadOnlyMemory<byte>.Empty), new ApiErrorDetails()));
}
