namespace Guildhall.Core.RateLimiting;

/// <summary>
/// Where bucket state lives. The contract is designed so that a shared store (Redis) can implement each method as one
/// atomic script: state is computed lazily from the current time at each call, never advanced by timers.
/// Implementations must be safe for concurrent use.
/// </summary>
public interface IRateLimitStore
{
    /// <summary>
    /// Takes one slot in every bucket of <paramref name="rules"/> at once, or none: the call either counts against all
    /// of them or against none. A bucket is full when <see cref="RateLimitRule.Limit"/> slots were taken within the last
    /// <see cref="RateLimitRule.Window"/>, when the server said nothing remains until its reset, or while it is blocked.
    /// </summary>
    /// <param name="rules">The buckets, at least one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<RateLimitDecision> TryAcquireAsync(IReadOnlyList<RateLimitRule> rules, CancellationToken cancellationToken = default);

    /// <summary>Refuses every acquire on <paramref name="key"/> until <paramref name="until"/> (a later block wins over an earlier one).</summary>
    /// <param name="key">The bucket's key.</param>
    /// <param name="until">The end of the block.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask BlockAsync(string key, DateTimeOffset until, CancellationToken cancellationToken = default);

    /// <summary>Records what the server's headers said, so the bucket never allows more than the server will accept.</summary>
    /// <param name="key">The bucket's key.</param>
    /// <param name="state">The server's word.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask UpdateFromServerAsync(string key, RateLimitServerState state, CancellationToken cancellationToken = default);

    /// <summary>Reads a bucket without taking a slot.</summary>
    /// <param name="rule">The bucket.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<RateLimitSnapshot> GetSnapshotAsync(RateLimitRule rule, CancellationToken cancellationToken = default);
}
