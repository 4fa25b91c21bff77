using Guildhall.Cli.Hosting;
using Guildhall.Polympics.AspNetCore;
using Guildhall.Polympics.Models;

namespace Guildhall.Cli.Tour;

/// <summary>A small bot-side web server on a free loopback port that receives Polympics callbacks, as a bot would.</summary>
internal sealed class PolympicsCallbackReceiver : IAsyncDisposable
{
    public const string Path = "/polympics/callback";

    private readonly LoopbackApp _server = LoopbackApp.Create();
    private readonly TaskCompletionSource<PolympicsAccountTeamUpdateEvent> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PolympicsCallbackReceiver(string secret)
    {
        _server.App.MapPolympicsCallbacks(Path, options =>
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
        await receiver._server.StartAsync(cancellationToken).ConfigureAwait(false);
        receiver.Url = new Uri(receiver._server.Address, Path.TrimStart('/'));
        return receiver;
    }

    /// <summary>The first event received, or a <see cref="TimeoutException"/> when none came in time.</summary>
    public Task<PolympicsAccountTeamUpdateEvent> FirstEventAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _first.Task.WaitAsync(timeout, cancellationToken);

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
