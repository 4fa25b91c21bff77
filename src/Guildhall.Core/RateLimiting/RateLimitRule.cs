namespace Guildhall.Core.RateLimiting;

/// <summary>
/// One client-side bucket: at most <paramref name="Limit"/> requests in any window of <paramref name="Window"/>
/// (a sliding window, so no burst at a window's edge can exceed the limit).
/// </summary>
/// <param name="Key">
/// The bucket's identity in the store, shared by every client that must share the budget: for example
/// <c>topgg:{partition}:global</c>, where the partition comes from <see cref="RateLimitPartition.FromSecret"/>.
/// </param>
/// <param name="Limit">Requests allowed per window (at least 1).</param>
/// <param name="Window">The window's length (positive).</param>
public sealed record RateLimitRule(string Key, int Limit, TimeSpan Window)
{
    /// <summary>Checks the rule's values.</summary>
    /// <exception cref="ArgumentException">The key is empty, the limit below 1 or the window not positive.</exception>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Key);
        ArgumentOutOfRangeException.ThrowIfLessThan(Limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Window, TimeSpan.Zero);
    }
}
