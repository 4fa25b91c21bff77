using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Guildhall.Redis;

/// <summary>
/// Runs one shared part's calls under its <see cref="RedisOutageOptions"/>: every call tries Redis first (so the shared
/// state is back as soon as the connection is; StackExchange.Redis reconnects by itself), and while Redis cannot be
/// reached the call either keeps trying for <see cref="RedisOutageOptions.FailClosedWait"/> and then fails with
/// <see cref="SharedStateUnavailableException"/>, or runs the part's local fallback. The start and end of an outage are
/// logged, and every call made during one is counted on <c>guildhall.redis.outage.calls</c> by part and outcome.
/// </summary>
internal sealed class RedisOutageGuard
{
    private readonly string _part;
    private readonly RedisOutageOptions _options;
    private readonly ILogger _logger;
    private int _unreachable;

    /// <param name="part">The part's name in logs, metrics and <see cref="SharedStateUnavailableException.Part"/>.</param>
    /// <param name="options">The policy, validated by the caller.</param>
    public RedisOutageGuard(string part, RedisOutageOptions options)
    {
        _part = part;
        _options = options;
        Clock = options.TimeProvider ?? TimeProvider.System;
        _logger = options.LoggerFactory?.CreateLogger(RedisLog.OutageCategory) ?? NullLogger.Instance;
    }

    public TimeProvider Clock { get; }

    /// <summary>Whether the last call found Redis unreachable.</summary>
    public bool IsUnreachable => Volatile.Read(ref _unreachable) == 1;

    /// <summary>Whether a failure means Redis could not be reached (as opposed to Redis refusing the command).</summary>
    public static bool IsOutage(Exception exception) => exception is RedisConnectionException or RedisTimeoutException;

    /// <summary>
    /// Runs <paramref name="shared"/>; while Redis is unreachable, runs <paramref name="local"/> under the fallback policy
    /// (a part without one, <see langword="null"/>, always fails closed).
    /// </summary>
    /// <exception cref="SharedStateUnavailableException">Redis stayed unreachable for the whole wait, and the policy is to fail closed.</exception>
    public async ValueTask<T> RunAsync<T>(Func<ValueTask<T>> shared, Func<ValueTask<T>>? local, CancellationToken cancellationToken)
    {
        var started = Clock.GetTimestamp();
        while (true)
        {
            try
            {
                var result = await shared().ConfigureAwait(false);
                Reachable();
                return result;
            }
            catch (Exception exception) when (IsOutage(exception))
            {
                Unreachable(exception);
                if (_options.Policy == RedisOutagePolicy.LocalFallback && local is not null)
                {
                    Count("local_fallback");
                    return await local().ConfigureAwait(false);
                }

                if (Clock.GetElapsedTime(started) >= _options.FailClosedWait)
                {
                    Count("failed_closed");
                    throw new SharedStateUnavailableException(_part, _options.FailClosedWait, exception);
                }
            }

            await Task.Delay(_options.RetryInterval, Clock, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs <paramref name="shared"/> once; if Redis is unreachable, counts the call as <paramref name="outcome"/> and returns <see langword="false"/>.</summary>
    public async ValueTask<bool> TryOnceAsync(Func<ValueTask> shared, string outcome)
    {
        try
        {
            await shared().ConfigureAwait(false);
            Reachable();
            return true;
        }
        catch (Exception exception) when (IsOutage(exception))
        {
            Unreachable(exception);
            Count(outcome);
            return false;
        }
    }

    /// <summary>Logs and counts a call the part made during an outage with the given outcome.</summary>
    public void Count(string outcome)
    {
        RedisLog.OutageCall(_logger, _part, outcome);
        RedisTelemetry.OutageCalls.Add(1, new KeyValuePair<string, object?>("guildhall.redis.part", _part), new KeyValuePair<string, object?>("guildhall.redis.outcome", outcome));
    }

    private void Unreachable(Exception exception)
    {
        if (Interlocked.Exchange(ref _unreachable, 1) == 0)
        {
            RedisLog.OutageStarted(_logger, exception, _part, _options.Policy);
        }
    }

    private void Reachable()
    {
        if (Interlocked.Exchange(ref _unreachable, 0) == 1)
        {
            RedisLog.OutageEnded(_logger, _part);
        }
    }
}
