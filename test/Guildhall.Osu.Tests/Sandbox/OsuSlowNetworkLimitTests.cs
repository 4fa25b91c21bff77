using Guildhall.Core;
using Guildhall.Core.RateLimiting;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Osu;
using Guildhall.Testing;

namespace Guildhall.Osu.Tests.Sandbox;

/// <summary>
/// osu!'s throttle (1200 a minute per token, the sandbox's default as osu-web's) against a cold sandbox on loopback
/// Kestrel whose first requests arrive late, judged by the sandbox's own counters, with the client's budget set to the
/// server's limit. The sandbox and the client share a clock thirty times faster than real time, so a window passes in
/// two seconds while every real delay counts thirty times over; the limit keeps its real numbers.
/// </summary>
public sealed class OsuSlowNetworkLimitTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(64)]
    public async Task The_per_minute_limit_holds_when_the_first_requests_arrive_late(int callers)
    {
        var clock = new AcceleratedClock(30);
        await using var host = await SandboxHost.StartAsync(new SandboxOptions { TimeProvider = clock });
        await SandboxSlowness.DelayFirstRequestsAsync(host.BaseAddress, "/osu/api/v2/users", TimeSpan.FromSeconds(5), times: Math.Min(20, 2 * callers));
        await using var storage = new OsuClientStorage(new OsuClientOptions
        {
            BaseAddress = host.GetApiBase("osu"),
            ClientId = OsuSandboxCredentials.ClientId,
            ClientSecret = OsuSandboxCredentials.ClientSecret,
            RequestsPerMinute = 1200,
            TimeProvider = clock,
            RateLimitStore = new InMemoryRateLimitStore(clock),
            Retry = new RetryOptions { MaxRetries = 0 },

            // More callers than the limit allows: a call may wait for its turn through several windows.
            MaxRateLimitWait = TimeSpan.FromMinutes(10),
            Timeout = TimeSpan.FromMinutes(10),
        });
        var osu = storage.AppClient;

        var load = await CallerLoad.RunAsync(callers, TimeSpan.FromSeconds(150), clock, cancellationToken => osu.Users.GetAsync(OsuSandboxSeed.StaffUserId, cancellationToken: cancellationToken));

        load.AssertAllSucceeded();
        (await SandboxRateCount.ReadAsync(host.BaseAddress, "osu", "api")).AssertNeverExceeded();
    }
}
