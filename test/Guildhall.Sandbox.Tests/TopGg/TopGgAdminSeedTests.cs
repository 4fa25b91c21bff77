using System.Net;
using static Guildhall.Sandbox.Tests.TopGg.TopGgSandbox;
using static Guildhall.Sandbox.TopGg.TopGgSandboxCredentials;

namespace Guildhall.Sandbox.Tests.TopGg;

public sealed class TopGgAdminSeedTests
{
    [Fact]
    public async Task A_seeded_bot_is_listed_and_its_tokens_work()
    {
        await using var sandbox = await StartAsync();
        var seeded = await ReadJsonAsync(
            await sandbox.AdminAsync(HttpMethod.Post, "bots", """{"username":"Test Harness","id":"1234567890123456789","owners":["607297853110358017"],"tags":["utility"]}"""),
            HttpStatusCode.Created);

        Assert.Equal("1234567890123456789", (string?)seeded["bot"]!["id"]);
        var token = (string)seeded["token"]!;
        Assert.Equal("1234567890123456789", (string?)DecodeTokenSegment(token, 1)["id"]);

        var stats = await sandbox.PostAsync("bots/stats", """{"server_count":3}""", Bearer(token));
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        var bot = await ReadJsonAsync(await sandbox.GetAsync("bots/1234567890123456789"), HttpStatusCode.OK);
        Assert.Equal(3, (long)bot["server_count"]!);
        var project = await ReadJsonAsync(await sandbox.GetAsync("v1/projects/@me", Bearer(token)), HttpStatusCode.OK);
        Assert.Equal((string?)seeded["project_id"], (string?)project["id"]);
        await ReadProblemAsync(await sandbox.GetAsync("v1/projects/@me", Bearer((string)seeded["legacy_token"]!)), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync("bots/votes", (string)seeded["legacy_token"]!)).StatusCode);

        var found = await ReadJsonAsync(await sandbox.GetAsync("bots?search=" + Uri.EscapeDataString("username: Test Harness")), HttpStatusCode.OK);
        Assert.Equal(1, (int)found["total"]!);
    }

    [Theory]
    [InlineData("""{}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"username":"x","id":"abc"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"username":"x","owners":"me"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"username":"x","tags":[1]}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"username":"x","id":"1108398810645790727"}""", HttpStatusCode.Conflict)]
    public async Task Invalid_or_duplicate_bots_are_refused(string body, HttpStatusCode status)
    {
        await using var sandbox = await StartAsync();
        var error = await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Post, "bots", body), status);
        Assert.False(string.IsNullOrEmpty((string?)error["error"]));
    }

    [Fact]
    public async Task A_seeded_user_can_vote_and_be_checked()
    {
        await using var sandbox = await StartAsync();
        var user = await ReadJsonAsync(
            await sandbox.AdminAsync(HttpMethod.Post, "users", """{"id":"555555555555555555","topgg_id":"666666666666666666","username":"newcomer"}"""),
            HttpStatusCode.Created);
        Assert.Equal("newcomer", (string?)user["username"]);
        Assert.Equal(0, (int)(await ReadJsonAsync(await sandbox.GetAsync("bots/check?userId=555555555555555555"), HttpStatusCode.OK))["voted"]!);

        var vote = await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Post, "votes", """{"user":"555555555555555555","weight":2}"""), HttpStatusCode.Created);
        Assert.Equal(2, (int)vote["weight"]!);
        Assert.Equal("2026-03-04T12:00:00.0000000+00:00", (string?)vote["created_at"]);
        Assert.Equal(1, (int)(await ReadJsonAsync(await sandbox.GetAsync("bots/check?userId=555555555555555555"), HttpStatusCode.OK))["voted"]!);
        var status = await ReadJsonAsync(await sandbox.GetAsync("v1/projects/@me/votes/666666666666666666"), HttpStatusCode.OK);
        Assert.Equal(2, (int)status["weight"]!);

        await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Post, "users", """{"id":"555555555555555555"}"""), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_vote_can_be_placed_in_the_past()
    {
        await using var sandbox = await StartAsync();
        await ReadJsonAsync(
            await sandbox.AdminAsync(HttpMethod.Post, "votes", $$"""{"user":"{{NonVoterId}}","bot":"{{OtherBotId}}","at":"2026-03-04T06:00:00Z"}"""),
            HttpStatusCode.Created);
        var check = await ReadJsonAsync(await sandbox.GetAsync($"bots/check?userId={NonVoterId}", Bearer(OtherBotToken)), HttpStatusCode.OK);
        Assert.Equal(1, (int)check["voted"]!);
        var mine = await ReadJsonAsync(await sandbox.GetAsync($"bots/check?userId={NonVoterId}"), HttpStatusCode.OK);
        Assert.Equal(0, (int)mine["voted"]!);
    }

    [Theory]
    [InlineData("""{"user":"696969696969696969"}""")]
    [InlineData("""{"bot":"696969696969696969"}""")]
    [InlineData("""{"at":"noon"}""")]
    [InlineData("""{"weight":3}""")]
    [InlineData("""{"user":true}""")]
    public async Task Invalid_votes_are_refused(string body)
    {
        await using var sandbox = await StartAsync();
        await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Post, "votes", body), HttpStatusCode.BadRequest);
    }
}
