using System.Net;
using System.Net.Sockets;

namespace Guildhall.Sandbox.Hosting;

/// <summary>
/// The HTTP client the sandbox uses for its own calls out (vote webhooks, callbacks), shared by all emulators of a host.
/// Unless <see cref="SandboxOptions.AllowRemoteDelivery"/> is set, it reaches only loopback addresses, so a sandbox left
/// running cannot be used to send requests elsewhere: a target not named by a loopback address or <c>localhost</c> is
/// refused before anything is sent (<see cref="Refusal"/>), and every connection (redirects included) is checked again
/// against the addresses the name resolves to, without a proxy. A caller's own
/// <see cref="SandboxOptions.OutboundHandler"/> decides for itself where calls go.
/// </summary>
internal sealed class SandboxOutbound : IDisposable
{
    private readonly bool _loopbackOnly;

    public SandboxOutbound(SandboxOptions options)
    {
        _loopbackOnly = options.OutboundHandler is null && !options.AllowRemoteDelivery;
        // Deliveries carry their own per-attempt timeout, as the real services do (Top.gg waits 5 seconds).
        Client = options.OutboundHandler is { } handler
            ? new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan }
            : new HttpClient(_loopbackOnly ? LoopbackOnlyHandler() : new SocketsHttpHandler(), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>The client for outgoing calls.</summary>
    public HttpClient Client { get; }

    /// <summary>Why the sandbox will not call <paramref name="target"/>, or null when it will.</summary>
    public string? Refusal(Uri target) => !_loopbackOnly || target.IsLoopback ? null : RefusalFor(target.Host);

    public void Dispose() => Client.Dispose();

    private static string RefusalFor(string host) =>
        $"The sandbox delivers only to loopback targets (127.0.0.1, [::1], localhost), not to '{host}'. "
        + "Start it with --allow-remote-delivery (SandboxOptions.AllowRemoteDelivery) to deliver elsewhere.";

    private static SocketsHttpHandler LoopbackOnlyHandler() => new()
    {
        // A proxy would make the connection below one to the proxy, whatever the target.
        UseProxy = false,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host, out var literal)
                ? [literal]
                : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
            var loopback = Array.FindAll(addresses, IPAddress.IsLoopback);
            if (loopback.Length == 0)
            {
                throw new HttpRequestException(RefusalFor(host));
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(loopback, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
