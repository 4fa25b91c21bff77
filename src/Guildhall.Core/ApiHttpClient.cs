namespace Guildhall.Core;

/// <summary>
/// The <see cref="HttpClient"/> a Guildhall client creates for itself when it is not handed one. Clients live as long
/// as the application, so connections are recycled every five minutes to follow DNS changes, and the client's own
/// timeout stays infinite because <see cref="ApiTransport"/> enforces the budget of a whole call, retries included.
/// </summary>
public static class ApiHttpClient
{
    /// <summary>How long a pooled connection is reused before a new one is opened: five minutes.</summary>
    public static TimeSpan PooledConnectionLifetime { get; } = TimeSpan.FromMinutes(5);

    /// <summary>Creates the handler of such a client, for example as an <c>IHttpClientFactory</c> primary handler.</summary>
    /// <returns>A handler whose connections are recycled after <see cref="PooledConnectionLifetime"/>.</returns>
    public static SocketsHttpHandler CreateHandler() => new() { PooledConnectionLifetime = PooledConnectionLifetime };

    /// <summary>Creates a client over <see cref="CreateHandler"/> with an infinite timeout; disposing it disposes the handler.</summary>
    /// <returns>The client; the caller owns it.</returns>
    public static HttpClient Create() => new(CreateHandler(), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
}
