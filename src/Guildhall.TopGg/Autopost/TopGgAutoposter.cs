using Guildhall.Core;
using Guildhall.Core.Errors;
using Guildhall.Core.Events;
using Guildhall.TopGg.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Guildhall.TopGg.Autopost;

/// <summary>
/// Posts the bot's stats to Top.gg on a schedule, from a provider that knows nothing of Top.gg. It never stops on its
/// own: a 401 or 403 is reported and retried after a growing back-off (so a fixed token is picked up without a
/// restart), a 429 waits out the block Top.gg set, any other failure is reported and retried at the next interval.
/// Success and failure are raised as <see cref="Posted"/> and <see cref="Failed"/>, logged, and visible in
/// <see cref="Status"/>. All waiting goes through <see cref="TopGgAutoposterOptions.TimeProvider"/>.
/// </summary>
public class TopGgAutoposter : IAsyncDisposable
{
    private readonly TopGgBotsClient? _bots;
    private readonly TopGgAutoposterOptions _options;
    private readonly Func<CancellationToken, ValueTask<TopGgStatsUpdate?>> _provider;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private CancellationTokenSource? _stopping;
    private Task? _loop;
    private TopGgAutopostStatus _status = new();
    private int _credentialFailures;

    /// <summary>Creates an autoposter that posts through <paramref name="client"/>; call <see cref="StartAsync"/> to start it.</summary>
    /// <param name="client">The Top.gg client (its token decides which bot is posted for).</param>
    /// <param name="options">The settings, validated here.</param>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public TopGgAutoposter(TopGgClient client, TopGgAutoposterOptions options)
        : this((client ?? throw new ArgumentNullException(nameof(client))).Bots, options)
    {
    }

    /// <summary>Creates an autoposter that posts through <paramref name="bots"/>.</summary>
    /// <param name="bots">The bot routes of a Top.gg client.</param>
    /// <param name="options">The settings, validated here.</param>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public TopGgAutoposter(TopGgBotsClient bots, TopGgAutoposterOptions options)
    {
        ArgumentNullException.ThrowIfNull(bots);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _bots = bots;
        _options = options;
        _provider = options.StatsProvider!;
        _logger = options.LoggerFactory?.CreateLogger(TopGgAutopostLog.CategoryName) ?? NullLogger.Instance;
    }

    /// <summary>For mocking: an autoposter with no client; starting it throws an <see cref="InvalidOperationException"/> unless the test overrides <see cref="StartAsync"/>.</summary>
    protected TopGgAutoposter()
    {
        _options = new TopGgAutoposterOptions();
        _provider = _ => ValueTask.FromResult<TopGgStatsUpdate?>(null);
        _logger = NullLogger.Instance;
    }

    /// <summary>
    /// Raised after each successful cycle. A handler that throws is logged and the others still run. Every post, the
    /// autoposter's and any other, also raises <see cref="TopGgBotsClient.StatsPosted"/>.
    /// </summary>
    public event EventHandler<TopGgAutopostSucceededEventArgs>? Posted;

    /// <summary>Raised after each failed cycle, with when the next attempt is due. A handler that throws is logged and the others still run.</summary>
    public event EventHandler<TopGgAutopostFailedEventArgs>? Failed;

    /// <summary>The current health.</summary>
    public virtual TopGgAutopostStatus Status => Volatile.Read(ref _status);

    /// <summary>Starts posting in the background; the first post follows <see cref="TopGgAutoposterOptions.FirstPostDelay"/>.</summary>
    /// <param name="cancellationToken">Not used to stop the loop (use <see cref="StopAsync"/>); present for the hosting contract.</param>
    /// <exception cref="InvalidOperationException">The autoposter is already running, or was built for mocking.</exception>
    public virtual Task StartAsync(CancellationToken cancellationToken = default)
    {
        // Only a started loop posts, so a mock that is never started needs no client.
        if (_bots is null)
        {
            throw MockedClient.NotOverridden(this);
        }

        lock (_gate)
        {
            if (_loop is not null)
            {
                throw new InvalidOperationException("The autoposter is already running.");
            }

            _stopping = new CancellationTokenSource();
            Update(status => status with { IsRunning = true });
            TopGgAutopostLog.Started(_logger, _options.Interval, _options.FirstPostDelay);
            var stopping = _stopping.Token;
            _loop = Task.Run(() => RunAsync(stopping), CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    /// <summary>Stops posting and waits for a post in flight to end (it is cancelled).</summary>
    /// <param name="cancellationToken">Gives up waiting for the loop to end.</param>
    public virtual async Task StopAsync(CancellationToken cancellationToken = default)
    {
        Task? loop;
        CancellationTokenSource? stopping;
        lock (_gate)
        {
            (loop, stopping) = (_loop, _stopping);
            (_loop, _stopping) = (null, null);
        }

        if (loop is null || stopping is null)
        {
            return;
        }

        await stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await loop.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            stopping.Dispose();
        }

        Update(status => status with { IsRunning = false, NextAttemptAt = null });
        TopGgAutopostLog.Stopped(_logger);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var delay = _options.FirstPostDelay;
        try
        {
            while (true)
            {
                var due = _options.TimeProvider.GetUtcNow() + delay;
                var waiting = delay > TimeSpan.Zero ? Task.Delay(delay, _options.TimeProvider, cancellationToken) : Task.CompletedTask;
                // Published once the timer exists, so whoever reads it (a health check, a test driving a fake clock) sees a real schedule.
                Update(status => status with { NextAttemptAt = due });
                await waiting.ConfigureAwait(false);

                delay = await RunCycleAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // StopAsync asked the loop to end.
        }
    }

    /// <summary>Runs one cycle and returns the wait before the next one.</summary>
    private async Task<TimeSpan> RunCycleAsync(CancellationToken cancellationToken)
    {
        try
        {
            var stats = await _provider(cancellationToken).ConfigureAwait(false);
            if (stats is null)
            {
                TopGgAutopostLog.NotReady(_logger, _options.TimeProvider.GetUtcNow() + _options.NotReadyDelay);
                return _options.NotReadyDelay;
            }

            await _bots!.PostStatsAsync(stats, cancellationToken).ConfigureAwait(false);

            OnSuccess(stats);
            return _options.Interval;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ApiRateLimitedException exception)
        {
            var wait = exception.RetryAfter > _options.Interval ? exception.RetryAfter : _options.Interval;
            var next = OnFailure(exception, wait);
            TopGgAutopostLog.RateLimited(_logger, next);
            return wait;
        }
        catch (GuildhallApiException exception) when (exception is ApiUnauthorizedException or ApiForbiddenException)
        {
            var failures = ++_credentialFailures;
            var backoff = _options.CredentialBackoff * Math.Pow(2, Math.Min(failures - 1, 16));
            var wait = Clamp(backoff, _options.Interval, _options.MaxCredentialBackoff);
            var next = OnFailure(exception, wait);
            TopGgAutopostLog.CredentialsRefused(_logger, exception, (int?)exception.StatusCode, Status.ConsecutiveFailures, next);
            return wait;
        }
#pragma warning disable CA1031 // Whatever the provider or the network throws, the loop reports it and carries on: it must never die silently.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var next = OnFailure(exception, _options.Interval);
            TopGgAutopostLog.Failed(_logger, exception, exception.GetType().Name, Status.ConsecutiveFailures, next);
            return _options.Interval;
        }
    }

    private void OnSuccess(TopGgStatsUpdate stats)
    {
        var now = _options.TimeProvider.GetUtcNow();
        _credentialFailures = 0;
        Update(status => status with { LastSuccessAt = now, LastError = null, ConsecutiveFailures = 0 });
        TopGgAutopostLog.Posted(_logger, stats.ServerCountByShard?.Count ?? 1, now + _options.Interval);
        EventSubscribers.Raise(Posted, this, new TopGgAutopostSucceededEventArgs(stats, now), _logger, nameof(Posted));
    }

    private DateTimeOffset OnFailure(Exception exception, TimeSpan wait)
    {
        var now = _options.TimeProvider.GetUtcNow();
        var next = now + wait;
        Update(status => status with { LastFailureAt = now, LastError = exception, ConsecutiveFailures = status.ConsecutiveFailures + 1 });
        EventSubscribers.Raise(Failed, this, new TopGgAutopostFailedEventArgs(exception, Status.ConsecutiveFailures, next), _logger, nameof(Failed));
        return next;
    }

    private void Update(Func<TopGgAutopostStatus, TopGgAutopostStatus> change)
    {
        lock (_gate)
        {
            Volatile.Write(ref _status, change(_status));
        }
    }

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) =>
        value < min ? min : value > max ? (max > min ? max : min) : value;
}
