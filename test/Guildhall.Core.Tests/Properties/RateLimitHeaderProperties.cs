using System.Globalization;
using System.Net;
using CsCheck;
using Guildhall.Core.RateLimiting;

namespace Guildhall.Core.Tests.Properties;

/// <summary>
/// <c>X-RateLimit-*</c> headers from a server or a proxy in front of it: whatever they hold, reading them never throws,
/// a count is taken only when it is an integer, and a reset that is no moment is treated as absent.
/// </summary>
public sealed class RateLimitHeaderProperties
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private static readonly Gen<string?> HeaderValue = Gen.OneOf<string?>(
        Gen.String.Select(text => (string?)text),
        Gen.Double.Select(number => (string?)number.ToString("R", CultureInfo.InvariantCulture)),
        Gen.Long.Select(number => (string?)number.ToString(CultureInfo.InvariantCulture)),
        Gen.OneOf<string?>(null, "1e300", "-1e300", "NaN", "Infinity", "253402300800"));

    [Fact]
    public void Any_headers_read_without_throwing_and_counts_only_from_integers()
    {
        Gen.Select(HeaderValue, HeaderValue, HeaderValue).Sample((limit, remaining, reset) =>
        {
            var state = RateLimitHeaders.XRateLimit(Window)(Response(limit, remaining, reset), Now);

            var isCount = int.TryParse(remaining, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count);
            Assert.Equal(isCount, state is not null);
            if (state is not null)
            {
                Assert.Equal(count, state.Value.Remaining);
                var sentReset = double.TryParse(reset, NumberStyles.Float, CultureInfo.InvariantCulture, out var epoch) && UnixTime.TryFromSeconds(epoch, out var at) ? at : (DateTimeOffset?)null;
                Assert.Equal(sentReset ?? Now + Window, state.Value.ResetAt);
            }
        });
    }

    [Fact]
    public void A_reset_past_the_year_9999_is_treated_as_absent()
    {
        var state = RateLimitHeaders.XRateLimit(Window)(Response("60", "0", "1e300"), Now);

        Assert.Equal(Now + Window, state!.Value.ResetAt);
    }

    private static ApiResponse Response(string? limit, string? remaining, string? reset)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in new[] { ("X-RateLimit-Limit", limit), ("X-RateLimit-Remaining", remaining), ("X-RateLimit-Reset", reset) })
        {
            if (value is not null)
            {
                headers[name] = value;
            }
        }

        return new ApiResponse("test", HttpStatusCode.OK, headers, mediaType: null, charset: null, ReadOnlyMemory<byte>.Empty);
    }
}
