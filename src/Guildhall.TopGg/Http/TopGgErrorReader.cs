using System.Net;
using Guildhall.Core;
using Guildhall.Core.Errors;

namespace Guildhall.TopGg.Http;

/// <summary>
/// Reads Top.gg's error bodies: v0's <c>{"message": …}</c> and <c>{"error": …}</c>, v1's RFC 7807 problem details,
/// and the 429 body <c>{"retry-after": 3600}</c>. A 429 that names no wait at all (no <c>Retry-After</c> header, which
/// the transport reads first, and no body field) is taken as Top.gg's documented one-hour block.
/// </summary>
internal sealed class TopGgErrorReader : JsonApiErrorReader
{
    /// <summary>The block Top.gg imposes after a rate limit is exceeded.</summary>
    public static readonly TimeSpan DefaultBlock = TimeSpan.FromHours(1);

    public static TopGgErrorReader Shared { get; } = new();

    public override ApiErrorDetails Read(ApiResponse response)
    {
        var details = base.Read(response);
        return response.StatusCode == HttpStatusCode.TooManyRequests && details.RetryAfter is null
            ? details with { RetryAfter = DefaultBlock }
            : details;
    }
}
