using System.Diagnostics.CodeAnalysis;

namespace Guildhall.Core.RateLimiting;

/// <summary>The store's answer to an acquire: a lease on a slot, or how long until one could be taken.</summary>
/// <param name="Lease">The slot taken in every bucket, or <see langword="null"/> when refused.</param>
/// <param name="RetryAfter">When refused, the earliest time a slot could free up in every bucket (waiting less is pointless).</param>
/// <param name="BlockedUntil">When refused because the API blocked the bucket after a 429, the end of the block.</param>
public readonly record struct RateLimitDecision(RateLimitLease? Lease, TimeSpan RetryAfter, DateTimeOffset? BlockedUntil)
{
    /// <summary>Whether a slot was taken in every bucket.</summary>
    [MemberNotNullWhen(true, nameof(Lease))]
    public bool Acquired => Lease is not null;

    /// <summary>
    /// Whether a refusal rests only on a server's reported count: no bucket's own window is full and none is blocked. The
    /// store counts every request still in flight as not yet counted by the server, so an answer that arrives later and
    /// proves it was counted already gives its slot back: a caller with answers on their way may ask again when one
    /// arrives instead of sleeping for the whole <see cref="RetryAfter"/>.
    /// </summary>
    public bool RestsOnServerCount { get; init; }

    /// <summary>A granted acquire.</summary>
    /// <param name="lease">The slot taken; hand it back to <see cref="IRateLimitStore.CompleteAsync"/> when the answer arrives.</param>
    public static RateLimitDecision Granted(RateLimitLease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return new(lease, TimeSpan.Zero, null);
    }

    /// <summary>A refused acquire.</summary>
    /// <param name="retryAfter">How long until it could succeed.</param>
    /// <param name="blockedUntil">The end of a block, if that is the reason.</param>
    public static RateLimitDecision Refused(TimeSpan retryAfter, DateTimeOffset? blockedUntil = null) => new(null, retryAfter, blockedUntil);
}
