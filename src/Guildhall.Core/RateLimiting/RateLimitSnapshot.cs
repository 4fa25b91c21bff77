namespace Guildhall.Core.RateLimiting;

/// <summary>The state of one bucket at a moment, for display and health checks.</summary>
/// <param name="Key">The bucket's key.</param>
/// <param name="Limit">The rule's limit per window.</param>
/// <param name="Remaining">Requests that can start now without waiting (the tighter of the local window and the server's word).</param>
/// <param name="NextSlotAt">When the next slot frees up, or <see langword="null"/> when one is free now.</param>
/// <param name="BlockedUntil">The end of a block imposed after a 429, or <see langword="null"/>.</param>
public sealed record RateLimitSnapshot(string Key, int Limit, int Remaining, DateTimeOffset? NextSlotAt, DateTimeOffset? BlockedUntil)
{
    /// <summary>
    /// How much of the limit is taken now: <see cref="Limit"/> less <see cref="Remaining"/>, so requests in flight, requests
    /// answered less than a window ago, what the server said it counted, and a block (which takes the whole limit).
    /// </summary>
    public int Used => Limit - Remaining;
}
