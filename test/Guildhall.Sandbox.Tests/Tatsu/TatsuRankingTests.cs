using Guildhall.Sandbox.Tatsu;
using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Sandbox.Tests.Tatsu;

public sealed class TatsuRankingTests
{
    private const string Key = TatsuSandboxCredentials.ApprenticeKey;

    [Theory]
    [InlineData(0, 100, 1)]
    [InlineData(100, 100, 101)]
    [InlineData(200, 50, 201)]
    [InlineData(250, 0, 0)]
    [InlineData(10_000, 0, 0)]
    public async Task Guild_rankings_pages_hold_100_rows_from_a_zero_based_offset(int offset, int rows, int firstRank)
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        using var response = await sandbox.GetAsync($"/guilds/{TavernGuildId}/rankings/all?offset={offset}", Key);

        var page = await TatsuSandbox.ReadObjectAsync(response);
        Assert.Equal(TavernGuildId.ToString(), page["guild_id"]!.GetValue<string>());
        var rankings = page["rankings"]!.AsArray();
        Assert.Equal(rows, rankings.Count);
        if (rows > 0)
        {
            Assert.Equal(firstRank, rankings[0]!["rank"]!.GetValue<int>());
            Assert.Equal(firstRank + rows - 1, rankings[^1]!["rank"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task Guild_rankings_without_offset_start_at_rank_one_in_descending_score_order()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        using var response = await sandbox.GetAsync($"/guilds/{LibraryGuildId}/rankings/week", Key);

        var rankings = (await TatsuSandbox.ReadObjectAsync(response))["rankings"]!.AsArray();
        var scores = rankings.Select(row => row!["score"]!.GetValue<ulong>()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.NotEmpty(rankings);
        Assert.All(rankings, row => Assert.IsType<string>(row!["user_id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Member_ranking_agrees_with_the_guild_rankings_in_every_timeframe()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        foreach (var timeframe in new[] { "all", "month", "week" })
        {
            using var response = await sandbox.GetAsync($"/guilds/{TavernGuildId}/rankings/members/{GuildmasterUserId}/{timeframe}", Key);
            var ranking = await TatsuSandbox.ReadObjectAsync(response);
            Assert.Equal(TavernGuildId.ToString(), ranking["guild_id"]!.GetValue<string>());
            Assert.Equal(GuildmasterUserId.ToString(), ranking["user_id"]!.GetValue<string>());
            var rank = ranking["rank"]!.GetValue<long>();

            // The page holding that rank shows the same member with the same score at that row.
            using var page = await sandbox.GetAsync($"/guilds/{TavernGuildId}/rankings/{timeframe}?offset={(rank - 1) / 100 * 100}", Key);
            var row = (await TatsuSandbox.ReadObjectAsync(page))["rankings"]!.AsArray()[(int)((rank - 1) % 100)]!;
            Assert.Equal(rank, row["rank"]!.GetValue<long>());
            Assert.Equal(GuildmasterUserId.ToString(), row["user_id"]!.GetValue<string>());
            Assert.Equal(ranking["score"]!.GetValue<ulong>(), row["score"]!.GetValue<ulong>());
        }
    }

    [Fact]
    public async Task Month_and_week_only_count_score_earned_within_30_and_7_days()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        var path = $"/guilds/{TavernGuildId}/rankings/members/{ApprenticeUserId}";
        async Task<ulong> ScoreAsync(string timeframe)
        {
            using var response = await sandbox.GetAsync($"{path}/{timeframe}", Key);
            return (await TatsuSandbox.ReadObjectAsync(response))["score"]!.GetValue<ulong>();
        }

        var (all, month, week) = (await ScoreAsync("all"), await ScoreAsync("month"), await ScoreAsync("week"));
        Assert.True(all > month && month > week && week > 0, $"all {all}, month {month}, week {week}");

        // Six days on, the gain of two days ago has left the week but not the month.
        sandbox.Time.Advance(TimeSpan.FromDays(6));
        Assert.Equal(0ul, await ScoreAsync("week"));
        Assert.Equal(month, await ScoreAsync("month"));
        Assert.Equal(all, await ScoreAsync("all"));
    }

    [Theory]
    [InlineData("/rankings/year")]
    [InlineData("/rankings/all?offset=-1")]
    [InlineData("/rankings/all?offset=ten")]
    [InlineData("/rankings/members/172002275412279298/yesterday")]
    public async Task Bad_timeframes_and_offsets_are_bad_requests(string route)
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        using var response = await sandbox.GetAsync($"/guilds/{TavernGuildId}{route}", Key);

        await TatsuSandbox.AssertErrorAsync(response, 400, 0, "400: Bad Request");
    }

    [Fact]
    public async Task Member_ranking_of_someone_outside_the_guild_is_unknown_guild_member()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        using var response = await sandbox.GetAsync($"/guilds/{TavernGuildId}/rankings/members/{WandererUserId}/all", Key);

        await TatsuSandbox.AssertErrorAsync(response, 404, 1003, "Unknown guild member");
    }

    [Theory]
    [InlineData(UnknownGuildId, TatsuSandboxCredentials.GuildmasterKey, 404)]
    [InlineData(ClosedGuildId, TatsuSandboxCredentials.GuildmasterKey, 403)]
    [InlineData(TavernGuildId, TatsuSandboxCredentials.WandererKey, 403)]
    public async Task Guild_routes_need_a_known_guild_the_key_owner_belongs_to(ulong guildId, string key, int status)
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        foreach (var route in new[] { "/rankings/all", $"/rankings/members/{GuildmasterUserId}/all", $"/members/{GuildmasterUserId}/points" })
        {
            using var response = await sandbox.GetAsync($"/guilds/{guildId}{route}", key);
            await TatsuSandbox.AssertErrorAsync(response, status, 0, status == 404 ? "404: Not Found" : "403: Forbidden");
        }
    }

    [Fact]
    public async Task Ranks_are_contiguous_across_every_page()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        var ranks = new List<long>();
        for (var offset = 0; ; offset += 100)
        {
            using var response = await sandbox.GetAsync($"/guilds/{LibraryGuildId}/rankings/month?offset={offset}", Key);
            var rows = (await TatsuSandbox.ReadObjectAsync(response))["rankings"]!.AsArray();
            if (rows.Count == 0)
            {
                break;
            }

            ranks.AddRange(rows.Select(row => row!["rank"]!.GetValue<long>()));
        }

        Assert.Equal(Enumerable.Range(1, LibraryMemberCount).Select(rank => (long)rank), ranks);
    }
}
