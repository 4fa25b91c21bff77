using System.Collections.Concurrent;
using Guildhall.Core.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Guildhall.Redis;

/// <summary>
/// A shared rate-limit store (a <see cref="RedisRateLimitStore"/>) with a policy for the time Redis cannot be reached
/// (<see cref="RedisOutageOptions.Policy"/>): fail closed after a wait, or grant from a local budget cut to this process's
/// share. Every call tries Redis first, so the shared budget is back as soon as the connection is (StackExchange.Redis
/// reconnects by itself; nothing restarts). Leases granted locally are completed locally; a completion or a block that
/// cannot reach Redis is dropped (the slot frees itself after its in-flight bound) and a block is always kept locally
/// too. Each call made during an outage is counted (<c>guildhall.redis.outage.calls</c>); the start and the end of an
/// outage are logged.
/// </summary>
public sealed class GuardedRedisRateLimitStore : IRateLimitStore
{
    private const string Part = "rate_limits";

    private readonly IRateLimitStore _shared;
    private readonly InMemoryRateLimitStore _local;
    private readonly RedisOutageOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, byte> _localLeases = new(StringComparer.Ordinal);
    private int _unreachable;

    /// <summary>Creates the store.</summary>
    /// <param name="shared">The Redis store.</param>
    /// <param name="options">The policy; <see langword="null"/> for the defaults (fail closed after 2 s).</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public GuardedRedisRateLimitStore(IRateLimitStore shared, RedisOutageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(shared);
        _options = options ?? new RedisOutageOptions();
        _options.Validate();
        _shared = shared;
        _clock = _options.TimeProvider ?? TimeProvider.System;
        _local = new InMemoryRateLimitStore(_clock);
        _logger = _options.LoggerFactory?.CreateLogger(RedisLog.OutageCategory) ?? NullLogger.Instance;
    }

    /// <summary>Whether the last call found Redis unreachable.</summary>
    public bool IsRedisUnreachable => Volatile.Read(ref _unreachable) == 1;

    /// <inheritdoc />
    /// <exception cref="SharedStateUnavailableException">Redis stayed unreachable for the whole wait, and the policy is to fail closed.</exception>
    public async ValueTask<RateLimitDecision> TryAcquireAsync(IReadOnlyList<RateLimitRule> rules, TimeSpan maxInFlight, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return await GuardAsync(
            () => _shared.TryAcquireAsync(rules, maxInFlight, cancellationToken),
            async () =>
            {
                var decision = await _local.TryAcquireAsync([.. rules.Select(LocalShareOf)], maxInFlight, cancellationToken).ConfigureAwait(false);
                if (decision.Acquired)
                {
                    _localLeases[decision.Lease.Id] = 0;
                }

                return decision;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask CompleteAsync(RateLimitLease lease, RateLimitServerState? serverState = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        if (_localLeases.TryRemove(lease.Id, out _))
        {
            await _local.CompleteAsync(lease, serverState, cancellationToken).ConfigureAwait(false);
            return;
        }

        await BestEffortAsync(() => _shared.CompleteAsync(lease, serverState, cancellationToken), "completion_dropped").ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask BlockAsync(string key, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        await _local.BlockAsync(key, until, cancellationToken).ConfigureAwait(false);
        await BestEffortAsync(() => _shared.BlockAsync(key, until, cancellationToken), "block_kept_locally").ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <exception cref="SharedStateUnavailableException">Redis stayed unreachable for the whole wait, and the policy is to fail closed.</exception>
    public async ValueTask<RateLimitSnapshot> GetSnapshotAsync(RateLimitRule rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return await GuardAsync(
            () => _shared.GetSnapshotAsync(rule, cancellationToken),
            () => _local.GetSnapshotAsync(LocalShareOf(rule), cancellationToken),
            cancellationToken).ConfigureAwait(false);
    }

    private static bool IsOutage(Exception exception) => exception is RedisConnectionException or RedisTimeoutException;

    // A share never drops below one request of the rule's cost, as it never drops below one request.
    private RateLimitRule LocalShareOf(RateLimitRule rule) =>
        rule with { Limit = Math.Max(rule.Cost, (int)Math.Floor(rule.Limit * _options.LocalShare)) };

    private async ValueTask<T> GuardAsync<T>(Func<ValueTask<T>> shared, Func<ValueTask<T>> local, CancellationToken cancellationToken)
    {
        var started = _clock.GetTimestamp();
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
                if (_options.Policy == RedisOutagePolicy.LocalFallback)
                {
                    Count("local_fallback");
                    return await local().ConfigureAwait(false);
                }

                if (_clock.GetElapsedTime(started) >= _options.FailClosedWait)
                {
                    Count("failed_closed");
                    throw new SharedStateUnavailableException(Part, _options.FailClosedWait, exception);
                }
            }

            await Task.Delay(_options.RetryInterval, _clock, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask BestEffortAsync(Func<ValueTask> shared, string outcome)
    {
        try
        {
            await shared().ConfigureAwait(false);
            Reachable();
        }
        catch (Exception exception) when (IsOutage(exception))
        {
            Unreachable(exception);
            Count(outcome);
        }
    }

    private void Count(string outcome)
    {
        RedisLog.OutageCall(_logger, Part, outcome);
        RedisTelemetry.OutageCalls.Add(1, new KeyValuePair<string, object?>("guildhall.redis.part", Part), new KeyValuePair<string, object?>("guildhall.redis.outcome", outcome));
    }

    private void Unreachable(Exception exception)
    {
        if (Interlocked.Exchange(ref _unreachable, 1) == 0)
        {
            RedisLog.OutageStarted(_logger, exception, Part, _options.Policy);
        }
    }

    private void Reachable()
    {
        if (Interlocked.Exchange(ref _unreachable, 0) == 1)
        {
            RedisLog.OutageEnded(_logger, Part);
        }
    }
}
