using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Guildhall.TopGg.AspNetCore;

/// <summary>
/// Runs the handlers of queued deliveries in the background, repeating a failing handler with doubling pauses. On
/// shutdown it stops taking deliveries and finishes the queued ones within the host's shutdown timeout.
/// </summary>
internal sealed class TopGgWebhookQueueWorker(
    TopGgWebhookQueue queue,
    IServiceScopeFactory scopes,
    IOptions<TopGgWebhookQueueOptions> options,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory) : BackgroundService
{
    private readonly TopGgWebhookQueueOptions _options = options.Value;
    private readonly ILogger _logger = loggerFactory.CreateLogger(TopGgWebhookLog.CategoryName);
    private readonly CancellationTokenSource _abort = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        using var registration = cancellationToken.Register(_abort.Cancel);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    /// <summary>The loops deliberately ignore <paramref name="stoppingToken"/>: stopping drains the queue instead (see <see cref="StopAsync"/>).</summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, _options.Concurrency).Select(_ => Task.Run(DrainAsync, CancellationToken.None)));

    private async Task DrainAsync()
    {
        try
        {
            await foreach (var delivery in queue.Reader.ReadAllAsync(_abort.Token).ConfigureAwait(false))
            {
                await ProcessAsync(delivery).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            // The host's shutdown timeout passed; what is left in the queue is not handled.
        }
    }

    private async Task ProcessAsync(QueuedDelivery delivery)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WebhookHandlerInvoker.InvokeAsync(delivery.Handler, scopes, delivery.Event, timeProvider, _abort.Token).ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException) when (_abort.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // A user's handler may throw anything; the worker must survive it and report it.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                var name = WebhookHandlerInvoker.NameOf(delivery.Event);
                if (attempt >= _options.HandlerAttempts)
                {
                    TopGgWebhookLog.QueuedHandlerGaveUp(_logger, exception, name, attempt, delivery.Event.DeduplicationKey);
                    return;
                }

                var delay = _options.RetryDelay * Math.Pow(2, attempt - 1);
                TopGgWebhookLog.QueuedHandlerRetrying(_logger, exception, name, attempt, _options.HandlerAttempts, delay);
                await Task.Delay(delay, timeProvider, _abort.Token).ConfigureAwait(false);
            }
        }
    }
}
