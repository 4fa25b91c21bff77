namespace Guildhall.Core.RateLimiting;

/// <summary>What an API's rate-limit headers said about a bucket (for example <c>X-RateLimit-Remaining</c> and <c>-Reset</c>).</summary>
/// <param name="Limit">The server's limit per window, if it said.</param>
/// <param name="Remaining">Requests the server will still accept before <paramref name="ResetAt"/>.</param>
/// <param name="ResetAt">When the server's window resets.</param>
public readonly record struct RateLimitServerState(int? Limit, int Remaining, DateTimeOffset ResetAt)
{
    /// <summary>
    /// The state a store keeps after an answer reported <paramref name="reported"/>. The reported count is lowered by
    /// <paramref name="uncounted"/>, the slots that may have reached the server after the answered request (so its count
    /// could not include them); for the same server window the lower of the known and the reported count wins, because
    /// answers arrive out of order; once the reset has passed nothing is kept.
    /// </summary>
    /// <param name="known">What the store kept so far, if anything.</param>
    /// <param name="reported">What the answer's headers said.</param>
    /// <param name="uncounted">Other slots of the bucket still in flight, or completed after the answered request was taken.</param>
    /// <param name="now">The store's current time.</param>
    /// <returns>The state to keep, or <see langword="null"/> to keep none.</returns>
    public static RateLimitServerState? Merge(RateLimitServerState? known, RateLimitServerState reported, int uncounted, DateTimeOffset now)
    {
        if (reported.ResetAt <= now)
        {
            return null;
        }

        var adjusted = reported with { Remaining = reported.Remaining - Math.Max(uncounted, 0) };
        return known is { } current && current.ResetAt == adjusted.ResetAt && current.ResetAt > now && current.Remaining < adjusted.Remaining
            ? current
            : adjusted;
    }
}
