using System.Net;
using System.Text.Json;
using Guildhall.Testing;
using Guildhall.TopGg.Models;
using Guildhall.TopGg.Tests.Infrastructure;

namespace Guildhall.TopGg.Tests.Unit;

/// <summary>Exact request shapes and tolerant reading of the service's own quirks, with a scripted handler.</summary>
public sealed class WireFormatTests
{
    private const string BotJson = """
        {"id":"264811613708746752","clientid":"264811613708746752","username":"Luca","discriminator":"1365","avatar":"",
         "defAvatar":"6debd47ed13483642cf09e832ed0bc1b","lib":"","prefix":"- or @Luca","shortdesc":"Luca is a bot","longdesc":"",
         "tags":["Fun","Fun"],"website":"https://luca.moe","support":"KYZsaFb","github":"","owners":["129908908096487424",129908908096487425],
         "guilds":[],"invite":"","date":"2017-04-26T18:08:17.125Z","certifiedBot":false,"vanity":null,"points":397,
         "monthlyPoints":19,"donatebotguildid":"","server_count":"2","reviews":{"averageScore":4.5,"count":"12"},"unknown_field":{"x":1}}
        """;

    [Fact]
    public async Task A_v0_bot_reads_mixed_casing_string_numbers_and_empty_strings()
    {
        using var client = StubClients.Create(new StubHandler().Then(HttpStatusCode.OK, BotJson));

        var bot = await client.Bots.GetAsync(264811613708746752);

        Assert.Equal(264811613708746752UL, bot.Id);
        Assert.Equal("", bot.Avatar);
        Assert.Equal("", bot.Library);
        Assert.Equal("", bot.Invite);
        Assert.Null(bot.Vanity);
        Assert.Null(bot.DonateBotGuildId);
        Assert.Equal("6debd47ed13483642cf09e832ed0bc1b", bot.DefaultAvatar);
        Assert.Equal([129908908096487424UL, 129908908096487425UL], bot.Owners);
        Assert.Equal(new DateTimeOffset(2017, 4, 26, 18, 8, 17, 125, TimeSpan.Zero), bot.SubmittedAt);
        Assert.Equal(2, bot.ServerCount);
        Assert.Equal(12, bot.Reviews.Count);
        Assert.Equal(19, bot.MonthlyPoints);
        Assert.Empty(bot.Shards);
    }

    [Fact]
    public async Task V1_dates_with_seven_fraction_digits_and_either_zone_form_read()
    {
        var handler = new StubHandler().Then(HttpStatusCode.OK, """
            {"cursor":"","data":[{"user_id":"8226924471638491136","platform_id":"661200758510977084","weight":2,
              "created_at":"2026-02-09T00:47:14.2510149+00:00","expires_at":"2026-01-17T23:36:06.34732Z"}]}
            """);
        using var client = StubClients.Create(handler);

        var votes = new List<TopGgVote>();
        await foreach (var vote in client.Project.ListVotesAsync(StubClients.NewClock().GetUtcNow().AddDays(-1)))
        {
            votes.Add(vote);
        }

        var only = Assert.Single(votes);
        Assert.Equal(8226924471638491136UL, only.UserId);
        Assert.Equal(661200758510977084UL, only.PlatformId);
        Assert.Equal(new DateTimeOffset(2026, 2, 9, 0, 47, 14, TimeSpan.Zero).AddTicks(2510149), only.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 1, 17, 23, 36, 6, TimeSpan.Zero).AddTicks(3473200), only.ExpiresAt);
        Assert.Contains("startDate=2026-03-10T12%3A00%3A00.0000000Z", handler.Requests[0].Uri.Query, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Stats_bodies_keep_shard_zero_and_leave_unset_fields_out()
    {
        var handler = new StubHandler((_, _) => Task.FromResult(StubHandler.Response(HttpStatusCode.OK)));
        using var client = StubClients.Create(handler);

        await client.Bots.PostStatsAsync(TopGgStatsUpdate.ForShard(0, 4, 120));
        await client.Bots.PostStatsAsync(321);
        await client.Bots.PostStatsAsync(new TopGgStatsUpdate { ServerCountPerShard = [1, 2] });

        Assert.Equal("""{"server_count":120,"shard_id":0,"shard_count":4}""", handler.Requests[0].Body);
        Assert.Equal("""{"server_count":321}""", handler.Requests[1].Body);
        Assert.Equal("""{"server_count":[1,2]}""", handler.Requests[2].Body);
        Assert.Equal("/api/bots/264811613708746752/stats", handler.Requests[0].Uri.AbsolutePath);
        Assert.All(handler.Requests, request => Assert.Equal(HttpMethod.Post, request.Method));
    }

    [Fact]
    public async Task Invalid_stats_are_rejected_before_sending()
    {
        var handler = new StubHandler();
        using var client = StubClients.Create(handler);

        await Assert.ThrowsAsync<ArgumentException>(() => client.Bots.PostStatsAsync(new TopGgStatsUpdate()));
        await Assert.ThrowsAsync<ArgumentException>(() => client.Bots.PostStatsAsync(new TopGgStatsUpdate { ServerCount = 1, ServerCountPerShard = [1] }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Bots.PostStatsAsync(new TopGgStatsUpdate { ServerCount = 1, Shards = [3, -3] }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Bots.PostStatsAsync(new TopGgStatsUpdate { ServerCount = 1, ShardId = -1 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Bots.PostStatsAsync(5, shardCount: -2));
        await Assert.ThrowsAsync<ArgumentException>(() => client.Bots.PostStatsAsync(new TopGgStatsUpdate { ServerCountPerShard = [5], ShardId = 0 }));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Search_queries_carry_every_parameter()
    {
        var handler = new StubHandler().Then(HttpStatusCode.OK, """{"results":[],"limit":500,"offset":20,"count":0,"total":0}""");
        using var client = StubClients.Create(handler);

        await client.Bots.GetPageAsync(new TopGgBotQuery
        {
            Limit = 500,
            Offset = 20,
            SortBy = "monthlyPoints",
            SortReversed = true,
            Search = new Dictionary<string, string> { ["username"] = "luca", ["lib"] = "discord.py" },
            Fields = ["id", "username"],
        });

        Assert.Equal("?limit=500&offset=20&sort=-monthlyPoints&search=username%3A%20luca%20lib%3A%20discord.py&fields=id%2Cusername", handler.Requests[0].Uri.Query);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Bots.GetPageAsync(new TopGgBotQuery { Limit = 501 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Bots.GetPageAsync(new TopGgBotQuery { Offset = -1 }));
        await Assert.ThrowsAsync<ArgumentException>(() => client.Bots.GetPageAsync(new TopGgBotQuery { SortBy = "-points" }));
    }

    [Fact]
    public async Task ListAllAsync_pages_five_hundred_at_a_time_until_the_total()
    {
        static string Page(int offset, int count) => JsonSerializer.Serialize(new
        {
            results = Enumerable.Range(offset + 1, count).Select(id => new { id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            limit = 500,
            offset,
            count,
            total = 1100,
        });
        var handler = new StubHandler().Then(HttpStatusCode.OK, Page(0, 500)).Then(HttpStatusCode.OK, Page(500, 500)).Then(HttpStatusCode.OK, Page(1000, 100));
        using var client = StubClients.Create(handler);

        var ids = new List<ulong>();
        await foreach (var bot in client.Bots.ListAsync())
        {
            ids.Add(bot.Id);
        }

        Assert.Equal(Enumerable.Range(1, 1100).Select(id => (ulong)id), ids);
        Assert.Equal(["?limit=500&offset=0", "?limit=500&offset=500", "?limit=500&offset=1000"], handler.Requests.Select(request => request.Uri.Query));
    }

    [Fact]
    public async Task The_token_given_to_a_listing_stops_the_walk_before_the_next_page()
    {
        static string BotsPage(int offset) => JsonSerializer.Serialize(new { results = new[] { new { id = (offset + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) } }, limit = 500, offset, count = 1, total = 1100 });
        const string VotesPage = """{"cursor":"next","data":[{"user_id":"1","platform_id":"2","weight":1,"created_at":"2026-03-11T11:00:00Z","expires_at":"2026-03-11T23:00:00Z"}]}""";
        var handler = new StubHandler().Then(HttpStatusCode.OK, BotsPage(0)).Then(HttpStatusCode.OK, VotesPage).Then(HttpStatusCode.OK, BotsPage(1)).Then(HttpStatusCode.OK, VotesPage);
        using var client = StubClients.Create(handler);
        using var stopBots = new CancellationTokenSource();
        using var stopVotes = new CancellationTokenSource();

        var bots = 0;
        var votes = 0;
        var botsWalk = async () =>
        {
            await foreach (var _ in client.Bots.ListAsync(cancellationToken: stopBots.Token))
            {
                bots++;
                await stopBots.CancelAsync();
            }
        };
        var votesWalk = async () =>
        {
            await foreach (var _ in client.Project.ListVotesAsync(StubClients.NewClock().GetUtcNow().AddDays(-1), stopVotes.Token))
            {
                votes++;
                await stopVotes.CancelAsync();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(botsWalk);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(votesWalk);
        Assert.Equal(1, bots);
        Assert.Equal(1, votes);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task The_voters_page_and_vote_check_routes()
    {
        var handler = new StubHandler()
            .Then(HttpStatusCode.OK, """[{"username":"Xetera","id":"140862798832861184","avatar":"https://cdn.discordapp.com/avatars/140862798832861184/a.png"}]""")
            .Then(HttpStatusCode.OK, """{"voted":"1"}""");
        using var client = StubClients.Create(handler);

        var voters = await client.Bots.GetVotersPageAsync(page: 3);
        var voted = await client.Bots.HasVotedAsync(140862798832861184);

        Assert.Equal(140862798832861184UL, Assert.Single(voters).Id);
        Assert.True(voted);
        Assert.Equal("/api/bots/264811613708746752/votes?page=3", handler.Requests[0].Uri.PathAndQuery);
        Assert.Equal("/api/bots/264811613708746752/check?userId=140862798832861184", handler.Requests[1].Uri.PathAndQuery);
    }

    [Fact]
    public async Task Unknown_enum_values_read_as_unknown()
    {
        var handler = new StubHandler().Then(HttpStatusCode.OK, """{"id":"1","name":"Test","type":"mod","platform":"minecraft","tags":null}""");
        using var client = StubClients.Create(handler);

        var project = await client.Project.GetAsync();

        Assert.Equal(TopGgProjectType.Unknown, project.Type);
        Assert.Equal(TopGgPlatform.Unknown, project.Platform);
        Assert.Empty(project.Tags);
    }

    [Fact]
    public async Task A_vote_check_without_the_voted_field_is_an_invalid_response()
    {
        using var client = StubClients.Create(new StubHandler().Then(HttpStatusCode.OK, """{"vote":1}"""));

        await Assert.ThrowsAsync<Core.Errors.ApiInvalidResponseException>(() => client.Bots.HasVotedAsync(1));
    }
}
