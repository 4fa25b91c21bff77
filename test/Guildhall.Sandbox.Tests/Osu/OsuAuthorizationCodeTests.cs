using System.Net;
using System.Text.Json.Nodes;
using System.Web;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Sandbox.Tests.Osu;

public sealed class OsuAuthorizationCodeTests
{
    private static readonly string ClientId = OsuSandboxCredentials.ClientId.ToString();
    private static readonly string Redirect = Uri.EscapeDataString(OsuSandboxCredentials.RedirectUri);

    [Fact]
    public async Task Authorize_redirects_to_the_callback_with_code_and_state()
    {
        await using var host = await OsuTestHost.StartAsync();

        var response = await host.Http.GetAsync($"osu/oauth/authorize?client_id={ClientId}&redirect_uri={Redirect}&response_type=code&scope=public&state=abc%20123");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(OsuSandboxCredentials.RedirectUri + "?", location.ToString(), StringComparison.Ordinal);
        var query = HttpUtility.ParseQueryString(location.Query);
        Assert.Equal("abc 123", query["state"]);
        Assert.StartsWith("def50200", query["code"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_exchange_returns_refresh_token_and_a_user_token_with_identify()
    {
        await using var host = await OsuTestHost.StartAsync();
        var code = await host.AuthorizeAsync("public");

        var response = await Exchange(host, code);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await OsuTestHost.ReadJsonAsync(response);
        Assert.Equal(["token_type", "expires_in", "access_token", "refresh_token"], OsuJson.Keys(body));
        var claims = OsuOAuthTokenTests.JwtClaims(body["access_token"]!.GetValue<string>());
        Assert.Equal(OsuSandboxCredentials.UserId.ToString(), claims["sub"]!.GetValue<string>());
        Assert.Equal(["identify", "public"], claims["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        var me = await host.GetJsonAsync("osu/api/v2/me", body["access_token"]!.GetValue<string>());
        Assert.Equal(OsuSandboxCredentials.Username, me["username"]!.GetValue<string>());
    }

    [Fact]
    public async Task Codes_are_single_use_and_bound_to_client_and_redirect()
    {
        await using var host = await OsuTestHost.StartAsync();
        var code = await host.AuthorizeAsync();
        var wrongRedirect = await host.PostFormAsync("osu/oauth/token",
            ("client_id", ClientId), ("client_secret", OsuSandboxCredentials.ClientSecret), ("grant_type", "authorization_code"),
            ("code", code), ("redirect_uri", "http://evil.example/cb"));
        var otherClient = await host.PostFormAsync("osu/oauth/token",
            ("client_id", OsuSandboxCredentials.BotClientId.ToString()), ("client_secret", OsuSandboxCredentials.BotClientSecret),
            ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", OsuSandboxCredentials.RedirectUri));
        var first = await Exchange(host, code);
        var reused = await Exchange(host, code);
        var garbage = await Exchange(host, "def50200nonsense");
        var missing = await host.PostFormAsync("osu/oauth/token",
            ("client_id", ClientId), ("client_secret", OsuSandboxCredentials.ClientSecret), ("grant_type", "authorization_code"));

        await AssertOAuthError(wrongRedirect, HttpStatusCode.BadRequest, "invalid_request", "Invalid redirect URI");
        await AssertOAuthError(otherClient, HttpStatusCode.BadRequest, "invalid_request", "Authorization code was not issued to this client");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertOAuthError(reused, HttpStatusCode.BadRequest, "invalid_grant", "Authorization code has been revoked");
        await AssertOAuthError(garbage, HttpStatusCode.BadRequest, "invalid_request", "Cannot decrypt the authorization code");
        await AssertOAuthError(missing, HttpStatusCode.BadRequest, "invalid_request", "Check the `code` parameter");
    }

    [Fact]
    public async Task Codes_expire_after_ten_minutes()
    {
        await using var host = await OsuTestHost.StartAsync();
        var code = await host.AuthorizeAsync();

        host.Time.Advance(TimeSpan.FromMinutes(10));

        await AssertOAuthError(await Exchange(host, code), HttpStatusCode.BadRequest, "invalid_grant", "Authorization code has expired");
    }

    [Fact]
    public async Task Authorize_rejects_unknown_clients_mismatched_callbacks_and_other_response_types()
    {
        await using var host = await OsuTestHost.StartAsync();

        var unknown = await host.Http.GetAsync($"osu/oauth/authorize?client_id=123&redirect_uri={Redirect}&response_type=code&scope=public");
        var mismatch = await host.Http.GetAsync($"osu/oauth/authorize?client_id={ClientId}&redirect_uri=http%3A%2F%2Fevil.example%2F&response_type=code&scope=public");
        var implicitGrant = await host.Http.GetAsync($"osu/oauth/authorize?client_id={ClientId}&redirect_uri={Redirect}&response_type=token&scope=public");
        var noClient = await host.Http.GetAsync("osu/oauth/authorize?response_type=code");

        await AssertOAuthError(unknown, HttpStatusCode.Unauthorized, "invalid_client", null);
        await AssertOAuthError(mismatch, HttpStatusCode.Unauthorized, "invalid_client", null);
        await AssertOAuthError(implicitGrant, HttpStatusCode.BadRequest, "unsupported_grant_type", "Check that all required parameters have been provided");
        await AssertOAuthError(noClient, HttpStatusCode.BadRequest, "invalid_request", "Check the `client_id` parameter");
    }

    [Fact]
    public async Task Authorize_sends_unknown_scopes_back_to_the_callback()
    {
        await using var host = await OsuTestHost.StartAsync();

        var response = await host.Http.GetAsync($"osu/oauth/authorize?client_id={ClientId}&redirect_uri={Redirect}&response_type=code&scope=public%20everything&state=s1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var query = HttpUtility.ParseQueryString(response.Headers.Location!.Query);
        Assert.Equal("s1", query["state"]);
        Assert.Equal("invalid_scope", query["error"]);
        Assert.Equal("Check the `everything` scope", query["hint"]);
        Assert.Null(query["code"]);
    }

    [Fact]
    public async Task Authorize_enforces_osu_scope_rules_for_user_tokens()
    {
        await using var host = await OsuTestHost.StartAsync();

        var delegated = await host.Http.GetAsync($"osu/oauth/authorize?client_id={ClientId}&redirect_uri={Redirect}&response_type=code&scope=delegate");
        var ownChat = await host.Http.GetAsync($"osu/oauth/authorize?client_id={ClientId}&redirect_uri={Redirect}&response_type=code&scope=chat.read");
        Assert.Equal(HttpStatusCode.OK, (await host.PutJsonAsync("_sandbox/osu/authorizing-user", new JsonObject { ["user_id"] = OsuSandboxSeed.StaffUserId })).StatusCode);
        var othersChat = await host.Http.GetAsync($"osu/oauth/authorize?client_id={ClientId}&redirect_uri={Redirect}&response_type=code&scope=chat.read");

        Assert.Equal(HttpStatusCode.BadRequest, delegated.StatusCode);
        Assert.Equal("This scope is only valid for client_credentials tokens.", (await OsuTestHost.ReadJsonAsync(delegated))["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Redirect, ownChat.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, othersChat.StatusCode);
        Assert.Equal("This scope is only available for bots or your own clients.", (await OsuTestHost.ReadJsonAsync(othersChat))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Authorizing_user_can_be_switched_by_the_admin_route()
    {
        await using var host = await OsuTestHost.StartAsync();

        var unknown = await host.PutJsonAsync("_sandbox/osu/authorizing-user", new JsonObject { ["user_id"] = 1 });
        await host.PutJsonAsync("_sandbox/osu/authorizing-user", new JsonObject { ["user_id"] = OsuSandboxSeed.StaffUserId });
        var (token, _) = await host.UserTokenAsync("identify");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(OsuSandboxSeed.StaffUsername, (await host.GetJsonAsync("osu/api/v2/me", token))["username"]!.GetValue<string>());
    }

    internal static Task<HttpResponseMessage> Exchange(OsuTestHost host, string code) =>
        host.PostFormAsync("osu/oauth/token",
            ("client_id", ClientId), ("client_secret", OsuSandboxCredentials.ClientSecret), ("grant_type", "authorization_code"),
            ("code", code), ("redirect_uri", OsuSandboxCredentials.RedirectUri));

    internal static async Task AssertOAuthError(HttpResponseMessage response, HttpStatusCode status, string error, string? hint)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await OsuTestHost.ReadJsonAsync(response);
        Assert.Equal(error, body["error"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["error_description"]?.GetValue<string>()));
        Assert.Equal(body["error_description"]!.GetValue<string>(), body["message"]!.GetValue<string>());
        Assert.Equal(hint, body["hint"]?.GetValue<string>());
    }
}
