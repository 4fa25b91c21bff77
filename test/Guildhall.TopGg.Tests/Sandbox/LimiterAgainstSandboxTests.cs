using Guildhall.Core.Errors;
using Guildhall.Core.RateLimiting;
using Guildhall.Sandbox.TopGg;
using Guildhall.TopGg.Tests.Infrastructure;

namespace Guildhall.TopGg.Tests.Sandbox;

/// <summary>The client's limiter against the sandbox's own counters (60/min on /bots/*, 100/s, a one-hour block on excess).</summary>
public sealed class LimiterAgainstSandboxTests
{
    [Fact]
    public async Task A_burst_of_bot_calls_is_paced_so_the_sandbox_never_blocks_the_token()
    {
        var clock = StubClients.NewClock();
        await using var session = await SandboxSession.StartAsync(
            options => { options.Timeout = Timeout.InfiniteTimeSpan; options.MaxRateLimitWait = TimeSpan.FromMinutes(10); },
            clock: clock);

        var calls = Enumerable.Range(0, 150).Select(_ => Task.Run(() => session.Client.Bots.GetStatsAsync())).ToList();
        await clock.RunUntilAllCompleteAsync(calls, horizon: Timeout.InfiniteTimeSpan);

        Assert.All(calls, call => Assert.True(call.IsCompletedSuccessfully, call.Exception?.InnerException?.Message));
        Assert.True(clock.GetUtcNow() - StubClients.NewClock().GetUtcNow() >= TimeSpan.FromMinutes(2), "150 calls at 60 a minute span more than two minutes");
    }

    [Fact]
    public async Task Two_processes_that_do_not_share_a_store_get_blocked_and_then_fail_fast_locally()
    {
        await using var session = await SandboxSession.StartAsync();
        var first = session.Client;
        var second = session.CreateClient(TopGgSandboxCredentials.Token, options => options.RateLimitStore = new InMemoryRateLimitStore(session.Time));

        for (var i = 0; i < 30; i++)
        {
            await first.Bots.GetStatsAsync();
            await second.Bots.GetStatsAsync();
        }

        var blocked = await Assert.ThrowsAsync<ApiRateLimitedException>(() => second.Bots.GetStatsAsync());
        var local = await Assert.ThrowsAsync<ApiRateLimitedException>(() => second.Project.GetAsync());
        session.Time.Advance(TimeSpan.FromHours(1));
        var afterTheBlock = await second.Project.GetAsync();

        Assert.False(blocked.IsClientSide);
        Assert.Equal(TimeSpan.FromHours(1), blocked.RetryAfter);
        Assert.True(local.IsClientSide);
        Assert.Equal(TopGgSandboxCredentials.ProjectId, afterTheBlock.Id);
    }
}
