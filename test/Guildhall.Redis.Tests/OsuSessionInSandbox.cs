using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guildhall.Core;
using Guildhall.Osu;
using Guildhall.Osu.Authentication;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Osu;
using Guildhall.Testing;
using StackExchange.Redis;

namespace Guildhall.Redis.Tests;

/// <summary>
/// A cold sandbox on Kestrel and a user session of it stored in Redis with an expired access token: what several bot
/// processes find when the session is due for a refresh. Each instance is its own site, so its keys are its own.
/// </summary>
internal sealed class OsuSessionInSandbox : IAsyncDisposable
{
    private OsuSessionInSandbox(SandboxHost host) => Host = host;

    public SandboxHost Host { get; }

    public OsuClientOptions Options => new()
    {
        BaseAddress = Host.GetApiBase("osu"),
        ClientId = OsuSandboxCredentials.ClientId,
        ClientSecret = OsuSandboxCredentials.ClientSecret,
        RedirectUri = new Uri(OsuSandboxCredentials.RedirectUri),
    };

    public static long SessionId => OsuSandboxCredentials.UserId;

    /// <summary>Authorizes the sandbox's user, stores the token in Redis and backdates its expiry so the next use renews it.</summary>
    public static async Task<OsuSessionInSandbox> StartAsync(IConnectionMultiplexer redis)
    {
        var session = new OsuSessionInSandbox(await SandboxHost.StartAsync());
        var repository = new RedisOsuTokenRepository(redis);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var http = ApiHttpClient.Create();
        await using var storage = new OsuClientStorage(http, session.Options, repository);
        var request = storage.OAuth.CreateAuthorizationRequest([OsuScopes.Identify, OsuScopes.Public]);
        using var approval = await browser.GetAsync(request.Url);
        Assert.Equal(HttpStatusCode.Redirect, approval.StatusCode);
        await storage.CompleteAuthorizationAsync(approval.Headers.Location!, request);

        var owner = OsuTokenOwner.For(session.Options);
        var token = await repository.GetAsync(owner, SessionId);
        await repository.UpdateAsync(owner, SessionId, token! with { ExpiresAt = TimeProvider.System.GetUtcNow() - TimeSpan.FromMinutes(5) });
        return session;
    }

    /// <summary>How many requests reached the sandbox's token endpoint so far, by the sandbox's own count.</summary>
    public async Task<long> TokenRequestsAsync() => (await SandboxRateCount.ReadAsync(Host.BaseAddress, "osu", "oauth-token")).Arrivals;

    /// <summary>How many tokens the sandbox issued for the refresh token grant.</summary>
    public async Task<int> RefreshGrantsAsync()
    {
        using var http = new HttpClient();
        var tokens = await http.GetFromJsonAsync<JsonElement>(new Uri(Host.BaseAddress, "_sandbox/osu/tokens"));
        return tokens.EnumerateArray().Count(token => token.GetProperty("grant").GetString() == "refresh_token");
    }

    /// <summary>Expires the stored session's refresh token on the sandbox's side, so a refresh gets <c>invalid_grant</c>.</summary>
    public async Task RevokeRefreshTokenAsync(IConnectionMultiplexer redis)
    {
        var token = await new RedisOsuTokenRepository(redis).GetAsync(OsuTokenOwner.For(Options), SessionId);
        using var http = new HttpClient();
        using var response = await http.PostAsJsonAsync(new Uri(Host.BaseAddress, "_sandbox/osu/tokens/expire"), new { access_token = token!.AccessToken, refresh_token = true });
        response.EnsureSuccessStatusCode();
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
