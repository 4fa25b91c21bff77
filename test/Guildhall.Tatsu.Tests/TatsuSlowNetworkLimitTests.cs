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
        await using var sandbox = await SlowSandbox.StartAsync(30, "/tatsu/v1/users", TimeSpan.FromSeconds(5), Math.Min(10, 2 * callers));
        await using var tatsu = new TatsuClient(TatsuSandboxCredentials.GuildmasterKey, sandbox.Configure(new TatsuClientOptions
        {
            BaseAddress = sandbox.Host.GetApiBase("tatsu/v1"),
        }));

        var load = await sandbox.LoadAsync(callers, TimeSpan.FromSeconds(150), limit: 60, cancellationToken => tatsu.Users.GetProfileAsync(SupporterUserId, cancellationToken));

        load.AssertAllSucceeded();
        (await sandbox.CountAsync("tatsu", "key")).AssertNeverExceeded();
    }
}
