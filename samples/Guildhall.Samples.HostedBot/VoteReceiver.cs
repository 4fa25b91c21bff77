using Guildhall.TopGg.AspNetCore;
using Guildhall.TopGg.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Guildhall.Samples.HostedBot;

/// <summary>
/// Receives Top.gg's vote webhooks for the life of the host: Guildhall's ASP.NET Core receiver on its own Kestrel
/// (<see cref="TopGgWebhookListener"/>), V2 (signed) and legacy deliveries on one path. Each vote is handled once,
/// whatever Top.gg retries; a handler that throws makes the delivery fail, so Top.gg delivers it again.
/// </summary>
public sealed partial class VoteReceiver(BotSettings settings, VoteLedger ledger, ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<VoteReceiver>();
    private TopGgWebhookListener? _listener;

    /// <summary>The address Top.gg delivers to, once started (with the port Kestrel chose when the URL asked for port 0).</summary>
    public Uri Endpoint => new(_listener?.Addresses[0] ?? throw new InvalidOperationException("The vote receiver has not started."), settings.WebhookPath);

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _listener = new TopGgWebhookListener(
                settings.WebhookUrls,
                options =>
                {
                    options.Secret = settings.WebhookSecret;
                    options.Authorization = settings.WebhookAuthorization;
                },
                // The receiver's own logs (refusals, where it listens) go to the host's providers, OpenTelemetry's included.
                services => services.AddSingleton(loggerFactory))
            .MapWebhooks(settings.WebhookPath)
            .OnVote(HandleVoteAsync);
        await _listener.StartAsync(cancellationToken).ConfigureAwait(false);
        BotLog.Listening(_logger, Endpoint);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => _listener?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_listener is not null)
        {
            await _listener.DisposeAsync().ConfigureAwait(false);
        }
    }

    // Where a real bot grants its reward (Tatsu points, a role, a message): keep it idempotent by vote, since a process
    // that dies after handling and before answering gets the delivery again.
    private ValueTask HandleVoteAsync(TopGgVoteEvent vote, CancellationToken cancellationToken)
    {
        BotLog.VoteReceived(_logger, vote.VoterId, vote.TargetId, vote.Weight, vote.IsTest);
        ledger.Record(vote);
        return ValueTask.CompletedTask;
    }
}
