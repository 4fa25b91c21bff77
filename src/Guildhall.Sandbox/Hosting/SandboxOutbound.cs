namespace Guildhall.Sandbox.Hosting;

/// <summary>
/// The HTTP client the sandbox uses for its own calls out (vote webhooks, callbacks), shared by all emulators of a host.
/// </summary>
internal sealed class SandboxOutbound : IDisposable
{
    public SandboxOutbound(HttpMessageHandler? handler)
    {
        // Deliveries carry their own per-attempt timeout, as the real services do (Top.gg waits 5 seconds).
        Client = handler is null
            ? new HttpClient { Timeout = Timeout.InfiniteTimeSpan }
            : new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>The client for outgoing calls.</summary>
    public HttpClient Client { get; }

    public void Dispose() => Client.Dispose();
}
