using Guildhall.Core;
using Guildhall.Core.RateLimiting;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Tatsu;
using Guildhall.Testing;
using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Tatsu.Tests;

/// <summary>
/// Tatsu's 60 a minute against a cold sandbox on loopback Kestrel whose first requests arrive late, judged by the
/// sandbox's own counters. The sandbox and the client share a clock thirty times faster than real time, so a window
/// passes in two seconds while every real delay counts thirty times over; the limit keeps its real numbers.
/// </summary>
public sealed class TatsuSlowNetworkLimitTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(64)]
    public async Task Sixty_a_minute_holds_when_the_first_requests_arrive_late(int callers)
    {
        var clock = new AcceleratedClock(30);
        await using var host = await SandboxHost.StartAsync(new SandboxOptions { TimeProvider = clock });
        await SandboxSlowness.DelayFirstRequestsAsync(host.BaseAddress, "/tatsu/v1/users", TimeSpan.FromSeconds(5), times: Math.Min(10, 2 * callers));
        await using var tatsu = new TatsuClient(new TatsuClientOptions
        {
            ApiKey = TatsuSandboxCredentials.GuildmasterKey,
            BaseAddress = host.GetApiBase("tatsu/v1"),
            TimeProvider = clock,
            RateLimitStore = new InMemoryRateLimitStore(clock),
            Retry = new RetryOptions { MaxRetries = 0 },

            // More callers than the limit allows: a call may wait for its turn through several windows.
            MaxRateLimitWait = TimeSpan.FromMinutes(10),
            Timeout = TimeSpan.FromMinutes(10),
        });

        var load = await CallerLoad.RunAsync(callers, TimeSpan.FromSeconds(150), clock, cancellationToken => tatsu.Users.GetProfileAsync(SupporterUserId, cancellationToken));

        load.AssertAllSucceeded();
        (await SandboxRateCount.ReadAsync(host.BaseAddress, "tatsu", "key")).AssertNeverExceeded();
    }
}
