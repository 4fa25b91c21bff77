namespace Guildhall.Core.RateLimiting;

/// <summary>The store's answer to an acquire: granted, or how long until it could be.</summary>
/// <param name="Acquired">Whether a slot was taken in every bucket.</param>
/// <param name="RetryAfter">When refused, how long until a slot frees up in every bucket.</param>
/// <param name="BlockedUntil">When refused because the API blocked the bucket after a 429, the end of the block.</param>
public readonly record struct RateLimitDecision(bool Acquired, TimeSpan RetryAfter, DateTimeOffset? BlockedUntil)
{
    /// <summary>A granted acquire.</summary>
    public static RateLimitDecision Granted => new(true, TimeSpan.Zero, null);

    /// <summary>A refused acquire.</summary>
    /// <param name="retryAfter">How long until it could succeed.</param>
    /// <param name="blockedUntil">The end of a block, if that is the reason.</param>
    public static RateLimitDecision Refused(TimeSpan retryAfter, DateTimeOffset? blockedUntil = null) => new(false, retryAfter, blockedUntil);
}
