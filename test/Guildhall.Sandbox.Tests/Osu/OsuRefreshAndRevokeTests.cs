using System.Net;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Sandbox.Tests.Osu;

public sealed class OsuRefreshAndRevokeTests
{
    private static readonly string ClientId = OsuSandboxCredentials.ClientId.ToString();

    [Fact]
    public async Task Refresh_rotates_both_tokens_and_retires_the_old_ones()
    {
        await using var host = await OsuTestHost.StartAsync();
        var (access, refresh) = await host.UserTokenAsync();

        var response = await Refresh(host, refresh);
        var body = await OsuTestHost.ReadJsonAsync(response);
        var newAccess = body["access_token"]!.GetValue<string>();
        var newRefresh = body["refresh_token"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(access, newAccess);
        Assert.NotEqual(refresh, newRefresh);
        await host.GetJsonAsync("osu/api/v2/me", newAccess);
        var old = await host.GetJsonAsync("osu/api/v2/me", access, HttpStatusCode.Unauthorized);
        Assert.Equal("basic", old["authentication"]!.GetValue<string>());
        await OsuAuthorizationCodeTests.AssertOAuthError(await Refresh(host, refresh), HttpStatusCode.BadRequest, "invalid_grant", "Token has been revoked");
        Assert.Equal(HttpStatusCode.OK, (await Refresh(host, newRefresh)).StatusCode);
    }

    [Fact]
    public async Task Refresh_may_narrow_scopes_but_not_widen_them()
    {
        await using var host = await OsuTestHost.StartAsync();
        var (_, refresh) = await host.UserTokenAsync("public identify");

        var wider = await Refresh(host, refresh, "public identify friends.read");
        var narrower = await OsuTestHost.ReadJsonAsync(await Refresh(host, refresh, "identify"));
        var token = narrower["access_token"]!.GetValue<string>();

        await OsuAuthorizationCodeTests.AssertOAuthError(wider, HttpStatusCode.BadRequest, "invalid_scope", "Check the `friends.read` scope");
        Assert.Equal(["identify"], OsuOAuthTokenTests.JwtClaims(token)["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        await host.GetJsonAsync("osu/api/v2/me", token);
        await host.GetJsonAsync(OsuTestHost.StaffPath, token, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_refresh_tokens_get_the_league_errors()
    {
        await using var host = await OsuTestHost.StartAsync();
        var (_, refresh) = await host.UserTokenAsync();

        var unknown = await Refresh(host, "def50200unknown");
        var otherClient = await host.PostFormAsync("osu/oauth/token",
            ("client_id", OsuSandboxCredentials.BotClientId.ToString()), ("client_secret", OsuSandboxCredentials.BotClientSecret),
            ("grant_type", "refresh_token"), ("refresh_token", refresh));
        var missing = await host.PostFormAsync("osu/oauth/token",
            ("client_id", ClientId), ("client_secret", OsuSandboxCredentials.ClientSecret), ("grant_type", "refresh_token"));

        await OsuAuthorizationCodeTests.AssertOAuthError(unknown, HttpStatusCode.BadRequest, "invalid_grant", "Cannot decrypt the refresh token");
        await OsuAuthorizationCodeTests.AssertOAuthError(otherClient, HttpStatusCode.BadRequest, "invalid_grant", "Token is not linked to client");
        await OsuAuthorizationCodeTests.AssertOAuthError(missing, HttpStatusCode.BadRequest, "invalid_request", "Check the `refresh_token` parameter");
    }

    [Fact]
    public async Task Refresh_tokens_expire_after_three_months()
    {
        await using var host = await OsuTestHost.StartAsync();
        var (_, refresh) = await host.UserTokenAsync();

        host.Time.Advance(TimeSpan.FromDays(93));

        await OsuAuthorizationCodeTests.AssertOAuthError(await Refresh(host, refresh), HttpStatusCode.BadRequest, "invalid_grant", "Token has expired");
    }

    [Fact]
    public async Task Revoking_the_current_token_answers_204_and_kills_token_and_refresh_token()
    {
        await using var host = await OsuTestHost.StartAsync();
        var (access, refresh) = await host.UserTokenAsync();
        var client = await host.ClientTokenAsync();

        var revoke = new HttpRequestMessage(HttpMethod.Delete, "osu/api/v2/oauth/tokens/current");
        revoke.Headers.Authorization = new("Bearer", access);
        var response = await host.Http.SendAsync(revoke);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        await host.GetJsonAsync("osu/api/v2/me", access, HttpStatusCode.Unauthorized);
        await OsuAuthorizationCodeTests.AssertOAuthError(await Refresh(host, refresh), HttpStatusCode.BadRequest, "invalid_grant", "Token has been revoked");
        await host.GetJsonAsync(OsuTestHost.StaffPath, client);
    }

    [Fact]
    public async Task Concurrent_uses_of_one_code_or_refresh_token_succeed_exactly_once()
    {
        await using var host = await OsuTestHost.StartAsync();
        var code = await host.AuthorizeAsync();

        var exchanges = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => OsuAuthorizationCodeTests.Exchange(host, code)));
        var refresh = (await OsuTestHost.ReadJsonAsync(exchanges.Single(r => r.StatusCode == HttpStatusCode.OK)))["refresh_token"]!.GetValue<string>();
        var refreshes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Refresh(host, refresh)));

        Assert.Equal(7, exchanges.Count(r => r.StatusCode == HttpStatusCode.BadRequest));
        Assert.Single(refreshes, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(7, refreshes.Count(r => r.StatusCode == HttpStatusCode.BadRequest));
    }

    private static Task<HttpResponseMessage> Refresh(OsuTestHost host, string refreshToken, string? scope = null)
    {
        var fields = new List<(string, string)>
        {
            ("client_id", ClientId), ("client_secret", OsuSandboxCredentials.ClientSecret), ("grant_type", "refresh_token"), ("refresh_token", refreshToken),
        };
        if (scope is not null)
        {
            fields.Add(("scope", scope));
        }

        return host.PostFormAsync("osu/oauth/token", [.. fields]);
    }
}
