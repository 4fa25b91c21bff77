using System.Runtime.CompilerServices;

namespace Guildhall.Core.RateLimiting;

/// <summary>
/// A process-local <see cref="IRateLimitStore"/>: a sliding log of the last <see cref="RateLimitRule.Limit"/> start times
/// per bucket, so memory per bucket is bounded by its limit. One lock guards all buckets; acquires are short and
/// allocation-free once a bucket exists.
/// </summary>
public sealed class InMemoryRateLimitStore : IRateLimitStore
{
    private static readonly ConditionalWeakTable<TimeProvider, InMemoryRateLimitStore> ByClock = [];

    private readonly TimeProvider _timeProvider;
    private readonly Dictionary<string, BucketState> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Creates a store that reads time from <paramref name="timeProvider"/>.</summary>
    /// <param name="timeProvider">The clock; <see langword="null"/> means the system clock.</param>
    public InMemoryRateLimitStore(TimeProvider? timeProvider = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// The store every client in the process uses by default, so that all clients holding the same token share one
    /// budget, as the APIs count it.
    /// </summary>
    public static InMemoryRateLimitStore Shared { get; } = new();

    /// <summary>
    /// The process-wide store of a clock: <see cref="Shared"/> for the system clock, and one store per other clock (a
    /// test's fake clock), so every client that uses the same token and clock shares one budget without passing a
    /// store around, and a store never mixes two clocks.
    /// </summary>
    /// <param name="timeProvider">The clock.</param>
    public static InMemoryRateLimitStore For(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return timeProvider == TimeProvider.System ? Shared : ByClock.GetValue(timeProvider, clock => new InMemoryRateLimitStore(clock));
    }

    /// <inheritdoc />
    public ValueTask<RateLimitDecision> TryAcquireAsync(IReadOnlyList<RateLimitRule> rules, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            var wait = TimeSpan.Zero;
            DateTimeOffset? blockedUntil = null;
            foreach (var rule in rules)
            {
                var bucket = GetBucket(rule.Key);
                var (ruleWait, ruleBlock) = bucket.WaitFor(rule, now);
                wait = ruleWait > wait ? ruleWait : wait;
                blockedUntil = ruleBlock > blockedUntil ? ruleBlock : blockedUntil ?? ruleBlock;
            }

            if (wait > TimeSpan.Zero)
            {
                return ValueTask.FromResult(RateLimitDecision.Refused(wait, blockedUntil));
            }

            foreach (var rule in rules)
            {
                _buckets[rule.Key].Take(rule, now);
            }

            return ValueTask.FromResult(RateLimitDecision.Granted);
        }
    }

    /// <inheritdoc />
    public ValueTask BlockAsync(string key, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            var bucket = GetBucket(key);
            if (bucket.BlockedUntil is not { } current || until > current)
            {
                bucket.BlockedUntil = until;
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask UpdateFromServerAsync(string key, RateLimitServerState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            var bucket = GetBucket(key);

            // Concurrent responses arrive out of order: for the same server window, the lowest count is the latest.
            bucket.Server = bucket.Server is { } known && known.ResetAt == state.ResetAt && known.Remaining < state.Remaining
                ? known
                : state;
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<RateLimitSnapshot> GetSnapshotAsync(RateLimitRule rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_gate)
        {
            return ValueTask.FromResult(GetBucket(rule.Key).Snapshot(rule, _timeProvider.GetUtcNow()));
        }
    }

    private BucketState GetBucket(string key)
    {
        if (!_buckets.TryGetValue(key, out var bucket))
        {
            bucket = new BucketState();
            _buckets[key] = bucket;
        }

        return bucket;
    }

    /// <summary>One bucket: the start times inside the window, a block, and the server's last word.</summary>
    private sealed class BucketState
    {
        private readonly Queue<DateTimeOffset> _starts = new();

        public DateTimeOffset? BlockedUntil { get; set; }

        public RateLimitServerState? Server { get; set; }

        public (TimeSpan Wait, DateTimeOffset? BlockedUntil) WaitFor(RateLimitRule rule, DateTimeOffset now)
        {
            Evict(rule, now);
            if (BlockedUntil is { } blocked && blocked > now)
            {
                return (blocked - now, blocked);
            }

            var wait = _starts.Count >= rule.Limit ? _starts.Peek() + rule.Window - now : TimeSpan.Zero;
            if (Server is { Remaining: <= 0 } server && server.ResetAt > now && server.ResetAt - now > wait)
            {
                wait = server.ResetAt - now;
            }

            return (wait, null);
        }

        public void Take(RateLimitRule rule, DateTimeOffset now)
        {
            _starts.Enqueue(now);
            while (_starts.Count > rule.Limit)
            {
                _starts.Dequeue();
            }

            if (Server is { } server && server.ResetAt > now)
            {
                Server = server with { Remaining = server.Remaining - 1 };
            }
        }

        public RateLimitSnapshot Snapshot(RateLimitRule rule, DateTimeOffset now)
        {
            var (wait, blockedUntil) = WaitFor(rule, now);
            var remaining = rule.Limit - _starts.Count;
            if (Server is { } server && server.ResetAt > now)
            {
                remaining = Math.Min(remaining, Math.Max(server.Remaining, 0));
            }

            return new RateLimitSnapshot(rule.Key, rule.Limit, blockedUntil is null ? remaining : 0, wait > TimeSpan.Zero ? now + wait : null, blockedUntil);
        }

        private void Evict(RateLimitRule rule, DateTimeOffset now)
        {
            while (_starts.Count > 0 && _starts.Peek() + rule.Window <= now)
            {
                _starts.Dequeue();
            }

            if (BlockedUntil is { } blocked && blocked <= now)
            {
                BlockedUntil = null;
            }

            if (Server is { } server && server.ResetAt <= now)
            {
                Server = null;
            }
        }
    }
}
