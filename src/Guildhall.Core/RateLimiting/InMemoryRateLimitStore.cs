using System.Globalization;
using System.Runtime.CompilerServices;

namespace Guildhall.Core.RateLimiting;

/// <summary>
/// A process-local <see cref="IRateLimitStore"/>: per bucket, the requests whose slots still count (each with its cost
/// and the time it frees if nothing more is heard of it), so memory per bucket is bounded by its limit. One lock guards all buckets; every
/// operation is short and reads the clock once.
/// </summary>
public sealed class InMemoryRateLimitStore : IRateLimitStore
{
    private static readonly ConditionalWeakTable<TimeProvider, InMemoryRateLimitStore> ByClock = [];

    private readonly TimeProvider _timeProvider;
    private readonly Dictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _lastLease;

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
    public ValueTask<RateLimitDecision> TryAcquireAsync(IReadOnlyList<RateLimitRule> rules, TimeSpan maxInFlight, CancellationToken cancellationToken = default)
    {
        RateLimitArguments.CheckAcquire(rules, maxInFlight);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            if (RateLimitBucketState.Refusal(rules, now, (Store: this, Now: now), static (at, rule) => at.Store.GetBucket(rule.Key).StateAt(at.Now)) is { } refusal)
            {
                return ValueTask.FromResult(refusal);
            }

            var lease = new RateLimitLease((++_lastLease).ToString(CultureInfo.InvariantCulture), rules);
            foreach (var rule in rules)
            {
                _buckets[rule.Key].Take(lease.Id, rule.Cost, now, now + maxInFlight + rule.ReleaseDelay);
            }

            return ValueTask.FromResult(RateLimitDecision.Granted(lease));
        }
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(RateLimitLease lease, RateLimitServerState? serverState = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            for (var i = 0; i < lease.Rules.Count; i++)
            {
                var rule = lease.Rules[i];
                var bucket = GetBucket(rule.Key);
                if (i == 0 && serverState is { } reported)
                {
                    bucket.Hear(lease.Id, rule.Cost, reported, rule.ReleaseDelay, now);
                }

                bucket.Complete(lease.Id, rule.Cost, now + rule.ReleaseDelay);
            }
        }

        return ValueTask.CompletedTask;
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
    public ValueTask<RateLimitSnapshot> GetSnapshotAsync(RateLimitRule rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            return ValueTask.FromResult(GetBucket(rule.Key).StateAt(now).Snapshot(rule, now));
        }
    }

    private Bucket GetBucket(string key)
    {
        if (!_buckets.TryGetValue(key, out var bucket))
        {
            bucket = new Bucket();
            _buckets[key] = bucket;
        }

        return bucket;
    }

    /// <summary>
    /// One bucket: the slots that still count, a block, and the server's last word. Slots in flight are few (as many as
    /// requests under way) and are looked up by lease; completed slots can be as many as the limit, and only their
    /// release times matter, so they wait in a queue ordered by release time with a running total of their cost. An
    /// acquire therefore costs a pass over the requests in flight, not over every slot of the window.
    /// </summary>
    private sealed class Bucket
    {
        private readonly Dictionary<string, Slot> _inFlight = new(StringComparer.Ordinal);
        private readonly PriorityQueue<int, DateTimeOffset> _completed = new();
        private int _completedCost;

        public DateTimeOffset? BlockedUntil { get; set; }

        public RateLimitServerCount? Server { get; private set; }

        public RateLimitBucketState StateAt(DateTimeOffset now)
        {
            while (_completed.TryPeek(out var cost, out var releaseAt) && releaseAt <= now)
            {
                _completed.Dequeue();
                _completedCost -= cost;
            }

            var occupied = _completedCost;
            DateTimeOffset? earliest = _completed.TryPeek(out _, out var firstRelease) ? firstRelease : null;
            foreach (var (lease, slot) in _inFlight)
            {
                if (slot.ReleaseAt <= now)
                {
                    _inFlight.Remove(lease);
                    continue;
                }

                occupied += slot.Cost;
                earliest = earliest is { } known && known <= slot.ReleaseAt ? known : slot.ReleaseAt;
            }

            if (BlockedUntil <= now)
            {
                BlockedUntil = null;
            }

            if (Server is { } server && server.ResetAt <= now)
            {
                Server = null;
            }

            return new RateLimitBucketState(occupied, earliest, BlockedUntil, Server);
        }

        public void Take(string lease, int cost, DateTimeOffset now, DateTimeOffset releaseIfAbandoned)
        {
            _inFlight[lease] = new Slot(cost, now, releaseIfAbandoned);
            if (Server is { } server && server.ResetAt > now)
            {
                Server = server.Taken(cost);
            }
        }

        /// <summary>
        /// Starts the slot's last window. A slot already forgotten (completed after its in-flight bound and its window
        /// had passed) is counted again from now: the request may have reached the API at any moment until its answer.
        /// </summary>
        public void Complete(string lease, int cost, DateTimeOffset releaseAt)
        {
            _inFlight.Remove(lease);
            _completed.Enqueue(cost, releaseAt);
            _completedCost += cost;
        }

        /// <summary>Applies what an answer's headers said, knowing which of the bucket's other slots are still in flight.</summary>
        public void Hear(string lease, int cost, RateLimitServerState report, TimeSpan releaseDelay, DateTimeOffset now)
        {
            // A slot in flight frees no sooner than its bound plus the delay: one whose release is further away than the
            // delay from now has not reached its bound, so its request may still arrive.
            var inFlightAfter = now + releaseDelay;
            var othersInFlight = 0;
            foreach (var (other, slot) in _inFlight)
            {
                if (other != lease && slot.ReleaseAt > inFlightAfter)
                {
                    othersInFlight += slot.Cost;
                }
            }

            var takenAt = _inFlight.TryGetValue(lease, out var own) ? own.TakenAt : DateTimeOffset.MaxValue;
            Server = RateLimitServerCount.Apply(Server, report, othersInFlight, takenAt, now, cost);
        }
    }

    /// <summary>
    /// One request's slots in a bucket while it is in flight: how many (the rule's cost), when they were taken, and when
    /// they free if nothing more is heard of them.
    /// </summary>
    private readonly record struct Slot(int Cost, DateTimeOffset TakenAt, DateTimeOffset ReleaseAt);
}
