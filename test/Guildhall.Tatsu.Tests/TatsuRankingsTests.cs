using Guildhall.Core.Errors;
using Guildhall.Sandbox.Tatsu;
using Guildhall.Tatsu.Models;
using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Tatsu.Tests;

public sealed class TatsuRankingsTests
{
    [Theory]
    [InlineData(TatsuTimeframe.AllTime, "all")]
    [InlineData(TatsuTimeframe.Month, "month")]
    [InlineData(TatsuTimeframe.Week, "week")]
    public async Task Member_ranking_uses_the_timeframe_path(TatsuTimeframe timeframe, string segment)
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient(TatsuSandboxCredentials.ApprenticeKey);

        var ranking = await tatsu.Rankings.GetMemberRankingAsync(TavernGuildId, GuildmasterUserId, timeframe);

        Assert.Equal(TavernGuildId, ranking.GuildId);
        Assert.Equal(GuildmasterUserId, ranking.UserId);
        Assert.True(ranking.Rank >= 1);
        Assert.Equal(ranking.Score, ranking.Raw.GetProperty("score").GetUInt64());
        Assert.Equal($"GET /guilds/{TavernGuildId}/rankings/members/{GuildmasterUserId}/{segment} 200", Assert.Single(await bed.RequestLinesAsync()));
    }

    [Fact]
    public async Task A_user_outside_the_guild_is_unknown_guild_member_1003()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        var error = await Assert.ThrowsAsync<ApiNotFoundException>(() => tatsu.Rankings.GetMemberRankingAsync(TavernGuildId, WandererUserId));

        Assert.Equal(TatsuErrorCodes.UnknownGuildMember, error.ErrorCode);
        Assert.Equal("Unknown guild member", error.ServerMessage);
        Assert.Contains("Unknown guild member", error.Message);
    }

    [Fact]
    public async Task A_key_owner_outside_the_guild_is_forbidden()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient(TatsuSandboxCredentials.WandererKey);

        var error = await Assert.ThrowsAsync<ApiForbiddenException>(() => tatsu.Rankings.GetGuildRankingsPageAsync(TavernGuildId));
        Assert.Equal("403: Forbidden", error.ServerMessage);
    }

    [Fact]
    public async Task A_guild_without_tatsu_is_not_found()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        await Assert.ThrowsAsync<ApiNotFoundException>(() => tatsu.Rankings.GetGuildRankingsPageAsync(UnknownGuildId, TatsuTimeframe.Week));
    }

    [Fact]
    public async Task One_page_starts_after_the_offset_and_every_row_keeps_its_raw_json()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        var page = await tatsu.Rankings.GetGuildRankingsPageAsync(TavernGuildId, TatsuTimeframe.Month, offset: 100);

        Assert.Equal(TavernGuildId, page.GuildId);
        Assert.Equal(Enumerable.Range(101, 100).Select(rank => (long)rank), page.Rankings.Select(row => row.Rank));
        Assert.All(page.Rankings, row => Assert.Equal(row.UserId.ToString(), row.Raw.GetProperty("user_id").GetString()));
        Assert.Equal($"GET /guilds/{TavernGuildId}/rankings/month?offset=100 200", Assert.Single(await bed.RequestLinesAsync()));
    }

    [Theory]
    [InlineData(TavernGuildId, TavernMemberCount, 3)]
    [InlineData(LibraryGuildId, LibraryMemberCount, 3)]
    public async Task Walking_the_leaderboard_yields_every_rank_once_and_stops_at_the_last(ulong guildId, int members, int requests)
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        var ranks = new List<long>();
        await foreach (var row in tatsu.Rankings.ListGuildRankingsAsync(guildId))
        {
            ranks.Add(row.Rank);
        }

        Assert.Equal(Enumerable.Range(1, members).Select(rank => (long)rank), ranks);
        Assert.Equal(requests, (await bed.RequestsAsync()).Count);
    }

    [Fact]
    public async Task A_full_last_page_is_not_followed_by_an_empty_page()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        var pages = new List<int>();
        await foreach (var page in tatsu.Rankings.ListGuildRankingsAsync(LibraryGuildId).AsPages())
        {
            pages.Add(page.Items.Count);
        }

        Assert.Equal([100, 100], pages);
    }

    [Fact]
    public async Task Walking_between_two_ranks_asks_only_for_the_pages_it_needs()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        var ranks = new List<long>();
        await foreach (var row in tatsu.Rankings.ListGuildRankingsAsync(TavernGuildId, TatsuTimeframe.Week, startRank: 95, endRank: 205))
        {
            ranks.Add(row.Rank);
        }

        Assert.Equal(Enumerable.Range(95, 111).Select(rank => (long)rank), ranks);
        Assert.Equal(
            [$"GET /guilds/{TavernGuildId}/rankings/week?offset=94 200", $"GET /guilds/{TavernGuildId}/rankings/week?offset=194 200"],
            await bed.RequestLinesAsync());
    }

    [Fact]
    public async Task An_end_rank_on_a_page_boundary_stops_without_another_request()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        var count = 0;
        await foreach (var row in tatsu.Rankings.ListGuildRankingsAsync(TavernGuildId, endRank: 200))
        {
            count++;
        }

        Assert.Equal(200, count);
        Assert.Equal(2, (await bed.RequestsAsync()).Count);
    }

    [Fact]
    public async Task Pages_resume_from_a_continuation_token()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();
        var pageable = tatsu.Rankings.ListGuildRankingsAsync(TavernGuildId);

        string? token = null;
        await foreach (var page in pageable.AsPages())
        {
            token = page.ContinuationToken;
            break;
        }

        Assert.Equal("100", token);
        var resumed = new List<long>();
        await foreach (var page in pageable.AsPages(token))
        {
            resumed.AddRange(page.Items.Select(row => row.Rank));
        }

        Assert.Equal(Enumerable.Range(101, 150).Select(rank => (long)rank), resumed);
        await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (var page in pageable.AsPages("not-an-offset"))
            {
            }
        });
    }

    [Fact]
    public async Task A_start_past_the_last_rank_yields_one_empty_page()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        var pages = new List<Core.Paging.Page<TatsuRankedMember>>();
        await foreach (var page in tatsu.Rankings.ListGuildRankingsAsync(TavernGuildId, startRank: 1_000).AsPages())
        {
            pages.Add(page);
        }

        Assert.Empty(Assert.Single(pages).Items);
        Assert.Null(pages[0].ContinuationToken);
    }

    [Fact]
    public async Task Invalid_arguments_are_refused_before_anything_is_sent()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => tatsu.Rankings.GetGuildRankingsPageAsync(TavernGuildId, offset: -1));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => tatsu.Rankings.GetGuildRankingsPageAsync(TavernGuildId, (TatsuTimeframe)7));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => tatsu.Rankings.GetMemberRankingAsync(0, GuildmasterUserId));
        Assert.Throws<ArgumentOutOfRangeException>(() => tatsu.Rankings.ListGuildRankingsAsync(TavernGuildId, startRank: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => tatsu.Rankings.ListGuildRankingsAsync(TavernGuildId, startRank: 10, endRank: 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => tatsu.Rankings.ListGuildRankingsAsync(0));
        Assert.Empty(await bed.RequestsAsync());
    }

    [Fact]
    public async Task Cancelling_a_walk_stops_before_the_next_page()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();
        using var cancellation = new CancellationTokenSource();

        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var row in tatsu.Rankings.ListGuildRankingsAsync(TavernGuildId).WithCancellation(cancellation.Token))
            {
                if (++seen == 100)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(100, seen);
        Assert.Single(await bed.RequestsAsync());
    }
}
