namespace Guildhall.Osu.Internal;

/// <summary>The HTTP client the osu! package builds when the caller gives none (dependency injection uses IHttpClientFactory instead).</summary>
internal static class OsuHttp
{
    /// <summary>A client whose pooled connections are recycled, so DNS changes are seen, and whose own timeout stays off: the pipeline times calls.</summary>
    public static HttpClient CreateClient() =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) }, disposeHandler: true)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
}
