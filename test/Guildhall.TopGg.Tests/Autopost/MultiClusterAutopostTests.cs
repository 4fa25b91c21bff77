using Guildhall.TopGg.Models;
using Guildhall.Sandbox.TopGg;
using Guildhall.TopGg.Autopost;
using Guildhall.TopGg.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Guildhall.TopGg.Tests.Autopost;

/// <summary>Autoposters against the sandbox, through the whole client pipeline.</summary>
public sealed class MultiClusterAutopostTests
{
    [Fact]
    public async Task Two_clusters_posting_their_own_shards_add_up_instead_of_overwriting_each_other()
    {
        await using var session = await SandboxSession.StartAsync();
        var firstCluster = new Dictionary<int, long> { [0] = 100, [1] = 150 };
        var secondCluster = new Dictionary<int, long> { [2] = 200, [3] = 50 };
        await using var first = CreateCluster(session, firstCluster);
        await using var second = CreateCluster(session, secondCluster);
        var firstPosted = NextPost(first);
        var secondPosted = NextPost(second);

        // One cluster after the other: the sandbox applies concurrent posts to one bot without a lock, so two at the very
        // same moment could lose one (the real service is not in question here; the clusters' posts are).
        await first.StartAsync();
        await firstPosted;
        await second.StartAsync();
        await secondPosted;
        var afterFirstRound = await session.Client.Bots.GetStatsAsync();

        firstCluster[0] = 120;
        var firstPostedAgain = NextPost(first);
        await session.Time.RunUntilCompleteAsync(firstPostedAgain, horizon: TimeSpan.FromHours(1));
        var afterSecondRound = await session.Client.Bots.GetStatsAsync();

        Assert.Equal(500, afterFirstRound.ServerCount);
        Assert.Equal([100, 150, 200, 50], afterFirstRound.Shards);
        Assert.Equal(4, afterFirstRound.ShardCount);
        Assert.Equal(520, afterSecondRound.ServerCount);
        Assert.Equal([120, 150, 200, 50], afterSecondRound.Shards);
    }

    [Fact]
    public async Task The_hosted_service_posts_through_the_registered_client_and_stops_with_the_host()
    {
        await using var session = await SandboxSession.StartAsync();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(session.Time);
        services.AddSingleton(session.Client);
        services.AddTopGgAutoposter(_ => _ => ValueTask.FromResult<TopGgStatsUpdate?>(TopGgStatsUpdate.ForServerCount(4321, 2)));
        await using var provider = services.BuildServiceProvider();
        var autoposter = provider.GetRequiredService<TopGgAutoposter>();
        var posted = NextPost(autoposter);
        var hosted = Assert.Single(provider.GetServices<IHostedService>());

        await hosted.StartAsync(CancellationToken.None);
        await posted;
        await hosted.StopAsync(CancellationToken.None);

        var stats = await session.Client.Bots.GetStatsAsync();
        Assert.Equal(4321, stats.ServerCount);
        Assert.Equal(2, stats.ShardCount);
        Assert.False(autoposter.Status.IsRunning);
    }

    [Fact]
    public async Task A_revoked_token_is_reported_and_the_autoposter_keeps_running()
    {
        await using var session = await SandboxSession.StartAsync();
        await session.InjectFaultAsync($"/bots/{TopGgSandboxCredentials.BotId}/stats", status: 401, body: """{"error":"Unauthorized"}""");
        await using var autoposter = CreateCluster(session, new Dictionary<int, long> { [0] = 1 });
        var failed = new TaskCompletionSource<TopGgAutopostFailedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        autoposter.Failed += (_, args) => failed.TrySetResult(args);

        await autoposter.StartAsync();
        var failure = await failed.Task.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.IsType<Guildhall.Core.Errors.ApiUnauthorizedException>(failure.Exception);
        Assert.Equal(session.Time.GetUtcNow() + TimeSpan.FromHours(1), failure.NextAttemptAt);
        Assert.True(autoposter.Status.IsRunning);
    }

    // The clusters' calls have no deadline, so moving the clock to the next schedule can never time out a post in flight.
    private static TopGgAutoposter CreateCluster(SandboxSession session, IReadOnlyDictionary<int, long> ownedShards) =>
        new(session.CreateClient(TopGgSandboxCredentials.Token, options => options.Timeout = Timeout.InfiniteTimeSpan), new TopGgAutoposterOptions
        {
            TimeProvider = session.Time,
            StatsProvider = _ => ValueTask.FromResult<TopGgStatsUpdate?>(TopGgStatsUpdate.ForOwnedShards(4, ownedShards)),
        });

    private static Task NextPost(TopGgAutoposter autoposter)
    {
        var posted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        autoposter.Posted += (_, _) => posted.TrySetResult();
        autoposter.Failed += (_, args) => posted.TrySetException(args.Exception);
        return posted.Task;
    }
}
