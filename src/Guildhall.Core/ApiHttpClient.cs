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

    /// <summary>
    /// Creates such a client with <paramref name="handlers"/> in front of <see cref="CreateHandler"/>, outermost first:
    /// the way to see or change every request a client sends (log it, add a header, count it) without dependency
    /// injection. Pass the result to a client's <c>(HttpClient, options)</c> constructor; each handler sees every
    /// attempt, retries included, after the client added its credentials. With dependency injection, add the handler
    /// to the builder <c>Add…Client</c> returns instead (<c>.AddHttpMessageHandler(...)</c>).
    /// </summary>
    /// <param name="handlers">Handlers not yet used by another client, outermost first.</param>
    /// <returns>The client; the caller owns it, and disposing it disposes the handlers.</returns>
    /// <exception cref="ArgumentException">A handler is null or already has an inner handler.</exception>
    public static HttpClient Create(params DelegatingHandler[] handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        if (handlers.Any(handler => handler is null || handler.InnerHandler is not null))
        {
            throw new ArgumentException("Every handler must be a fresh DelegatingHandler without an inner handler.", nameof(handlers));
        }

        HttpMessageHandler pipeline = CreateHandler();
        for (var index = handlers.Length - 1; index >= 0; index--)
        {
            handlers[index].InnerHandler = pipeline;
            pipeline = handlers[index];
        }

        return new HttpClient(pipeline, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
