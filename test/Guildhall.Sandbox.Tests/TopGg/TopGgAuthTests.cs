using System.Net;
using static Guildhall.Sandbox.Tests.SandboxAssert;
using static Guildhall.Sandbox.Tests.TopGg.TopGgSandbox;
using static Guildhall.Sandbox.TopGg.TopGgSandboxCredentials;

namespace Guildhall.Sandbox.Tests.TopGg;

public sealed class TopGgAuthTests
{
    [Theory]
    [InlineData(Token, false)]
    [InlineData(Token, true)]
    [InlineData(LegacyToken, false)]
    [InlineData(LegacyToken, true)]
    public async Task V0_accepts_raw_and_bearer_tokens_of_both_generations(string token, bool bearer)
    {
        await using var sandbox = await StartAsync();
        var response = await sandbox.GetAsync("bots/stats", bearer ? Bearer(token) : token);

        var stats = await ReadJsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(1284, (long)stats["server_count"]!);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6IjEiLCJib3QiOnRydWV9.c2ln")]
    [InlineData("whs_this_is_a_webhook_secret_not_a_token")]
    public async Task V0_rejects_missing_and_unknown_tokens_with_the_legacy_error_body(string? authorization)
    {
        await using var sandbox = await StartAsync();
        var response = await sandbox.SendAsync(HttpMethod.Get, "bots/stats", authorization);

        var body = await ReadJsonAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("""{"error":"Unauthorized"}""", body.ToJsonString());
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task V1_accepts_a_current_token_as_bearer()
    {
        await using var sandbox = await StartAsync();
        var project = await ReadJsonAsync(await sandbox.GetAsync("v1/projects/@me"), HttpStatusCode.OK);
        Assert.Equal(ProjectId.ToString(), (string?)project["id"]);
    }

    [Theory]
    [InlineData(Token, "Bearer")]
    [InlineData(LegacyToken, "Bearer")]
    [InlineData("Bearer " + LegacyToken, "legacy")]
    [InlineData(null, "missing")]
    [InlineData("Bearer nope", "not valid")]
    public async Task V1_rejects_raw_tokens_legacy_tokens_and_unknown_tokens_with_problem_details(string? authorization, string detailMentions)
    {
        await using var sandbox = await StartAsync();
        var response = await sandbox.SendAsync(HttpMethod.Get, "v1/projects/@me", authorization);

        var problem = await ReadProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Unauthorized", (string?)problem["title"]);
        Assert.Contains(detailMentions, (string?)problem["detail"], StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(LegacyToken, problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Token, BotId)]
    [InlineData(LegacyToken, BotId)]
    [InlineData(OtherBotToken, OtherBotId)]
    public void Sandbox_tokens_are_jwt_shaped_and_carry_their_bot_id(string token, ulong botId)
    {
        Assert.Equal(3, token.Split('.').Length);
        var header = DecodeTokenSegment(token, 0);
        var payload = DecodeTokenSegment(token, 1);

        Assert.Equal("JWT", (string?)header["typ"]);
        Assert.Equal(botId.ToString(), (string?)payload["id"]);
        Assert.True((bool)payload["bot"]!);
        Assert.True((long)payload["iat"]! > 1_400_000_000);
        Assert.Equal(32, (int)DecodeTokenSegment(token, 2));
    }

    [Fact]
    public async Task Host_lists_the_topgg_credentials()
    {
        await using var sandbox = await StartAsync();
        var credentials = sandbox.Host.Credentials.Where(c => c.Api == "topgg").Select(c => c.Value).ToList();
        Assert.Equal([Token, LegacyToken, OtherBotToken], credentials);

        var listed = await ReadJsonAsync(await sandbox.Http.GetAsync("_sandbox/credentials"), HttpStatusCode.OK);
        Assert.Contains(listed.AsArray(), c => (string?)c!["value"] == Token);

        // Escaped like every other sandbox answer: the apostrophe in "the first bot's votes" stays one.
        var text = await sandbox.Http.GetStringAsync("_sandbox/credentials");
        Assert.Contains("bot's votes", text, StringComparison.Ordinal);
    }
}
