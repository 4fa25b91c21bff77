using System.Net;
using System.Text.Json.Nodes;

namespace Guildhall.Sandbox.Tests.Osu;

public sealed class OsuTokenExpiryTests
{
    [Fact]
    public async Task Access_tokens_expire_after_a_day_of_sandbox_time()
    {
        await using var host = await OsuTestHost.StartAsync();
        var token = await host.ClientTokenAsync();

        host.Time.Advance(TimeSpan.FromSeconds(86399));
        await host.GetJsonAsync(OsuTestHost.StaffPath, token);
        host.Time.Advance(TimeSpan.FromSeconds(1));
        var expired = await host.GetJsonAsync(OsuTestHost.StaffPath, token, HttpStatusCode.Unauthorized);

        Assert.Equal("""{"authentication":"basic"}""", expired.ToJsonString());
    }

    [Fact]
    public async Task Admin_route_changes_the_lifetime_of_new_tokens()
    {
        await using var host = await OsuTestHost.StartAsync();

        var set = await host.PutJsonAsync("_sandbox/osu/token-lifetime", new JsonObject { ["seconds"] = 60 });
        var invalid = await host.PutJsonAsync("_sandbox/osu/token-lifetime", new JsonObject { ["seconds"] = 0 });
        var response = await host.PostFormAsync("osu/oauth/token",
            ("client_id", Guildhall.Sandbox.Osu.OsuSandboxCredentials.ClientId.ToString()), ("client_secret", Guildhall.Sandbox.Osu.OsuSandboxCredentials.ClientSecret),
            ("grant_type", "client_credentials"), ("scope", "public"));
        var body = await OsuTestHost.ReadJsonAsync(response);
        var token = body["access_token"]!.GetValue<string>();

        Assert.Equal(60, (await OsuTestHost.ReadJsonAsync(set))["seconds"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(60, body["expires_in"]!.GetValue<int>());
        host.Time.Advance(TimeSpan.FromSeconds(61));
        await host.GetJsonAsync(OsuTestHost.StaffPath, token, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Admin_route_expires_a_token_now_and_its_refresh_token_on_request()
    {
        await using var host = await OsuTestHost.StartAsync();
        var (access, refresh) = await host.UserTokenAsync();

        var expire = await host.PostJsonAsync("_sandbox/osu/tokens/expire", new JsonObject { ["access_token"] = access, ["refresh_token"] = true });
        var missing = await host.PostJsonAsync("_sandbox/osu/tokens/expire", new JsonObject { ["id"] = "nope" });
        var refreshed = await host.PostFormAsync("osu/oauth/token",
            ("client_id", Guildhall.Sandbox.Osu.OsuSandboxCredentials.ClientId.ToString()), ("client_secret", Guildhall.Sandbox.Osu.OsuSandboxCredentials.ClientSecret),
            ("grant_type", "refresh_token"), ("refresh_token", refresh));

        Assert.Equal(HttpStatusCode.OK, expire.StatusCode);
        Assert.False((await OsuTestHost.ReadJsonAsync(expire))["active"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        await host.GetJsonAsync("osu/api/v2/me", access, HttpStatusCode.Unauthorized);
        await OsuAuthorizationCodeTests.AssertOAuthError(refreshed, HttpStatusCode.BadRequest, "invalid_grant", "Token has expired");
    }

    [Fact]
    public async Task Token_listing_shows_ids_and_metadata_but_never_token_values()
    {
        await using var host = await OsuTestHost.StartAsync();
        var client = await host.ClientTokenAsync();
        var (access, refresh) = await host.UserTokenAsync();
        await host.GetJsonAsync("osu/api/v2/me", access);

        var text = await host.Http.GetStringAsync("_sandbox/osu/tokens");
        var tokens = JsonNode.Parse(text)!.AsArray();

        Assert.DoesNotContain(client, text, StringComparison.Ordinal);
        Assert.DoesNotContain(access, text, StringComparison.Ordinal);
        Assert.DoesNotContain(refresh, text, StringComparison.Ordinal);
        Assert.Equal(2, tokens.Count);
        var user = tokens.Single(t => t!["grant"]!.GetValue<string>() == "authorization_code")!;
        Assert.Equal(OsuOAuthTokenTests.JwtClaims(access)["jti"]!.GetValue<string>(), user["id"]!.GetValue<string>());
        Assert.Equal(Guildhall.Sandbox.Osu.OsuSandboxCredentials.UserId, user["user_id"]!.GetValue<long>());
        Assert.True(user["has_refresh_token"]!.GetValue<bool>());
        Assert.Equal(1, user["hits"]!.GetValue<int>());
        Assert.Null(tokens.Single(t => t!["grant"]!.GetValue<string>() == "client_credentials")!["user_id"]);
    }
}
