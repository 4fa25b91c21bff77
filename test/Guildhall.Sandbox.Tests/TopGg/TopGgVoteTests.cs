using System.Net;
using static Guildhall.Sandbox.Tests.TopGg.TopGgSandbox;
using static Guildhall.Sandbox.TopGg.TopGgSandboxCredentials;

namespace Guildhall.Sandbox.Tests.TopGg;

public sealed class TopGgVoteTests
{
    [Theory]
    [InlineData("bots/votes")]
    [InlineData("bots/1108398810645790727/votes")]
    public async Task Votes_list_the_latest_distinct_voters_100_per_page_up_to_1000(string path)
    {
        await using var sandbox = await StartAsync();
        var voters = new List<string>();
        for (var page = 1; page <= 11; page++)
        {
            var list = (await ReadJsonAsync(await sandbox.GetAsync($"{path}?page={page}"), HttpStatusCode.OK)).AsArray();
            Assert.Equal(page <= 10 ? 100 : 0, list.Count);
            Assert.All(list, v => Assert.Equal(["username", "id", "avatar"], v!.AsObject().Select(p => p.Key)));
            voters.AddRange(list.Select(v => (string)v!["id"]!));
        }

        Assert.Equal(1000, voters.Count);
        Assert.Equal(1000, voters.Distinct().Count());
        Assert.Equal(RecentVoterId.ToString(), voters[0]);
        Assert.DoesNotContain(NonVoterId.ToString(), voters);
    }

    [Fact]
    public async Task Votes_without_page_is_the_first_page()
    {
        await using var sandbox = await StartAsync();
        var unpaged = await ReadJsonAsync(await sandbox.GetAsync("bots/votes"), HttpStatusCode.OK);
        var first = await ReadJsonAsync(await sandbox.GetAsync("bots/votes?page=1"), HttpStatusCode.OK);
        Assert.Equal(first.ToJsonString(), unpaged.ToJsonString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("two")]
    public async Task Votes_page_starts_at_1(string page)
    {
        await using var sandbox = await StartAsync();
        var body = await ReadJsonAsync(await sandbox.GetAsync($"bots/votes?page={page}"), HttpStatusCode.BadRequest);
        Assert.Contains("page", (string?)body["message"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bots/905006726896553986/votes")]
    [InlineData("bots/905006726896553986/check?userId=432860280981032969")]
    [InlineData("bots/None/votes")]
    public async Task Reading_votes_of_another_bot_is_403(string path)
    {
        await using var sandbox = await StartAsync();
        var body = await ReadJsonAsync(await sandbox.GetAsync(path), HttpStatusCode.Forbidden);
        Assert.Equal("""{"error":"Forbidden"}""", body.ToJsonString());
    }

    [Fact]
    public async Task The_other_bot_reads_its_own_votes_but_not_the_main_bots()
    {
        await using var sandbox = await StartAsync();
        var own = await ReadJsonAsync(await sandbox.GetAsync("bots/votes", Bearer(OtherBotToken)), HttpStatusCode.OK);
        Assert.Equal(60, own.AsArray().Count);
        await ReadJsonAsync(await sandbox.GetAsync($"bots/{BotId}/votes", Bearer(OtherBotToken)), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(RecentVoterId, 1)]
    [InlineData(ExpiredVoterId, 0)]
    [InlineData(NonVoterId, 0)]
    public async Task Check_reports_a_vote_within_12_hours(ulong userId, int voted)
    {
        await using var sandbox = await StartAsync();
        foreach (var path in new[] { $"bots/check?userId={userId}", $"bots/{BotId}/check?userId={userId}" })
        {
            var body = await ReadJsonAsync(await sandbox.GetAsync(path), HttpStatusCode.OK);
            Assert.Equal($$"""{"voted":{{voted}}}""", body.ToJsonString());
        }
    }

    [Fact]
    public async Task A_vote_expires_after_12_hours()
    {
        await using var sandbox = await StartAsync();
        await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Post, "votes", $$"""{"user":"{{NonVoterId}}"}"""), HttpStatusCode.Created);
        Assert.Equal(1, (int)(await ReadJsonAsync(await sandbox.GetAsync($"bots/check?userId={NonVoterId}"), HttpStatusCode.OK))["voted"]!);

        sandbox.Clock.Advance(TimeSpan.FromHours(12) - TimeSpan.FromSeconds(1));
        Assert.Equal(1, (int)(await ReadJsonAsync(await sandbox.GetAsync($"bots/check?userId={NonVoterId}"), HttpStatusCode.OK))["voted"]!);

        sandbox.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, (int)(await ReadJsonAsync(await sandbox.GetAsync($"bots/check?userId={NonVoterId}"), HttpStatusCode.OK))["voted"]!);
    }

    [Fact]
    public async Task Check_of_an_unknown_user_is_404_user_not_found()
    {
        await using var sandbox = await StartAsync();
        var body = await ReadJsonAsync(await sandbox.GetAsync($"bots/check?userId={UnknownId}"), HttpStatusCode.NotFound);
        Assert.Equal("""{"message":"User not found."}""", body.ToJsonString());
    }

    [Theory]
    [InlineData("bots/check")]
    [InlineData("bots/check?userId=")]
    [InlineData("bots/check?userId=abc")]
    public async Task Check_needs_a_user_id(string path)
    {
        await using var sandbox = await StartAsync();
        var body = await ReadJsonAsync(await sandbox.GetAsync(path), HttpStatusCode.BadRequest);
        Assert.Contains("userId", (string?)body["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recorded_vote_moves_the_voter_to_the_top_and_counts_in_the_points()
    {
        await using var sandbox = await StartAsync();
        var before = await ReadJsonAsync(await sandbox.GetAsync($"bots/{BotId}"), HttpStatusCode.OK);
        var vote = await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Post, "votes", $$"""{"user":"{{NonVoterId}}"}"""), HttpStatusCode.Created);
        var after = await ReadJsonAsync(await sandbox.GetAsync($"bots/{BotId}"), HttpStatusCode.OK);
        var voters = await ReadJsonAsync(await sandbox.GetAsync("bots/votes"), HttpStatusCode.OK);

        Assert.Equal(1, (int)vote["weight"]!);
        Assert.Equal((long)before["points"]! + 1, (long)after["points"]!);
        Assert.Equal((long)before["monthlyPoints"]! + 1, (long)after["monthlyPoints"]!);
        Assert.Equal(NonVoterId.ToString(), (string?)voters[0]!["id"]);
        Assert.Equal("never_voted", (string?)voters[0]!["username"]);
    }

    [Fact]
    public async Task A_weekend_vote_weighs_two_but_lists_the_voter_once()
    {
        var friday = new DateTimeOffset(2026, 3, 6, 18, 0, 0, TimeSpan.Zero);
        await using var sandbox = await StartAsync(start: friday);
        var before = (long)(await ReadJsonAsync(await sandbox.GetAsync($"bots/{BotId}"), HttpStatusCode.OK))["points"]!;
        var vote = await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Post, "votes", $$"""{"user":"{{RecentVoterId}}"}"""), HttpStatusCode.Created);
        var after = (long)(await ReadJsonAsync(await sandbox.GetAsync($"bots/{BotId}"), HttpStatusCode.OK))["points"]!;
        var voters = (await ReadJsonAsync(await sandbox.GetAsync("bots/votes"), HttpStatusCode.OK)).AsArray();

        Assert.Equal(2, (int)vote["weight"]!);
        Assert.Equal(before + 2, after);
        Assert.Single(voters, v => (string?)v!["id"] == RecentVoterId.ToString());
    }
}
