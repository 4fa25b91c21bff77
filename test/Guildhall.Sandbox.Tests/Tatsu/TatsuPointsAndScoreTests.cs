using System.Net;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Tatsu;
using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Sandbox.Tests.Tatsu;

public sealed class TatsuPointsAndScoreTests
{
    private const string Owner = TatsuSandboxCredentials.GuildmasterKey;
    private static readonly ulong Target = MemberUserIdBase + 42;
    private static readonly string PointsPath = $"/guilds/{TavernGuildId}/members/{Target}/points";
    private static readonly string ScorePath = $"/guilds/{TavernGuildId}/members/{Target}/score";

    [Fact]
    public async Task Points_read_carries_guild_points_rank_and_user()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        using var response = await sandbox.GetAsync(PointsPath, TatsuSandboxCredentials.ApprenticeKey);

        var points = await TatsuSandbox.ReadObjectAsync(response);
        Assert.Equal(TavernGuildId.ToString(), points["guild_id"]!.GetValue<string>());
        Assert.Equal(Target.ToString(), points["user_id"]!.GetValue<string>());
        Assert.Equal(await MemberAsync(sandbox, "points"), points["points"]!.GetValue<ulong>());
        Assert.True(points["rank"]!.GetValue<long>() > 0);
    }

    [Fact]
    public async Task Adding_and_removing_points_changes_the_balance_and_stops_at_zero()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        var before = await MemberAsync(sandbox, "points");

        using var added = await sandbox.PatchAsync(PointsPath, Owner, """{"action":0,"amount":1500}""");
        var body = await TatsuSandbox.ReadObjectAsync(added);
        Assert.Equal(before + 1500, body["points"]!.GetValue<ulong>());
        Assert.Equal(Target.ToString(), body["user_id"]!.GetValue<string>());
        Assert.NotNull(body["rank"]);

        using var removed = await sandbox.PatchAsync(PointsPath, Owner, """{"action":1,"amount":100000}""");
        Assert.Equal(0ul, (await TatsuSandbox.ReadObjectAsync(removed))["points"]!.GetValue<ulong>());
        Assert.Equal(0ul, await MemberAsync(sandbox, "points"));
    }

    [Fact]
    public async Task Adding_score_answers_without_rank_and_counts_in_every_timeframe()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        var (all, week) = (await MemberAsync(sandbox, "score"), await MemberAsync(sandbox, "week_score"));

        using var response = await sandbox.PatchAsync(ScorePath, Owner, """{"action":0,"amount":100000}""");
        var body = await TatsuSandbox.ReadObjectAsync(response);
        Assert.Equal(all + 100_000, body["score"]!.GetValue<ulong>());
        Assert.False(body.ContainsKey("rank"));
        Assert.Equal(TavernGuildId.ToString(), body["guild_id"]!.GetValue<string>());
        Assert.Equal(week + 100_000, await MemberAsync(sandbox, "week_score"));
    }

    [Fact]
    public async Task Removing_more_score_than_the_member_has_leaves_zero()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        await sandbox.AdminJsonAsync(HttpMethod.Put, $"/guilds/{TavernGuildId}/members/{Target}", """{"score": 700}""");

        using var response = await sandbox.PatchAsync(ScorePath, Owner, """{"action":1,"amount":5000}""");
        Assert.Equal(0ul, (await TatsuSandbox.ReadObjectAsync(response))["score"]!.GetValue<ulong>());
    }

    [Theory]
    [InlineData("""{"action":0,"amount":0}""")]
    [InlineData("""{"action":0,"amount":100001}""")]
    [InlineData("""{"action":0,"amount":-5}""")]
    [InlineData("""{"action":0,"amount":2.5}""")]
    [InlineData("""{"action":0,"amount":"50"}""")]
    [InlineData("""{"action":2,"amount":50}""")]
    [InlineData("""{"amount":50}""")]
    [InlineData("""[0, 50]""")]
    [InlineData("""action=0&amount=50""")]
    [InlineData("")]
    public async Task Changes_outside_the_documented_body_are_bad_requests_and_change_nothing(string body)
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        var before = await MemberAsync(sandbox, "points");

        using var response = await sandbox.PatchAsync(PointsPath, Owner, body);
        await TatsuSandbox.AssertErrorAsync(response, 400, 0, "400: Bad Request");
        Assert.Equal(before, await MemberAsync(sandbox, "points"));
    }

    [Fact]
    public async Task A_member_without_manage_server_is_forbidden_to_change_and_nothing_changes()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        var before = await MemberAsync(sandbox, "score");

        using var response = await sandbox.PatchAsync(ScorePath, TatsuSandboxCredentials.ApprenticeKey, """{"action":0,"amount":10}""");
        await TatsuSandbox.AssertErrorAsync(response, 403, 0, "403: Forbidden");
        Assert.Equal(before, await MemberAsync(sandbox, "score"));
    }

    [Fact]
    public async Task A_member_with_manage_server_may_change_without_owning_the_guild()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        await sandbox.AdminAsync(HttpMethod.Post, "/keys", $$"""{"key":"moderator-key","user_id":"{{MemberUserIdBase + 1}}"}""");

        using var response = await sandbox.PatchAsync(PointsPath, "moderator-key", """{"action":0,"amount":10}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Changing_a_user_outside_the_guild_is_unknown_guild_member()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        using var response = await sandbox.PatchAsync($"/guilds/{TavernGuildId}/members/{WandererUserId}/points", Owner, """{"action":0,"amount":10}""");

        await TatsuSandbox.AssertErrorAsync(response, 404, 1003, "Unknown guild member");
    }

    [Fact]
    public async Task Points_of_a_user_outside_the_guild_are_unknown_guild_member()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        using var response = await sandbox.GetAsync($"/guilds/{TavernGuildId}/members/{UnknownUserId}/points", Owner);

        await TatsuSandbox.AssertErrorAsync(response, 404, 1003, "Unknown guild member");
    }

    [Fact]
    public async Task Changes_in_a_guild_the_key_owner_is_not_in_are_forbidden()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        using var response = await sandbox.PatchAsync($"/guilds/{ClosedGuildId}/members/{MemberUserIdBase + 501}/score", Owner, """{"action":0,"amount":10}""");

        await TatsuSandbox.AssertErrorAsync(response, 403, 0, "403: Forbidden");
    }

    /// <summary>One of the target member's numbers as the admin view of the guild shows it.</summary>
    private static async Task<ulong> MemberAsync(TatsuSandbox sandbox, string field)
    {
        var guild = await sandbox.AdminJsonAsync(HttpMethod.Get, $"/guilds/{TavernGuildId}");
        var member = guild["members"]!.AsArray().Single(entry => entry!["user_id"]!.GetValue<string>() == Target.ToString())!;
        return member[field]!.GetValue<ulong>();
    }
}
