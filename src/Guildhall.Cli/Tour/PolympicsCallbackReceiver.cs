using Guildhall.Polympics.AspNetCore;
using Guildhall.Polympics.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Guildhall.Cli.Tour;

/// <summary>A small bot-side web server on a free loopback port that receives Polympics callbacks, as a bot would.</summary>
internal sealed class PolympicsCallbackReceiver : IAsyncDisposable
{
    public const string Path = "/polympics/callback";

    private readonly WebApplication _app;
    private readonly TaskCompletionSource<PolympicsAccountTeamUpdateEvent> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PolympicsCallbackReceiver(string secret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPolympicsCallbacks(Path, options =>
        {
            options.Secret = secret;
            options.OnAccountTeamUpdate = context =>
            {
                _first.TrySetResult(context.Event);
                return ValueTask.CompletedTask;
            };
        });
    }

    /// <summary>The URL to register with the server.</summary>
    public Uri Url { get; private set; } = null!;

    public static async Task<PolympicsCallbackReceiver> StartAsync(string secret, CancellationToken cancellationToken)
    {
        var receiver = new PolympicsCallbackReceiver(secret);
        await receiver._app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(address.TrimEnd('/') + Path);
        return receiver;
    }

    /// <summary>The first event received, or a <see cref="TimeoutException"/> when none came in time.</summary>
    public Task<PolympicsAccountTeamUpdateEvent> FirstEventAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _first.Task.WaitAsync(timeout, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
