using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Polympics;

namespace Guildhall.Sandbox.Tests.Polympics;

public sealed class PolympicsAuthEmulatorTests : PolympicsSandbox
{
    [Fact]
    public async Task Me_describes_an_app_without_its_token_or_a_session_as_its_account()
    {
        var app = await JsonAsync(await GetAsync("/auth/me", Full), 200);
        Assert.Equal("A1", (string?)app["username"]);
        Assert.Equal(95, (int)app["permissions"]!);
        Assert.Null(app["password"]);
        var account = await JsonAsync(await GetAsync("/auth/me", Captain), 200);
        Assert.Equal(CaptainId.ToString(), (string?)account["id"]);
    }

    [Fact]
    public async Task Usernames_are_case_insensitive()
    {
        var response = await SendAsync(HttpMethod.Get, "/auth/me", null, Basic("a1", PolympicsSandboxCredentials.FullAppToken));
        Assert.Equal("A1", (string?)(await JsonAsync(response, 200))["username"]);
    }

    [Theory]
    [InlineData(null, "Not authenticated")]
    [InlineData("Bearer abc", "Not authenticated")]
    [InlineData("Basic !!!not-base64", "Invalid authentication credentials")]
    [InlineData("Basic bm9jb2xvbg==", "Invalid authentication credentials")]
    public async Task Malformed_authorization_is_401_with_a_basic_challenge(string? header, string detail)
    {
        var response = await SendAsync(HttpMethod.Get, "/auth/me", null, header is null ? null : AuthenticationHeaderValue.Parse(header));
        await AssertDetailAsync(response, 401, detail);
        Assert.Equal("Basic", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [InlineData("A1", "wrong")]
    [InlineData("X1", "whatever")]
    [InlineData("Sabc", "whatever")]
    public async Task Unknown_credentials_are_an_empty_scope(string user, string token)
    {
        await AssertDetailAsync(await SendAsync(HttpMethod.Get, "/auth/me", null, Basic(user, token)), 401, "A token was not used to authenticate.");
    }

    [Fact]
    public async Task Create_session_needs_authenticate_users_and_the_session_expires_after_thirty_days()
    {
        var body = new JsonObject { ["account"] = 310473552284467203 };
        await AssertDetailAsync(await SendAsync(HttpMethod.Post, "/auth/create_session", body, Limited), 403, "Request outside of authorisation scope.");
        var session = await JsonAsync(await SendAsync(HttpMethod.Post, "/auth/create_session", body, Full), 201);
        Assert.Equal(Time.GetUtcNow().AddDays(30).ToUnixTimeSeconds(), (double)session["expires_at"]!);
        var credentials = Basic((string)session["username"]!, (string)session["password"]!);
        Assert.Equal("Apollo", (string?)(await JsonAsync(await SendAsync(HttpMethod.Get, "/auth/me", null, credentials), 200))["name"]);

        Time.Advance(TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1));
        await AssertDetailAsync(await SendAsync(HttpMethod.Get, "/auth/me", null, credentials), 401, "A token was not used to authenticate.");
        Assert.DoesNotContain(
            (await AdminAsync(HttpMethod.Get, "state"))["sessions"]!.AsArray(),
            s => (string?)s!["username"] == (string?)session["username"]);
    }

    [Fact]
    public async Task Create_session_for_an_unknown_account_is_422()
    {
        var issues = await IssuesAsync(await SendAsync(HttpMethod.Post, "/auth/create_session", new JsonObject { ["account"] = 5 }, Full));
        Assert.Equal([("body.account", "Account not found.", "value_error")], issues);
    }

    [Fact]
    public async Task Resetting_an_app_token_returns_the_new_one_and_retires_the_old()
    {
        var reset = await JsonAsync(await SendAsync(HttpMethod.Post, "/auth/reset_token", null, Full), 200);
        Assert.Equal("A1", (string?)reset["username"]);
        var token = (string)reset["password"]!;
        Assert.NotEqual(PolympicsSandboxCredentials.FullAppToken, token);
        Assert.Equal(32, Convert.FromBase64String(token).Length);
        await AssertDetailAsync(await GetAsync("/auth/me", Full), 401, "A token was not used to authenticate.");
        await JsonAsync(await SendAsync(HttpMethod.Get, "/auth/me", null, Basic("A1", token)), 200);
    }

    [Fact]
    public async Task Resetting_a_session_token_answers_with_the_account_and_loses_the_session()
    {
        var reset = await JsonAsync(await SendAsync(HttpMethod.Post, "/auth/reset_token", null, Captain), 200);
        Assert.Equal(CaptainId.ToString(), (string?)reset["id"]);
        Assert.Null(reset["password"]);
        await AssertDetailAsync(await GetAsync("/auth/me", Captain), 401, "A token was not used to authenticate.");
    }

    [Fact]
    public async Task Reset_without_credentials_is_401()
    {
        await AssertDetailAsync(await SendAsync(HttpMethod.Post, "/auth/reset_token", null, authorization: null), 401, "Not authenticated");
        await AssertDetailAsync(await SendAsync(HttpMethod.Post, "/auth/reset_token", null, Basic("A1", "nope")), 401, "A token was not used to authenticate.");
    }

    [Fact]
    public async Task Discord_sign_in_gives_a_session_and_creates_the_account_while_signups_are_open()
    {
        var session = await JsonAsync(await SendAsync(HttpMethod.Post, "/auth/discord", new JsonObject { ["token"] = PolympicsSandboxCredentials.NewcomerDiscordToken }), 200);
        Assert.StartsWith("S", (string?)session["username"]);
        var account = await JsonAsync(await GetAsync($"/account/{PolympicsSandboxCredentials.NewcomerDiscordId}"), 200);
        Assert.Equal("Newcomer", (string?)account["name"]);
        Assert.Equal("https://cdn.discordapp.com/embed/avatars/0.png", (string?)account["avatar_url"]);
    }

    [Fact]
    public async Task Discord_sign_in_refuses_bad_tokens_and_newcomers_while_signups_are_closed()
    {
        await AssertDetailAsync(await SendAsync(HttpMethod.Post, "/auth/discord", new JsonObject { ["token"] = "bad" }), 401, "Bad Discord user token.");
        await AdminAsync(HttpMethod.Put, "settings", new JsonObject { ["signups_open"] = false });
        await AssertDetailAsync(
            await SendAsync(HttpMethod.Post, "/auth/discord", new JsonObject { ["token"] = PolympicsSandboxCredentials.NewcomerDiscordToken }), 403, "Signups are closed.");
        await JsonAsync(await SendAsync(HttpMethod.Post, "/auth/discord", new JsonObject { ["token"] = PolympicsSandboxCredentials.CaptainDiscordToken }), 200);
    }
}
