using System.Net;
using Guildhall.Testing;

namespace Guildhall.Redis.Tests;

/// <summary>
/// The single-flight osu! refresh while its redis-server is stopped: failing closed, no refresh reaches osu! (the refresh
/// token stays good for the next attempt) and the caller gets the typed error; under the local fallback the refresh goes
/// out without a lease; either way the lease works again once Redis is back, without a restart.
/// </summary>
public sealed class OsuRefreshOutageTests : IAsyncLifetime
{
    private readonly string _prefix = "test:" + Guid.NewGuid().ToString("N") + ":";
    private RestartableRedis _redis = null!;

    public async Task InitializeAsync() => _redis = await RestartableRedis.StartAsync(persistent: false);

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task Failing_closed_sends_no_refresh_during_the_outage_and_leases_again_after_it()
    {
        using var counter = new OutageCallCounter();
        var osu = new CountingTokenEndpoint();
        using var client = Client(RedisOutagePolicy.FailClosed, osu);

        await _redis.StopAsync();
        var refused = await Assert.ThrowsAsync<SharedStateUnavailableException>(() => client.SendAsync(RefreshRequest("first-refresh-token")));
        var refreshesDuringOutage = osu.Refreshes;
        _redis.Start();
        await Poll.UntilAsync(() => _redis.Connection.IsConnected, "the connection to find the restarted redis-server");
        using var after = await client.SendAsync(RefreshRequest("first-refresh-token"));

        Assert.Equal("osu_refresh", refused.Part);
        Assert.Equal(0, refreshesDuringOutage);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(1, osu.Refreshes);
        Assert.Equal(1, counter.Of("osu_refresh", "failed_closed"));
        // The answer was published under the lease: the refresh token's key exists in the restarted server.
        Assert.NotEmpty(_redis.Connection.GetServer(_redis.Connection.GetEndPoints()[0]).Keys(pattern: _prefix + "refresh:*"));
    }

    [Fact]
    public async Task The_local_fallback_refreshes_without_a_lease_during_the_outage()
    {
        using var counter = new OutageCallCounter();
        var osu = new CountingTokenEndpoint();
        using var client = Client(RedisOutagePolicy.LocalFallback, osu);

        await _redis.StopAsync();
        using var during = await client.SendAsync(RefreshRequest("second-refresh-token"));
        // A request that is not a refresh never touches Redis, outage or not.
        using var other = await client.GetAsync(new Uri("https://osu.ppy.sh/api/v2/me"));
        _redis.Start();

        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        Assert.Equal(1, osu.Refreshes);
        Assert.Equal(2, osu.Requests);
        Assert.Equal(1, counter.Of("osu_refresh", "local_fallback"));
    }

    private HttpClient Client(RedisOutagePolicy policy, CountingTokenEndpoint osu)
    {
        var options = new RedisOsuRefreshOptions { KeyPrefix = _prefix };
        options.Outage.Policy = policy;
        options.Outage.FailClosedWait = TimeSpan.FromMilliseconds(300);
        options.Outage.RetryInterval = TimeSpan.FromMilliseconds(50);
        return new HttpClient(new RedisOsuRefreshHandler(_redis.Connection, options) { InnerHandler = osu });
    }

    private static HttpRequestMessage RefreshRequest(string refreshToken) => new(HttpMethod.Post, new Uri("https://osu.ppy.sh/oauth/token"))
    {
        Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "40070",
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
        }),
    };

    /// <summary>Stands in for osu!'s token endpoint: answers every request and counts the refreshes that reach it.</summary>
    private sealed class CountingTokenEndpoint : HttpMessageHandler
    {
        private int _requests;
        private int _refreshes;

        public int Requests => Volatile.Read(ref _requests);

        public int Refreshes => Volatile.Read(ref _refreshes);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requests);
            if (request.RequestUri!.AbsolutePath.EndsWith("/oauth/token", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _refreshes);
            }

            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"token_type":"Bearer","expires_in":86400,"access_token":"a","refresh_token":"b"}"""),
            });
        }
    }
}
