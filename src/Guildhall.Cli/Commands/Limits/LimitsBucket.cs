using System.Text.Json.Serialization;
using Guildhall.Core.RateLimiting;

namespace Guildhall.Cli.Commands.Limits;

/// <summary>One bucket of a <see cref="LimitsReport"/>.</summary>
/// <param name="Name">The bucket's name in its package.</param>
/// <param name="Counts">What the bucket counts.</param>
/// <param name="Key">The bucket's key in the store (it carries the fingerprint, never the credential).</param>
/// <param name="Limit">Requests per window.</param>
/// <param name="WindowSeconds">The window.</param>
/// <param name="Used">Taken now: in flight, answered less than a window ago, or counted by the server.</param>
/// <param name="Remaining">Requests that could start now.</param>
/// <param name="NextSlotAt">When the next slot frees, when none is free now.</param>
/// <param name="BlockedUntil">The end of a block after a 429.</param>
internal sealed record LimitsBucket(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("counts")] string Counts,
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("limit")] int Limit,
    [property: JsonPropertyName("window_seconds")] double WindowSeconds,
    [property: JsonPropertyName("used")] int Used,
    [property: JsonPropertyName("remaining")] int Remaining,
    [property: JsonPropertyName("next_slot_at")] DateTimeOffset? NextSlotAt,
    [property: JsonPropertyName("blocked_until")] DateTimeOffset? BlockedUntil)
{
    public static LimitsBucket Of(RateLimitBucketDescription bucket, RateLimitSnapshot snapshot) => new(
        bucket.Name, bucket.Summary, bucket.Rule.Key, snapshot.Limit, bucket.Rule.Window.TotalSeconds, snapshot.Used, snapshot.Remaining, snapshot.NextSlotAt, snapshot.BlockedUntil);
}
