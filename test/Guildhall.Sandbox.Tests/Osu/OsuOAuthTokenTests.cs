using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Sandbox.Tests.Osu;

public sealed class OsuOAuthTokenTests
{
    private static readonly string ClientId = OsuSandboxCredentials.ClientId.ToString();

    [Fact]
    public async Task Client_credentials_grant_issues_a_bearer_jwt_without_refresh_token()
    {
        await using var host = await OsuTestHost.StartAsync();

        var response = await host.PostFormAsync("osu/oauth/token",
            ("client_id", ClientId), ("client_secret", OsuSandboxCredentials.ClientSecret), ("grant_type", "client_credentials"), ("scope", "public"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var body = await OsuTestHost.ReadJsonAsync(response);
        Assert.Equal(["token_type", "expires_in", "access_token"], OsuJson.Keys(body));
        Assert.Equal("Bearer", body["token_type"]!.GetValue<string>());
        Assert.Equal(86400, body["expires_in"]!.GetValue<int>());
        var claims = JwtClaims(body["access_token"]!.GetValue<string>());
        Assert.Equal("", claims["sub"]!.GetValue<string>());
        Assert.Equal(ClientId, claims["aud"]!.GetValue<string>());
        Assert.Equal(["public"], claims["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public async Task Token_endpoint_accepts_json_bodies_and_basic_client_credentials()
    {
        await using var host = await OsuTestHost.StartAsync();

        var json = await host.PostJsonAsync("osu/oauth/token", new JsonObject
        {
            ["client_id"] = OsuSandboxCredentials.ClientId,
            ["client_secret"] = OsuSandboxCredentials.ClientSecret,
            ["grant_type"] = "client_credentials",
            ["scope"] = "public",
        });
        var basic = new HttpRequestMessage(HttpMethod.Post, "osu/oauth/token")
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("grant_type", "client_credentials"), KeyValuePair.Create("scope", "public")]),
        };
        basic.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{OsuSandboxCredentials.ClientSecret}")));
        var basicResponse = await host.Http.SendAsync(basic);

        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal(HttpStatusCode.OK, basicResponse.StatusCode);
    }

    [Theory]
    [InlineData("40070", "wrong-secret")]
    [InlineData("99999", "sbx-osu-7f3a9c2e5d1b-40070")]
    [InlineData("not-a-number", "x")]
    public async Task Bad_client_credentials_get_the_league_invalid_client_error(string clientId, string secret)
    {
        await using var host = await OsuTestHost.StartAsync();

        var response = await host.PostFormAsync("osu/oauth/token",
            ("client_id", clientId), ("client_secret", secret), ("grant_type", "client_credentials"), ("scope", "public"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await OsuTestHost.ReadJsonAsync(response);
        Assert.Equal("invalid_client", body["error"]!.GetValue<string>());
        Assert.Equal("Client authentication failed", body["error_description"]!.GetValue<string>());
        Assert.Equal("Client authentication failed", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Missing_client_id_and_unknown_grant_type_are_bad_requests()
    {
        await using var host = await OsuTestHost.StartAsync();

        var noClient = await OsuTestHost.ReadJsonAsync(await host.PostFormAsync("osu/oauth/token", ("grant_type", "client_credentials")));
        var badGrant = await host.PostFormAsync("osu/oauth/token", ("client_id", ClientId), ("grant_type", "password"));
        var emptyBody = await host.Http.PostAsync("osu/oauth/token", new StringContent("{not json", Encoding.UTF8, "application/json"));

        Assert.Equal("invalid_request", noClient["error"]!.GetValue<string>());
        Assert.Equal("Check the `client_id` parameter", noClient["hint"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, badGrant.StatusCode);
        Assert.Equal("unsupported_grant_type", (await OsuTestHost.ReadJsonAsync(badGrant))["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, emptyBody.StatusCode);
    }

    [Theory]
    [InlineData("", "Tokens without scopes are not valid.")]
    [InlineData("chat.write", "delegate scope is required.")]
    [InlineData("*", "* is not allowed with Client Credentials")]
    [InlineData("delegate chat.write", "Delegation with Client Credentials is only available to bots.")]
    public async Task Client_credentials_scope_rules_reject_with_osu_messages(string scope, string message)
    {
        await using var host = await OsuTestHost.StartAsync();

        var response = await host.PostFormAsync("osu/oauth/token",
            ("client_id", ClientId), ("client_secret", OsuSandboxCredentials.ClientSecret), ("grant_type", "client_credentials"), ("scope", scope));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await OsuTestHost.ReadJsonAsync(response))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bot_application_gets_delegate_tokens_but_not_mixed_with_public()
    {
        await using var host = await OsuTestHost.StartAsync();
        var botId = OsuSandboxCredentials.BotClientId.ToString();

        var mixed = await host.PostFormAsync("osu/oauth/token",
            ("client_id", botId), ("client_secret", OsuSandboxCredentials.BotClientSecret), ("grant_type", "client_credentials"), ("scope", "public delegate"));
        var chat = await host.PostFormAsync("osu/oauth/token",
            ("client_id", botId), ("client_secret", OsuSandboxCredentials.BotClientSecret), ("grant_type", "client_credentials"), ("scope", "delegate chat.write"));
        var unknown = await host.PostFormAsync("osu/oauth/token",
            ("client_id", botId), ("client_secret", OsuSandboxCredentials.BotClientSecret), ("grant_type", "client_credentials"), ("scope", "public admin"));

        Assert.Equal("Delegation is not supported for this combination of scopes.", (await OsuTestHost.ReadJsonAsync(mixed))["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, chat.StatusCode);
        var claims = JwtClaims((await OsuTestHost.ReadJsonAsync(chat))["access_token"]!.GetValue<string>());
        Assert.Equal(["chat.write", "delegate"], claims["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        var unknownBody = await OsuTestHost.ReadJsonAsync(unknown);
        Assert.Equal("invalid_scope", unknownBody["error"]!.GetValue<string>());
        Assert.Equal("Check the `admin` scope", unknownBody["hint"]!.GetValue<string>());
    }

    [Fact]
    public async Task Token_endpoint_is_throttled_per_client_address()
    {
        await using var host = await OsuTestHost.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await host.PutJsonAsync("_sandbox/osu/rate-limits", new JsonObject { ["token_per_minute"] = 2 })).StatusCode);

        var first = await host.PostFormAsync("osu/oauth/token", ("grant_type", "password"));
        var second = await host.PostFormAsync("osu/oauth/token", ("grant_type", "password"));
        var third = await host.PostFormAsync("osu/oauth/token", ("grant_type", "password"));

        Assert.Equal("1", first.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal("0", second.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("Too Many Attempts.", (await OsuTestHost.ReadJsonAsync(third))["error"]!.GetValue<string>());
    }

    internal static JsonNode JwtClaims(string token)
    {
        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        Assert.Equal("RS256", JsonNode.Parse(Base64Url.DecodeFromChars(parts[0]))!["alg"]!.GetValue<string>());
        return JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!;
    }
}
