namespace Guildhall.Core.RateLimiting;

/// <summary>
/// A slot taken in every bucket of <see cref="Rules"/> by <see cref="IRateLimitStore.TryAcquireAsync"/>. It counts
/// against them while its request is in flight and for a full window after
/// <see cref="IRateLimitStore.CompleteAsync"/> reports the answer (or the failure), because the API counts a request
/// when it arrives, which may be any time before the answer comes back.
/// </summary>
/// <param name="Id">The store's own name for the slot; meaningful only to the store that issued it.</param>
/// <param name="Rules">The buckets the slot was taken in.</param>
public sealed record RateLimitLease(string Id, IReadOnlyList<RateLimitRule> Rules);
