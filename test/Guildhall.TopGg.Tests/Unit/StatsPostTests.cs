using System.Net;
using System.Text.Json;
using Guildhall.Core.Errors;
using Guildhall.Testing;
using Guildhall.TopGg.Autopost;
using Guildhall.TopGg.Models;
using Guildhall.TopGg.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Guildhall.TopGg.Tests.Unit;

/// <summary>
/// Every stats post raises <see cref="TopGgBotsClient.StatsPosted"/> (top.py's <c>on_guild_post</c>), manual or from the
/// autoposter, and a cluster's shards are one <see cref="TopGgStatsUpdate"/> sent as one request per shard.
/// </summary>
public sealed class StatsPostTests
{
    [Fact]
    public async Task A_manual_post_raises_StatsPosted_once_with_what_was_posted()
    {
        var clock = StubClients.NewClock();
        using var client = StubClients.Create(new StubHandler().Then(HttpStatusCode.OK, ""), time: clock);
        var raised = new List<TopGgStatsPostedEventArgs>();
        client.Bots.StatsPosted += (sender, args) =>
        {
            Assert.Same(client.Bots, sender);
            raised.Add(args);
        };
        var update = TopGgStatsUpdate.ForServerCount(321, 2);

        await client.Bots.PostStatsAsync(update);

        var posted = Assert.Single(raised);
        Assert.Same(update, posted.Stats);
        Assert.Equal(clock.GetUtcNow(), posted.PostedAt);
    }

    [Fact]
    public async Task A_failed_post_raises_nothing()
    {
        using var client = StubClients.Create(new StubHandler().Then(HttpStatusCode.Unauthorized, """{"error":"Unauthorized"}"""));
        var raised = 0;
        client.Bots.StatsPosted += (_, _) => raised++;

        await Assert.ThrowsAsync<ApiUnauthorizedException>(() => client.Bots.PostStatsAsync(5));

        Assert.Equal(0, raised);
    }

    [Fact]
    public async Task A_handler_that_throws_is_logged_and_neither_fails_the_post_nor_skips_the_next_handler()
    {
        using var logs = new CapturingLoggerProvider();
        using var factory = logs.CreateFactory();
        using var client = StubClients.Create(new StubHandler().Then(HttpStatusCode.OK, ""), options => options.LoggerFactory = factory);
        var later = 0;
        client.Bots.StatsPosted += (_, _) => throw new InvalidOperationException("a subscriber's bug");
        client.Bots.StatsPosted += (_, _) => later++;

        await client.Bots.PostStatsAsync(12);

        Assert.Equal(1, later);
        var line = Assert.Single(logs.Lines, line => line.Level == LogLevel.Error);
        Assert.Contains("StatsPosted", line.Message, StringComparison.Ordinal);
        Assert.Contains("a subscriber's bug", line.Exception, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_autoposters_posts_raise_StatsPosted_too()
    {
        var clock = StubClients.NewClock();
        using var client = StubClients.Create(new StubHandler((_, _) => Task.FromResult(StubHandler.Response(HttpStatusCode.OK))), time: clock);
        var posted = new TaskCompletionSource<TopGgStatsPostedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Bots.StatsPosted += (_, args) => posted.TrySetResult(args);
        await using var autoposter = new TopGgAutoposter(client, new TopGgAutoposterOptions
        {
            StatsProvider = _ => ValueTask.FromResult<TopGgStatsUpdate?>(TopGgStatsUpdate.ForServerCount(4242)),
            TimeProvider = clock,
        });

        await autoposter.StartAsync();
        var args = await posted.Task.WaitAsync(Poll.DefaultBound);

        Assert.Equal(4242, args.Stats.ServerCount);
    }

    [Fact]
    public async Task A_clusters_shards_are_posted_one_request_each_in_shard_order()
    {
        var handler = new StubHandler((_, _) => Task.FromResult(StubHandler.Response(HttpStatusCode.OK)));
        using var client = StubClients.Create(handler);
        var raised = new List<TopGgStatsPostedEventArgs>();
        client.Bots.StatsPosted += (_, args) => raised.Add(args);
        var update = TopGgStatsUpdate.ForOwnedShards(8, new Dictionary<int, long> { [5] = 50, [4] = 40 });

        await client.Bots.PostStatsAsync(update);

        var bodies = handler.Requests.Select(request => JsonDocument.Parse(request.Body!).RootElement).ToList();
        Assert.Equal([4, 5], bodies.Select(body => body.GetProperty("shard_id").GetInt32()));
        Assert.Equal([40L, 50L], bodies.Select(body => body.GetProperty("server_count").GetInt64()));
        Assert.All(bodies, body => Assert.Equal(8, body.GetProperty("shard_count").GetInt32()));
        Assert.Same(update, Assert.Single(raised).Stats);
    }

    [Theory]
    [InlineData(8, 8, 10L)]
    [InlineData(8, -1, 10L)]
    [InlineData(8, 2, -3L)]
    public void Owned_shards_outside_the_bot_or_with_negative_counts_are_refused(int shardCount, int shardId, long servers)
    {
        Assert.ThrowsAny<ArgumentException>(() => TopGgStatsUpdate.ForOwnedShards(shardCount, new Dictionary<int, long> { [shardId] = servers }));
    }

    [Fact]
    public async Task An_update_that_mixes_owned_shards_with_a_server_count_is_refused_before_sending()
    {
        var handler = new StubHandler();
        using var client = StubClients.Create(handler);
        var mixed = TopGgStatsUpdate.ForOwnedShards(2, new Dictionary<int, long> { [0] = 1 }) with { ServerCount = 9 };

        await Assert.ThrowsAsync<ArgumentException>(() => client.Bots.PostStatsAsync(mixed));

        Assert.Empty(handler.Requests);
        Assert.Throws<ArgumentException>(() => TopGgStatsUpdate.ForOwnedShards(2, new Dictionary<int, long>()));
    }
}
