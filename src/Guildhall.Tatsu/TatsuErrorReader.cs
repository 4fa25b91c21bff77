using System.Globalization;
using System.Net;
using Guildhall.Core;
using Guildhall.Core.Errors;

namespace Guildhall.Tatsu;

/// <summary>
/// Reads Tatsu's error body, <c>{"code": 1003, "message": "Unknown guild member"}</c>, into the exception's
/// <see cref="GuildhallApiException.ErrorCode"/> and <see cref="GuildhallApiException.ServerMessage"/>. Tatsu sends no
/// <c>Retry-After</c>, so on a 429 the wait comes from <c>X-RateLimit-Reset</c> (Unix seconds, whole or fractional).
/// Bodies that are not JSON (a proxy's HTML page) are described rather than parsed.
/// </summary>
internal sealed class TatsuErrorReader(TimeProvider timeProvider) : JsonApiErrorReader
{
    public override ApiErrorDetails Read(ApiResponse response)
    {
        var details = base.Read(response);
        if (response.StatusCode == HttpStatusCode.TooManyRequests && details.RetryAfter is null
            && double.TryParse(response.GetHeader("X-RateLimit-Reset"), NumberStyles.Float, CultureInfo.InvariantCulture, out var reset)
            && UnixTime.TryFromSeconds(reset, out var resetAt))
        {
            var wait = resetAt - timeProvider.GetUtcNow();
            details = details with { RetryAfter = wait > TimeSpan.Zero ? wait : TimeSpan.Zero };
        }

        return details;
    }
}
