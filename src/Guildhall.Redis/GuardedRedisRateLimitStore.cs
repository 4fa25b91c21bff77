using System.Collections.Concurrent;
using Guildhall.Core.RateLimiting;

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
    private readonly RedisOutageGuard _guard;
    private readonly ConcurrentDictionary<string, byte> _localLeases = new(StringComparer.Ordinal);

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
        _guard = new RedisOutageGuard(Part, _options);
        _local = new InMemoryRateLimitStore(_guard.Clock);
    }

    /// <summary>Whether the last call found Redis unreachable.</summary>
    public bool IsRedisUnreachable => _guard.IsUnreachable;

    /// <inheritdoc />
    /// <exception cref="SharedStateUnavailableException">Redis stayed unreachable for the whole wait, and the policy is to fail closed.</exception>
    public async ValueTask<RateLimitDecision> TryAcquireAsync(IReadOnlyList<RateLimitRule> rules, TimeSpan maxInFlight, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return await _guard.RunAsync(
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

        _ = await _guard.TryOnceAsync(() => _shared.CompleteAsync(lease, serverState, cancellationToken), "completion_dropped").ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask BlockAsync(string key, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        await _local.BlockAsync(key, until, cancellationToken).ConfigureAwait(false);
        _ = await _guard.TryOnceAsync(() => _shared.BlockAsync(key, until, cancellationToken), "block_kept_locally").ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <exception cref="SharedStateUnavailableException">Redis stayed unreachable for the whole wait, and the policy is to fail closed.</exception>
    public async ValueTask<RateLimitSnapshot> GetSnapshotAsync(RateLimitRule rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return await _guard.RunAsync(
            () => _shared.GetSnapshotAsync(rule, cancellationToken),
            () => _local.GetSnapshotAsync(LocalShareOf(rule), cancellationToken),
            cancellationToken).ConfigureAwait(false);
    }

    // A share never drops below one request of the rule's cost, as it never drops below one request.
    private RateLimitRule LocalShareOf(RateLimitRule rule) =>
        rule with { Limit = Math.Max(rule.Cost, (int)Math.Floor(rule.Limit * _options.LocalShare)) };
}
