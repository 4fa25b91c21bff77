using System.Collections.Concurrent;

namespace Guildhall.TopGg.Webhooks;

/// <summary>
/// An <see cref="IVoteDeduplicator"/> for one process: remembers each key for <see cref="Window"/>, then forgets it, so
/// memory stays proportional to the deliveries of one window. Thread-safe.
/// </summary>
public sealed class InMemoryVoteDeduplicator : IVoteDeduplicator
{
    /// <summary>
    /// The default window: one hour. Legacy retries span about 34 minutes (ten retries, 2^N seconds apart) and V2
    /// retries about 15 seconds; a legacy voter's next identical vote is 12 hours away.
    /// </summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromHours(1);

    private static readonly TimeSpan MaxWindow = TimeSpan.FromHours(12);

    // Keys are spread over independent dictionaries: when one grows (which locks all of it while it rehashes) or is
    // busy, claims of keys in the others go on. Under a burst of votes a single dictionary had every claim queue on its
    // locks.
    private const int ShardCount = 32;

    private readonly ConcurrentDictionary<string, DateTimeOffset>[] _shards = CreateShards();
    private readonly TimeProvider _timeProvider;
    private long _nextSweepTicks;

    /// <summary>Creates a deduplicator.</summary>
    /// <param name="window">How long a key is remembered; default one hour. Must be positive and under 12 hours, the vote cooldown, so a legacy voter's next real vote is not taken for a retry.</param>
    /// <param name="timeProvider">The clock; default <see cref="TimeProvider.System"/>.</param>
    public InMemoryVoteDeduplicator(TimeSpan? window = null, TimeProvider? timeProvider = null)
    {
        Window = window ?? DefaultWindow;
        if (Window <= TimeSpan.Zero || Window >= MaxWindow)
        {
            throw new ArgumentOutOfRangeException(nameof(window), Window, "The window must be positive and shorter than 12 hours.");
        }

        _timeProvider = timeProvider ?? TimeProvider.System;
        _nextSweepTicks = (_timeProvider.GetUtcNow() + Window).UtcTicks;
    }

    /// <summary>How long a key is remembered.</summary>
    public TimeSpan Window { get; }

    /// <summary>How many keys are remembered now (expired ones included until the next sweep).</summary>
    public int Count => _shards.Sum(shard => shard.Count);

    /// <inheritdoc />
    public ValueTask<bool> TryClaimAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = _timeProvider.GetUtcNow();
        SweepIfDue(now);
        var expiry = now + Window;
        var expiries = ShardOf(key);
        while (true)
        {
            if (expiries.TryAdd(key, expiry))
            {
                return ValueTask.FromResult(true);
            }

            if (expiries.TryGetValue(key, out var existing))
            {
                if (existing > now)
                {
                    return ValueTask.FromResult(false);
                }

                if (expiries.TryUpdate(key, expiry, existing))
                {
                    return ValueTask.FromResult(true);
                }
            }
        }
    }

    /// <inheritdoc />
    public ValueTask ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ShardOf(key).TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        // One caller wins the sweep; the others go on without waiting for it.
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, (now + (Window / 4)).UtcTicks, due) != due)
        {
            return;
        }

        foreach (var expiries in _shards)
        {
            foreach (var entry in expiries)
            {
                if (entry.Value <= now)
                {
                    expiries.TryRemove(entry);
                }
            }
        }
    }

    private ConcurrentDictionary<string, DateTimeOffset> ShardOf(string key) =>
        _shards[(uint)StringComparer.Ordinal.GetHashCode(key) % ShardCount];

    private static ConcurrentDictionary<string, DateTimeOffset>[] CreateShards()
    {
        var shards = new ConcurrentDictionary<string, DateTimeOffset>[ShardCount];
        for (var index = 0; index < shards.Length; index++)
        {
            shards[index] = new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        }

        return shards;
    }
}
