using Guildhall.Core.Errors;
using Guildhall.Sandbox.TopGg;
using Guildhall.TopGg.Models;
using Guildhall.TopGg.Tests.Infrastructure;

namespace Guildhall.TopGg.Tests.Sandbox;

/// <summary>v0 bot routes through the whole pipeline against the in-memory sandbox.</summary>
public sealed class V0BotRoutesTests
{
    [Fact]
    public async Task GetAsync_reads_the_seeded_bot_with_typed_fields()
    {
        await using var session = await SandboxSession.StartAsync();

        var bot = await session.Client.Bots.GetAsync(TopGgSandboxCredentials.BotId);

        Assert.Equal(TopGgSandboxCredentials.BotId, bot.Id);
        Assert.Equal(TopGgSandboxCredentials.BotId, bot.ClientId);
        Assert.Equal("Guildhall Sandbox", bot.Username);
        Assert.Equal([TopGgSandboxCredentials.OwnerId], bot.Owners);
        Assert.Equal(new DateTimeOffset(2023, 5, 17, 14, 21, 9, 512, TimeSpan.Zero), bot.SubmittedAt);
        Assert.Equal(["utility", "moderation", "leveling"], bot.Tags);
        Assert.Equal(4.8, bot.Reviews.AverageScore);
        Assert.Equal(37, bot.Reviews.Count);
        Assert.True(bot.Points >= 4210);
        Assert.Equal("", bot.Library);
        Assert.Equal("", bot.GitHub);
    }

    [Fact]
    public async Task GetSelfAsync_uses_the_bot_id_read_from_the_token()
    {
        await using var session = await SandboxSession.StartAsync();

        var bot = await session.Client.Bots.GetSelfAsync();

        Assert.Equal(TopGgSandboxCredentials.BotId, session.Client.BotId);
        Assert.Equal(TopGgSandboxCredentials.BotId, bot.Id);
    }

    [Fact]
    public async Task GetAsync_of_an_unknown_bot_throws_not_found_with_the_server_message()
    {
        await using var session = await SandboxSession.StartAsync();

        var error = await Assert.ThrowsAsync<ApiNotFoundException>(() => session.Client.Bots.GetAsync(TopGgSandboxCredentials.UnknownId));

        Assert.Equal("topgg", error.Api);
        Assert.Equal("topgg.bots.get", error.Operation);
        Assert.Equal("Bot not found", error.ServerMessage);
    }

    [Fact]
    public async Task SearchAsync_pages_sorts_and_selects_fields()
    {
        await using var session = await SandboxSession.StartAsync();

        var first = await session.Client.Bots.GetPageAsync(new TopGgBotQuery { Limit = 5, SortBy = "points", SortReversed = true, Fields = ["id", "username", "points"] });
        var second = await session.Client.Bots.GetPageAsync(new TopGgBotQuery { Limit = 5, Offset = 5, SortBy = "points", SortReversed = true, Fields = ["id", "username", "points"] });

        Assert.Equal(5, first.Results.Count);
        Assert.Equal(5, first.Count);
        Assert.Equal(5, first.Limit);
        Assert.Equal(5, second.Offset);
        Assert.True(first.Total > 300);
        var points = first.Results.Concat(second.Results).Select(bot => bot.Points).ToList();
        Assert.Equal(points.OrderDescending(), points);
        Assert.Empty(first.Results.Intersect(second.Results));
        Assert.All(first.Results, bot =>
        {
            Assert.NotEqual(0UL, bot.Id);
            Assert.NotNull(bot.Username);
            Assert.Null(bot.ShortDescription);
            Assert.Empty(bot.Owners);
        });
    }

    [Fact]
    public async Task SearchAsync_filters_by_search_fields()
    {
        await using var session = await SandboxSession.StartAsync();

        var result = await session.Client.Bots.GetPageAsync(new TopGgBotQuery { Search = new Dictionary<string, string> { ["username"] = "Lantern" } });

        Assert.Contains(result.Results, bot => bot.Id == TopGgSandboxCredentials.OtherBotId);
        Assert.All(result.Results, bot => Assert.Contains("Lantern", bot.Username!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ListAllAsync_streams_every_bot_from_the_offset()
    {
        await using var session = await SandboxSession.StartAsync();
        var total = (await session.Client.Bots.GetPageAsync(new TopGgBotQuery { Limit = 1 })).Total;

        var bots = new List<TopGgBot>();
        await foreach (var bot in session.Client.Bots.ListAsync(new TopGgBotQuery { Offset = 10 }))
        {
            bots.Add(bot);
        }

        Assert.Equal(total - 10, bots.Count);
        Assert.Equal(bots.Count, bots.Select(bot => bot.Id).Distinct().Count());
    }

    [Fact]
    public async Task Stats_posted_are_read_back_and_shard_zero_reaches_the_server()
    {
        await using var session = await SandboxSession.StartAsync();

        await session.Client.Bots.PostStatsAsync(TopGgStatsUpdate.ForShard(shardId: 0, shardCount: 2, serverCount: 700));
        await session.Client.Bots.PostStatsAsync(1500, shardCount: 2);
        var stats = await session.Client.Bots.GetStatsAsync();
        var posted = await session.GetPostedAsync("posted-stats");

        Assert.Equal(1500, stats.ServerCount);
        Assert.Equal(2, stats.ShardCount);
        Assert.Equal(0, posted[0].GetProperty("body").GetProperty("shard_id").GetInt32());
        Assert.Equal(700, posted[0].GetProperty("body").GetProperty("server_count").GetInt64());
        Assert.Equal(1500, posted[1].GetProperty("body").GetProperty("server_count").GetInt64());
    }

    [Fact]
    public async Task Stats_per_shard_arrays_are_accepted()
    {
        await using var session = await SandboxSession.StartAsync();

        await session.Client.Bots.PostStatsAsync(TopGgStatsUpdate.ForShards([100, 200, 300]));
        await session.Client.Bots.PostStatsAsync(new TopGgStatsUpdate { ServerCountPerShard = [10, 20] });
        var posted = await session.GetPostedAsync("posted-stats");

        Assert.Equal(600, posted[0].GetProperty("body").GetProperty("server_count").GetInt64());
        Assert.Equal(3, posted[0].GetProperty("body").GetProperty("shards").GetArrayLength());
        Assert.Equal(2, posted[1].GetProperty("body").GetProperty("server_count").GetArrayLength());
    }

    [Fact]
    public async Task GetStatsAsync_of_another_bot()
    {
        await using var session = await SandboxSession.StartAsync();

        var stats = await session.Client.Bots.GetStatsAsync(TopGgSandboxCredentials.OtherBotId);

        Assert.NotNull(stats.Shards);
    }

    [Fact]
    public async Task Negative_counts_are_rejected_before_anything_is_sent()
    {
        await using var session = await SandboxSession.StartAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => session.Client.Bots.PostStatsAsync(-1));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => session.Client.Bots.PostStatsAsync(TopGgStatsUpdate.ForShard(0, 2, -5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => TopGgStatsUpdate.ForShards([10, -1]));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => session.Client.Bots.PostStatsAsync(TopGgStatsUpdate.ForShard(2, 2, 5)));

        Assert.Equal(0, (await session.GetPostedAsync("posted-stats")).GetArrayLength());
    }

    [Fact]
    public async Task GetVotersAsync_pages_the_last_voters()
    {
        await using var session = await SandboxSession.StartAsync();

        var first = await session.Client.Bots.GetVotersPageAsync();
        var second = await session.Client.Bots.GetVotersPageAsync(page: 2);

        Assert.NotEmpty(first);
        Assert.Contains(first, voter => voter.Id == TopGgSandboxCredentials.RecentVoterId);
        Assert.All(first, voter => Assert.NotNull(voter.Username));
        Assert.Empty(first.Select(voter => voter.Id).Intersect(second.Select(voter => voter.Id)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => session.Client.Bots.GetVotersPageAsync(page: 0));
    }

    [Fact]
    public async Task HasVotedAsync_tells_recent_from_expired_voters_and_rejects_unknown_users()
    {
        await using var session = await SandboxSession.StartAsync();

        Assert.True(await session.Client.Bots.HasVotedAsync(TopGgSandboxCredentials.RecentVoterId));
        Assert.False(await session.Client.Bots.HasVotedAsync(TopGgSandboxCredentials.ExpiredVoterId));
        Assert.False(await session.Client.Bots.HasVotedAsync(TopGgSandboxCredentials.NonVoterId));
        await Assert.ThrowsAsync<ApiNotFoundException>(() => session.Client.Bots.HasVotedAsync(TopGgSandboxCredentials.UnknownId));
    }

    [Fact]
    public async Task IsWeekendAsync_follows_the_clock()
    {
        await using var session = await SandboxSession.StartAsync();

        var wednesday = await session.Client.IsWeekendAsync();
        session.Time.Advance(TimeSpan.FromDays(3));
        var saturday = await session.Client.IsWeekendAsync();

        Assert.False(wednesday);
        Assert.True(saturday);
    }

    [Fact]
    public async Task Users_route_is_gone_and_answers_not_found()
    {
        await using var session = await SandboxSession.StartAsync();

#pragma warning disable CS0618 // The obsolete route is what this test is about.
        var error = await Assert.ThrowsAsync<ApiNotFoundException>(() => session.Client.Users.GetAsync(TopGgSandboxCredentials.OwnerId));
#pragma warning restore CS0618

        Assert.Equal("topgg.users.get", error.Operation);
    }

    [Fact]
    public async Task Legacy_token_is_sent_raw_to_v0_and_refused_by_v1()
    {
        await using var session = await SandboxSession.StartAsync();
        var legacy = session.CreateClient(TopGgSandboxCredentials.LegacyToken, options => options.LegacyToken = true);

        var stats = await legacy.Bots.GetStatsAsync();
        var error = await Assert.ThrowsAsync<ApiUnauthorizedException>(() => legacy.Project.GetAsync());

        Assert.NotNull(stats.ServerCount);
        Assert.DoesNotContain(TopGgSandboxCredentials.LegacyToken, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_the_service_does_not_know_is_unauthorized()
    {
        await using var session = await SandboxSession.StartAsync();
        var token = TestTokens.Create(TopGgSandboxCredentials.BotId);
        var stranger = session.CreateClient(token);

        var error = await Assert.ThrowsAsync<ApiUnauthorizedException>(() => stranger.Bots.GetSelfAsync());

        Assert.Equal("Unauthorized", error.ServerMessage);
        Assert.DoesNotContain(token, error.ToString(), StringComparison.Ordinal);
    }
}
