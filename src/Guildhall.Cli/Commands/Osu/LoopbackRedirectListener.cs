using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Guildhall.Cli.Commands.Osu;

/// <summary>
/// The end of the authorization code flow on the user's machine: a web server on 127.0.0.1 at the redirect URI's port
/// that waits for the browser to come back from osu! and hands over the full callback address.
/// </summary>
internal sealed class LoopbackRedirectListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource<Uri> _callback = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LoopbackRedirectListener(Uri redirectUri)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, redirectUri.Port));
        _app = builder.Build();
        _app.MapGet(redirectUri.AbsolutePath, (HttpRequest request) =>
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
            throw new ArgumentException($"The redirect URI must be an http address on this machine (127.0.0.1 or localhost), not {redirectUri}.", nameof(redirectUri));
        }

        var listener = new LoopbackRedirectListener(redirectUri);
        await listener._app.StartAsync(cancellationToken).ConfigureAwait(false);
        var bound = new Uri(listener._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        listener.RedirectUri = new UriBuilder(redirectUri) { Port = bound.Port }.Uri;
        return listener;
    }

    /// <summary>The callback address, query included, once the browser came back.</summary>
    /// <exception cref="TimeoutException">It did not come back in time.</exception>
    public Task<Uri> WaitForCallbackAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _callback.Task.WaitAsync(timeout, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
