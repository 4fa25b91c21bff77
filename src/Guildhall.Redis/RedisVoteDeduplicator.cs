using System.Collections.Concurrent;
using Guildhall.TopGg.Webhooks;
using StackExchange.Redis;

namespace Guildhall.Redis;

/// <summary>
/// An <see cref="IVoteDeduplicator"/> shared by every receiver process through Redis: a claim is one <c>SET NX</c> whose
/// time to live is the window, so behind a load balancer a delivery Top.gg retries to another instance is still handled
/// once, and keys vanish by themselves after the window. Keys are the deliveries' deduplication keys (a vote id or a
/// digest of the body), never a secret. While Redis cannot be reached, <see cref="RedisVoteDeduplicatorOptions.Outage"/>
/// decides: fail the claim (the receiver answers 500 and Top.gg delivers again) or claim in this process's memory. A
/// release that cannot reach Redis (the handler failed, so Top.gg will deliver again) is kept and made by the next call
/// that reaches Redis, so the retry is not taken for a duplicate.
/// </summary>
public sealed class RedisVoteDeduplicator : IVoteDeduplicator
{
    private const string Part = "vote_deduplication";

    private readonly IDatabase _database;
    private readonly string _prefix;
    private readonly TimeSpan _window;
    private readonly RedisOutageGuard _guard;
    private readonly InMemoryVoteDeduplicator _local;
    // Keys claimed in memory during an outage, with when: their release stays in memory too.
    private readonly ConcurrentDictionary<string, DateTimeOffset> _claimedLocally = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _releasesDue = new(StringComparer.Ordinal);

    /// <summary>Creates a deduplicator.</summary>
    /// <param name="connection">A connection to the Redis server every receiver shares.</param>
    /// <param name="options">The settings; <see langword="null"/> for the defaults (one hour, prefix <c>guildhall:votes:</c>, fail closed after 2 s).</param>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public RedisVoteDeduplicator(IConnectionMultiplexer connection, RedisVoteDeduplicatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new RedisVoteDeduplicatorOptions();
        options.Validate();
        _database = connection.GetDatabase();
        _prefix = options.KeyPrefix;
        _window = options.Window;
        _guard = new RedisOutageGuard(Part, options.Outage);
        _local = new InMemoryVoteDeduplicator(_window, _guard.Clock);
    }

    /// <summary>How long a key is remembered.</summary>
    public TimeSpan Window => _window;

    /// <inheritdoc />
    /// <exception cref="SharedStateUnavailableException">Redis stayed unreachable for the whole wait, and the policy is to fail closed.</exception>
    public async ValueTask<bool> TryClaimAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        await ReleaseDueAsync().ConfigureAwait(false);
        return await _guard.RunAsync(
            async () => await _database.StringSetAsync(_prefix + key, 1, _window, When.NotExists).ConfigureAwait(false),
            async () =>
            {
                var claimed = await _local.TryClaimAsync(key, cancellationToken).ConfigureAwait(false);
                if (claimed)
                {
                    ForgetLocalClaimsOlderThanTheWindow();
                    _claimedLocally[key] = _guard.Clock.GetUtcNow();
                }

                return claimed;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        if (_claimedLocally.TryRemove(key, out _))
        {
            await _local.ReleaseAsync(key, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!await _guard.TryOnceAsync(async () => await _database.KeyDeleteAsync(_prefix + key).ConfigureAwait(false), "release_deferred").ConfigureAwait(false))
        {
            _releasesDue[key] = 0;
        }
    }

    private void ForgetLocalClaimsOlderThanTheWindow()
    {
        var expired = _guard.Clock.GetUtcNow() - _window;
        foreach (var (key, claimedAt) in _claimedLocally)
        {
            if (claimedAt <= expired)
            {
                _claimedLocally.TryRemove(key, out _);
            }
        }
    }

    /// <summary>Makes the releases an outage deferred, each once; those Redis still cannot take stay due.</summary>
    private async ValueTask ReleaseDueAsync()
    {
        foreach (var key in _releasesDue.Keys)
        {
            if (await _guard.TryOnceAsync(async () => await _database.KeyDeleteAsync(_prefix + key).ConfigureAwait(false), "release_deferred").ConfigureAwait(false))
            {
                _releasesDue.TryRemove(key, out _);
            }
            else
            {
                return;
            }
        }
    }
}
