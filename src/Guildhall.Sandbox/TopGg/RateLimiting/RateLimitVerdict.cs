namespace Guildhall.Sandbox.TopGg.RateLimiting;

/// <summary>Whether a request may proceed, and if not, how many seconds the token stays blocked.</summary>
/// <param name="Allowed">Whether the request may proceed.</param>
/// <param name="RetryAfterSeconds">Whole seconds until the block ends (at least 1) when not allowed.</param>
internal readonly record struct RateLimitVerdict(bool Allowed, long RetryAfterSeconds)
{
    public static RateLimitVerdict Allow { get; } = new(true, 0);

    public static RateLimitVerdict Deny(TimeSpan remaining) =>
        new(false, Math.Max(1, (long)Math.Ceiling(remaining.TotalSeconds)));
}
