using System.Globalization;

namespace Guildhall.Core.RateLimiting;

/// <summary>Reads an API's rate-limit headers into a <see cref="RateLimitServerState"/> for the request's primary bucket.</summary>
/// <param name="response">Any response, success or not.</param>
/// <param name="now">The current time, for APIs that send relative resets.</param>
/// <returns>The server's word, or <see langword="null"/> when the response carries no such headers.</returns>
public delegate RateLimitServerState? RateLimitHeaderReader(ApiResponse response, DateTimeOffset now);

/// <summary>Stock header readers.</summary>
public static class RateLimitHeaders
{
    /// <summary>
    /// <c>X-RateLimit-Limit</c>, <c>X-RateLimit-Remaining</c> and <c>X-RateLimit-Reset</c> (epoch seconds, fractions allowed). Without a
    /// reset header the server's remaining count is taken to hold for <paramref name="windowWithoutReset"/>.
    /// </summary>
    /// <param name="windowWithoutReset">How long a remaining count is trusted when no reset time is sent.</param>
    public static RateLimitHeaderReader XRateLimit(TimeSpan windowWithoutReset) => (response, now) =>
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!TryReadInt(response, "X-RateLimit-Remaining", out var remaining))
        {
            return null;
        }

        int? limit = TryReadInt(response, "X-RateLimit-Limit", out var parsedLimit) ? parsedLimit : null;
        // A reset that is not a moment (garbage, or a number past the year 9999) is treated as absent.
        var resetAt = double.TryParse(response.GetHeader("X-RateLimit-Reset"), NumberStyles.Float, CultureInfo.InvariantCulture, out var epoch)
            && UnixTime.TryFromSeconds(epoch, out var sentReset)
            ? sentReset
            : now + windowWithoutReset;
        return new RateLimitServerState(limit, remaining, resetAt);
    };

    private static bool TryReadInt(ApiResponse response, string name, out int value) =>
        int.TryParse(response.GetHeader(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
}
