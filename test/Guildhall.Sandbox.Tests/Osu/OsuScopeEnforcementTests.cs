using System.Net;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Sandbox.Tests.Osu;

public sealed class OsuScopeEnforcementTests(OsuSharedHost shared) : IClassFixture<OsuSharedHost>
{
    private OsuTestHost Host => shared.Host;

    [Theory]
    [InlineData("osu/api/v2/me")]
    [InlineData("osu/api/v2/friends")]
    public async Task Client_credentials_tokens_have_no_user_for_me_and_friends(string path)
    {
        var body = await Host.GetJsonAsync(path, shared.ClientToken, HttpStatusCode.Unauthorized);

        Assert.Equal("""{"authentication":"basic"}""", body.ToJsonString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Requests_without_a_valid_token_are_unauthenticated(string? token)
    {
        var body = await Host.GetJsonAsync(OsuTestHost.StaffPath, token, HttpStatusCode.Unauthorized);

        Assert.Equal("basic", body["authentication"]!.GetValue<string>());
    }

    [Fact]
    public async Task Missing_scopes_are_forbidden_with_the_osu_message()
    {
        var (identifyOnly, _) = await Host.UserTokenAsync("identify");

        var friends = await Host.GetJsonAsync("osu/api/v2/friends", identifyOnly, HttpStatusCode.Forbidden);
        var user = await Host.GetJsonAsync(OsuTestHost.StaffPath, identifyOnly, HttpStatusCode.Forbidden);
        var me = await Host.GetJsonAsync("osu/api/v2/me", identifyOnly);

        Assert.Equal("""{"error":"A required scope is missing."}""", friends.ToJsonString());
        Assert.Equal("A required scope is missing.", user["error"]!.GetValue<string>());
        Assert.Equal(OsuSandboxCredentials.UserId, me["id"]!.GetValue<long>());
    }

    [Fact]
    public async Task Revocation_accepts_any_scope()
    {
        var (identifyOnly, _) = await Host.UserTokenAsync("identify");
        var request = new HttpRequestMessage(HttpMethod.Delete, "osu/api/v2/oauth/tokens/current");
        request.Headers.Authorization = new("Bearer", identifyOnly);

        Assert.Equal(HttpStatusCode.NoContent, (await Host.Http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Delegate_tokens_act_as_the_bot_that_owns_the_application()
    {
        var response = await Host.PostFormAsync("osu/oauth/token",
            ("client_id", OsuSandboxCredentials.BotClientId.ToString()), ("client_secret", OsuSandboxCredentials.BotClientSecret),
            ("grant_type", "client_credentials"), ("scope", "delegate chat.write"));
        var token = (await OsuTestHost.ReadJsonAsync(response))["access_token"]!.GetValue<string>();

        var me = await Host.GetJsonAsync("osu/api/v2/me", token, HttpStatusCode.Forbidden);

        // The owner resolves (no 401), but the token lacks identify, so the scope check answers.
        Assert.Equal("A required scope is missing.", me["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_api_routes_are_plain_404s()
    {
        var body = await Host.GetJsonAsync("osu/api/v2/no/such/route", shared.ClientToken, HttpStatusCode.NotFound);

        Assert.Equal("""{"error":null}""", body.ToJsonString());
    }
}
