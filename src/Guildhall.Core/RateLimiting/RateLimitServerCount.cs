namespace Guildhall.Core.RateLimiting;

/// <summary>
/// What a store keeps of a server's rate-limit headers for one bucket. Within one server window a server's count only
/// grows, so the lowest count it reported is its freshest word, whatever order the answers came back in; the store
/// believes that count less the other requests that were still in flight when that answer arrived (the server may have
/// counted them after it), and less every request taken since.
/// </summary>
/// <param name="Reported">The lowest count the server reported in this window.</param>
/// <param name="Remaining">What the store believes the server will still accept; an acquire waits for the reset at zero.</param>
/// <param name="ResetAt">When the server's window resets; the count means nothing after.</param>
/// <param name="At">When the answer that reported <paramref name="Reported"/> arrived, on the store's clock.</param>
public readonly record struct RateLimitServerCount(int Reported, int Remaining, DateTimeOffset ResetAt, DateTimeOffset At)
{
    /// <summary>The count after one more request was taken.</summary>
    public RateLimitServerCount Taken() => Taken(1);

    /// <summary>The count after a request that costs <paramref name="cost"/> was taken.</summary>
    /// <param name="cost">The request's <see cref="RateLimitRule.Cost"/>.</param>
    public RateLimitServerCount Taken(int cost) => this with { Remaining = Remaining - cost };

    /// <summary>
    /// The count to keep after an answer reported <paramref name="report"/>. A fresher word (a lower count, or another
    /// window) replaces what was known, less <paramref name="othersInFlight"/>. An older word of the same window changes
    /// nothing, except that it proves its own request was counted before the freshest one: that request was still in
    /// flight when the freshest answer arrived, was subtracted then, and is given back.
    /// </summary>
    /// <param name="known">What the store kept so far, if anything.</param>
    /// <param name="report">What the answer's headers said.</param>
    /// <param name="othersInFlight">The bucket's other slots still in flight now (not completed, not past their bound).</param>
    /// <param name="takenAt">When the answered request's slot was taken; <see cref="DateTimeOffset.MaxValue"/> if the store no longer knows.</param>
    /// <param name="now">The store's current time.</param>
    /// <returns>The count to keep, or <see langword="null"/> to keep none.</returns>
    public static RateLimitServerCount? Apply(RateLimitServerCount? known, RateLimitServerState report, int othersInFlight, DateTimeOffset takenAt, DateTimeOffset now) =>
        Apply(known, report, othersInFlight, takenAt, now, 1);

    /// <summary>
    /// <see cref="Apply(RateLimitServerCount?, RateLimitServerState, int, DateTimeOffset, DateTimeOffset)"/> for an
    /// answered request that cost <paramref name="cost"/>: an older word gives back that many, as that many were
    /// subtracted while it was in flight.
    /// </summary>
    /// <param name="known">What the store kept so far, if anything.</param>
    /// <param name="report">What the answer's headers said.</param>
    /// <param name="othersInFlight">The slots the bucket's other requests still hold in flight now, each counted by its cost.</param>
    /// <param name="takenAt">When the answered request's slot was taken; <see cref="DateTimeOffset.MaxValue"/> if the store no longer knows.</param>
    /// <param name="now">The store's current time.</param>
    /// <param name="cost">The answered request's <see cref="RateLimitRule.Cost"/>.</param>
    /// <returns>The count to keep, or <see langword="null"/> to keep none.</returns>
    public static RateLimitServerCount? Apply(RateLimitServerCount? known, RateLimitServerState report, int othersInFlight, DateTimeOffset takenAt, DateTimeOffset now, int cost)
    {
        if (report.ResetAt <= now)
        {
            return null;
        }

        if (known is { } current && current.ResetAt == report.ResetAt && report.Remaining >= current.Reported)
        {
            return report.Remaining > current.Reported && takenAt <= current.At
                ? current with { Remaining = Math.Min(current.Remaining + cost, current.Reported) }
                : current;
        }

        return new RateLimitServerCount(report.Remaining, report.Remaining - Math.Max(othersInFlight, 0), report.ResetAt, now);
    }
}
