using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Guildhall.Cli.Hosting;

/// <summary>
/// A small web server on 127.0.0.1 for the command line's own receivers (a callback endpoint, an OAuth redirect):
/// silent, and reachable only from this machine.
/// </summary>
internal sealed class LoopbackApp : IAsyncDisposable
{
    private LoopbackApp(WebApplication app) => App = app;

    /// <summary>The application, to map routes on before <see cref="StartAsync"/>.</summary>
    public WebApplication App { get; }

    /// <summary>The root address the server got, known after <see cref="StartAsync"/>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Creates the server on <paramref name="port"/> (0 picks a free one).</summary>
    public static LoopbackApp Create(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        return new LoopbackApp(builder.Build());
    }

    /// <summary>Starts listening and learns the bound address.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await App.StartAsync(cancellationToken).ConfigureAwait(false);
        var bound = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(bound.TrimEnd('/') + "/");
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync().ConfigureAwait(false);
        await App.DisposeAsync().ConfigureAwait(false);
    }
}
