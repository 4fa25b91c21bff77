namespace Guildhall.Core.RateLimiting;

/// <summary>
/// One client-side bucket: at most <paramref name="Limit"/> requests in any window of <paramref name="Window"/>
/// (a sliding window, so no burst at a window's edge can exceed the limit). A request's slot counts from the moment it
/// is taken until one window after the answer arrives, so the limit holds for the moments the API sees requests arrive,
/// whatever the latency.
/// </summary>
/// <param name="Key">
/// The bucket's identity in the store, shared by every client that must share the budget: for example
/// <c>topgg:{a1b2c3d4e5f6a7b8}:global</c>, built by <see cref="RateLimitPartition.BucketKey"/> from the credential's
/// partition. The part in braces is the key's hash tag: the rules of one request must all carry the same one, so that a
/// store spread over several servers (a Redis Cluster) keeps them together.
/// </param>
/// <param name="Limit">Slots per window (at least 1): requests, when each costs one.</param>
/// <param name="Window">The window's length (positive).</param>
public sealed record RateLimitRule(string Key, int Limit, TimeSpan Window)
{
    /// <summary>
    /// The clock granularity every store adds to a window: one millisecond. A server that stamps arrivals in whole
    /// milliseconds and counts a window inclusively could otherwise see two requests a hair more than a window apart
    /// as exactly a window apart, in one window.
    /// </summary>
    public static readonly TimeSpan ClockGranularity = TimeSpan.FromMilliseconds(1);

    /// <summary>
    /// How many of the bucket's slots the request takes (one by default): an API that charges some calls more than once
    /// (osu! counts <c>GET /users?ids[]=</c> once per id) gets a rule with that cost, and every store takes and frees the
    /// slots together, in the same atomic step, so no other caller can slip in between them. At least 1 and at most
    /// <see cref="Limit"/>, because a request that can never fit would otherwise wait forever.
    /// </summary>
    public int Cost { get; init; } = 1;

    /// <summary>How long a slot keeps counting after its request's answer: the window plus <see cref="ClockGranularity"/>.</summary>
    public TimeSpan ReleaseDelay => Window + ClockGranularity;

    /// <summary>Checks the rule's values.</summary>
    /// <exception cref="ArgumentException">
    /// The key is empty, the limit below 1, the window not positive, or the cost below 1 or above the limit.
    /// </exception>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Key);
        ArgumentOutOfRangeException.ThrowIfLessThan(Limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Window, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(Cost, 1);
        if (Cost > Limit)
        {
            throw new ArgumentOutOfRangeException(
                nameof(Cost),
                Cost,
                $"A request that costs {Cost} slots can never fit in bucket '{Key}', which allows {Limit} per {Window}: split the request or raise the limit.");
        }
    }
}
