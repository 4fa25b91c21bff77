using System.Net;
using Guildhall.Testing;
using Guildhall.Testing.Redis;

namespace Guildhall.Redis.Tests;

/// <summary>The lease holder whose osu! answer breaks off mid-body: the caller gets the error, the response and the lease are let go.</summary>
[Collection(RedisServerGroup.Name)]
public sealed class OsuRefreshBodyFailureTests(RedisServerFixture redis)
{
    private readonly string _prefix = "test:" + Guid.NewGuid().ToString("N") + ":";

    [Fact]
    public async Task A_body_that_fails_to_read_releases_the_lease_and_disposes_the_response()
    {
        var body = new BrokenBody();
        var osu = new StubHandler().Then((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = body }));
        using var invoker = new HttpMessageInvoker(new RedisOsuRefreshHandler(redis.Connection, new RedisOsuRefreshOptions { KeyPrefix = _prefix }) { InnerHandler = osu });

        // HttpClient reports the broken body as HttpRequestException, as it would for a real connection reset.
        var broken = await Assert.ThrowsAsync<HttpRequestException>(() => invoker.SendAsync(RefreshRequest(), CancellationToken.None));
        Assert.IsType<IOException>(broken.InnerException);

        Assert.True(body.Disposed);
        var server = redis.Connection.GetServer(redis.Connection.GetEndPoints()[0]);
        Assert.Empty(server.Keys(pattern: _prefix + "refresh:*:lease"));
        // The fence was taken, so the lease existed before the release.
        Assert.NotEmpty(server.Keys(pattern: _prefix + "refresh:*:fence"));
    }

    private static HttpRequestMessage RefreshRequest() => new(HttpMethod.Post, new Uri("https://osu.ppy.sh/oauth/token"))
    {
        Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "40071",
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = "body-failure-refresh",
        }),
    };

    /// <summary>A body whose connection breaks off while it is read.</summary>
    private sealed class BrokenBody : HttpContent
    {
        public bool Disposed { get; private set; }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            Task.FromException(new IOException("The connection was reset mid-body."));

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
