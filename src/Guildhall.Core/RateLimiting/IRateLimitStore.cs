namespace Guildhall.Core.RateLimiting;

/// <summary>
/// Where bucket state lives. A request takes a slot before it is sent (<see cref="TryAcquireAsync"/>) and gives it back
/// when its answer or failure arrives (<see cref="CompleteAsync"/>); the slot counts against its buckets all that time
/// and for one full window after (<see cref="RateLimitRule.ReleaseDelay"/>: the window and the clock's granularity), so
/// however late a request reaches the API, no window the API counts can hold more requests than the limit. The contract is designed so that a shared store (Redis) can implement each method as one
/// atomic script: state is computed lazily from the current time at each call, never advanced by timers.
/// Implementations must be safe for concurrent use; the contract suite in <c>test/Guildhall.Testing</c> states it.
/// </summary>
public interface IRateLimitStore
{
    /// <summary>
    /// Takes one slot in every bucket of <paramref name="rules"/> at once, or none. A bucket is full when
    /// <see cref="RateLimitRule.Limit"/> of its slots are in flight or were completed less than
    /// <see cref="RateLimitRule.ReleaseDelay"/> ago, when the server said nothing remains until its reset, or while it is
    /// blocked.
    /// </summary>
    /// <param name="rules">The buckets, at least one.</param>
    /// <param name="maxInFlight">
    /// How long the slot may stay in flight without <see cref="CompleteAsync"/>: after that the store counts it as completed
    /// then, so a process that dies mid-request frees its slots a window after its call would have timed out. Positive.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// A lease on the slot, or a refusal with the earliest time a slot could free up, which says whether it rests only on
    /// the server's count (<see cref="RateLimitDecision.RestsOnServerCount"/>; <see cref="RateLimitBucketState.Refusal"/>
    /// decides it for a store that reads its buckets as <see cref="RateLimitBucketState"/>).
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="rules"/> is empty or <paramref name="maxInFlight"/> is not positive.</exception>
    ValueTask<RateLimitDecision> TryAcquireAsync(IReadOnlyList<RateLimitRule> rules, TimeSpan maxInFlight, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reports that the request holding <paramref name="lease"/> got its answer or failed: from now its slot counts for
    /// one more window in every bucket, then frees. Call it whatever happened (success, error, cancellation), and only once.
    /// </summary>
    /// <param name="lease">The lease from <see cref="TryAcquireAsync"/>.</param>
    /// <param name="serverState">
    /// What the answer's rate-limit headers said about the first bucket of the lease, if anything, kept as
    /// <see cref="RateLimitServerCount.Apply(RateLimitServerCount?, RateLimitServerState, int, DateTimeOffset, DateTimeOffset, int)"/> decides: the lowest count of a server window is its freshest word, less
    /// the other requests still in flight (the server may count them after this one), so the bucket never allows more
    /// than the server will accept.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask CompleteAsync(RateLimitLease lease, RateLimitServerState? serverState = null, CancellationToken cancellationToken = default);

    /// <summary>Refuses every acquire on <paramref name="key"/> until <paramref name="until"/> (a later block wins over an earlier one).</summary>
    /// <param name="key">The bucket's key.</param>
    /// <param name="until">The end of the block.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask BlockAsync(string key, DateTimeOffset until, CancellationToken cancellationToken = default);

    /// <summary>Reads a bucket without taking a slot.</summary>
    /// <param name="rule">The bucket.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<RateLimitSnapshot> GetSnapshotAsync(RateLimitRule rule, CancellationToken cancellationToken = default);
}
