using Guildhall.Core;
using Guildhall.Core.RateLimiting;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.TopGg;
using Guildhall.Testing;

namespace Guildhall.TopGg.Tests.Sandbox;

/// <summary>
/// Top.gg's limits against a cold sandbox on loopback Kestrel whose first requests arrive late (a delay before the
/// emulator counts them), judged by the sandbox's own counters: no 429, and never more arrivals in one window than
/// the limit. The global limit runs at real speed (100 a second); <c>/bots</c> (60 a minute) on a clock thirty times
/// faster than real time, shared by the sandbox and the client, so its windows pass in two seconds while every real
/// delay counts thirty times over. The slow requests are the first ones, at most twenty (two per caller, so a single
/// caller still gets past them within the run).
/// </summary>
public sealed class SlowNetworkLimitTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(64)]
    public async Task The_global_limit_holds_at_real_speed_when_the_first_requests_arrive_late(int callers)
    {
        await using var host = await SandboxHost.StartAsync();
        await SandboxSlowness.DelayFirstRequestsAsync(host.BaseAddress, "/topgg/api/weekend", TimeSpan.FromMilliseconds(400), times: Math.Min(20, 2 * callers));
        await using var topgg = Client(host, TimeProvider.System);

        var load = await CallerLoad.RunAsync(callers, TimeSpan.FromSeconds(3), TimeProvider.System, topgg.IsWeekendAsync);

        load.AssertAllSucceeded();
        (await SandboxRateCount.ReadAsync(host.BaseAddress, "topgg", "global")).AssertNeverExceeded();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(64)]
    public async Task The_bots_limit_holds_when_the_first_requests_arrive_late(int callers)
    {
        var clock = new AcceleratedClock(30);
        await using var host = await SandboxHost.StartAsync(new SandboxOptions { TimeProvider = clock });
        await SandboxSlowness.DelayFirstRequestsAsync(host.BaseAddress, "/topgg/api/bots", TimeSpan.FromSeconds(5), times: Math.Min(10, 2 * callers));
        await using var topgg = Client(host, clock);

        var load = await CallerLoad.RunAsync(callers, TimeSpan.FromSeconds(150), clock, cancellationToken => topgg.Bots.GetStatsAsync(cancellationToken: cancellationToken));

        load.AssertAllSucceeded();
        (await SandboxRateCount.ReadAsync(host.BaseAddress, "topgg", "bots")).AssertNeverExceeded();
        Assert.True((await SandboxRateCount.ReadAsync(host.BaseAddress, "topgg", "global")).MaxInWindow <= 100);
    }

    private static TopGgClient Client(SandboxHost host, TimeProvider clock) => new(new TopGgClientOptions
    {
        Token = TopGgSandboxCredentials.Token,
        BaseAddress = host.GetApiBase("topgg/api"),
        TimeProvider = clock,
        RateLimitStore = new InMemoryRateLimitStore(clock),
        Retry = new RetryOptions { MaxRetries = 0 },

        // More callers than the limit allows: a call may wait for its turn through several windows.
        MaxRateLimitWait = TimeSpan.FromMinutes(10),
        Timeout = TimeSpan.FromMinutes(10),
    });
}
