using System.Globalization;
using System.Net;
using System.Text;
using CsCheck;
using Guildhall.Core;
using Guildhall.Core.Errors;
using Microsoft.Extensions.Time.Testing;

namespace Guildhall.Tatsu.Tests.Properties;

/// <summary>
/// Tatsu's 429 carries its wait in <c>X-RateLimit-Reset</c>: whatever a server or proxy puts there, reading the error
/// never throws, and a reset that is no moment leaves the wait unknown instead of inventing one.
/// </summary>
public sealed class RateLimitResetProperties
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"code":429,"message":"Too Many Requests"}""");

    [Fact]
    public void Any_reset_header_reads_without_throwing()
    {
        Gen.OneOf(Gen.String, Gen.Double.Select(number => number.ToString("R", CultureInfo.InvariantCulture)), Gen.OneOf("1e300", "-1e300", "NaN", "Infinity")).Sample(reset =>
        {
            var details = Read(reset);

            var isMoment = double.TryParse(reset, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && UnixTime.TryFromSeconds(seconds, out _);
            Assert.Equal(isMoment, details.RetryAfter is not null);
        });
    }

    [Theory]
    [InlineData("1e300")]
    [InlineData("253402300800")]
    [InlineData("-1e300")]
    public void A_reset_past_the_year_9999_leaves_the_wait_unknown(string reset) =>
        Assert.Null(Read(reset).RetryAfter);

    private static ApiErrorDetails Read(string reset)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["X-RateLimit-Reset"] = reset };
        var response = new ApiResponse("tatsu", HttpStatusCode.TooManyRequests, headers, "application/json", null, Body);
        return new TatsuErrorReader(new FakeTimeProvider(Now)).Read(response);
    }
}
