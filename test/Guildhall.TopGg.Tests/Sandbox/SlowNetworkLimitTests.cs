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
        await using var sandbox = await SlowSandbox.StartAsync(1, "/topgg/api/weekend", TimeSpan.FromMilliseconds(400), Math.Min(20, 2 * callers));
        await using var topgg = Client(sandbox);

        var load = await sandbox.LoadAsync(callers, TimeSpan.FromSeconds(3), limit: 100, topgg.IsWeekendAsync);

        load.AssertAllSucceeded();
        (await sandbox.CountAsync("topgg", "global")).AssertNeverExceeded();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(64)]
    public async Task The_bots_limit_holds_when_the_first_requests_arrive_late(int callers)
    {
        await using var sandbox = await SlowSandbox.StartAsync(30, "/topgg/api/bots", TimeSpan.FromSeconds(5), Math.Min(10, 2 * callers));
        await using var topgg = Client(sandbox);

        var load = await sandbox.LoadAsync(callers, TimeSpan.FromSeconds(150), limit: 60, cancellationToken => topgg.Bots.GetStatsAsync(cancellationToken: cancellationToken));

        load.AssertAllSucceeded();
        (await sandbox.CountAsync("topgg", "bots")).AssertNeverExceeded();
        Assert.True((await sandbox.CountAsync("topgg", "global")).MaxInWindow <= 100);
    }

    private static TopGgClient Client(SlowSandbox sandbox) => new(TopGgSandboxCredentials.Token, sandbox.Configure(new TopGgClientOptions
    {
        BaseAddress = sandbox.Host.GetApiBase("topgg/api"),
    }));
}
