using Guildhall.TopGg.Tests.Infrastructure;

namespace Guildhall.TopGg.Tests.Sandbox;

/// <summary>The client's limiter against the sandbox's own counters (60/min on /bots/*, 100/s, a one-hour block on excess).</summary>
public sealed class LimiterAgainstSandboxTests
{
    [Fact]
    public async Task A_burst_of_bot_calls_is_paced_so_the_sandbox_never_blocks_the_token()
    {
        var clock = new SteppingClock();
        await using var session = await SandboxSession.StartAsync(
            options => { options.Timeout = Timeout.InfiniteTimeSpan; options.MaxRateLimitWait = TimeSpan.FromMinutes(10); },
            clock: clock);

        var calls = Enumerable.Range(0, 150).Select(_ => Task.Run(() => session.Client.Bots.GetStatsAsync())).ToList();
        await clock.RunAsync(calls);

        Assert.All(calls, call => Assert.True(call.IsCompletedSuccessfully, call.Exception?.InnerException?.Message));
        Assert.True(clock.GetUtcNow() - StubClients.NewClock().GetUtcNow() >= TimeSpan.FromMinutes(2), "150 calls at 60 a minute span more than two minutes");
    }
}
