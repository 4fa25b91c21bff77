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

    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
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
    public int Count => _expiries.Count;

    /// <inheritdoc />
    public ValueTask<bool> TryClaimAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = _timeProvider.GetUtcNow();
        SweepIfDue(now);
        var expiry = now + Window;
        while (true)
        {
            if (_expiries.TryAdd(key, expiry))
            {
                return ValueTask.FromResult(true);
            }

            if (_expiries.TryGetValue(key, out var existing))
            {
                if (existing > now)
                {
                    return ValueTask.FromResult(false);
                }

                if (_expiries.TryUpdate(key, expiry, existing))
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
        _expiries.TryRemove(key, out _);
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

        foreach (var entry in _expiries)
        {
            if (entry.Value <= now)
            {
                _expiries.TryRemove(entry);
            }
        }
    }
}
