using Guildhall.Cli.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Guildhall.Cli.Commands.Osu;

/// <summary>
/// The end of the authorization code flow on the user's machine: a web server on 127.0.0.1 at the redirect URI's port
/// that waits for the browser to come back from osu! and hands over the full callback address.
/// </summary>
internal sealed class LoopbackRedirectListener : IAsyncDisposable
{
    private readonly LoopbackApp _server;
    private readonly TaskCompletionSource<Uri> _callback = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LoopbackRedirectListener(Uri redirectUri)
    {
        _server = LoopbackApp.Create(redirectUri.Port);
        _server.App.MapGet(redirectUri.AbsolutePath, (HttpRequest request) =>
        {
            _callback.TrySetResult(new Uri(RedirectUri.GetLeftPart(UriPartial.Path) + request.QueryString.Value));
            return Results.Content(
                "<!doctype html><title>guildhall</title><p>Done: you can close this window and go back to the terminal.</p>",
                "text/html");
        });
    }

    /// <summary>The address the browser is sent back to (with the port the server got, if 0 was asked for).</summary>
    public Uri RedirectUri { get; private set; } = null!;

    /// <summary>Starts listening on 127.0.0.1 at the port and path of <paramref name="redirectUri"/>.</summary>
    /// <exception cref="ArgumentException">The redirect URI is not an http address on this machine.</exception>
    public static async Task<LoopbackRedirectListener> StartAsync(Uri redirectUri, CancellationToken cancellationToken)
    {
        if (!redirectUri.IsAbsoluteUri || redirectUri.Scheme != Uri.UriSchemeHttp || !redirectUri.IsLoopback)
        {
            throw new ArgumentException($"The redirect URI (--redirect-uri) must be an http address on this machine (127.0.0.1 or localhost), not {redirectUri}.", nameof(redirectUri));
        }

        var listener = new LoopbackRedirectListener(redirectUri);
        await listener._server.StartAsync(cancellationToken).ConfigureAwait(false);
        listener.RedirectUri = new UriBuilder(redirectUri) { Port = listener._server.Address.Port }.Uri;
        return listener;
    }

    /// <summary>The callback address, query included, once the browser came back.</summary>
    /// <exception cref="TimeoutException">It did not come back in time.</exception>
    public Task<Uri> WaitForCallbackAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _callback.Task.WaitAsync(timeout, cancellationToken);

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
