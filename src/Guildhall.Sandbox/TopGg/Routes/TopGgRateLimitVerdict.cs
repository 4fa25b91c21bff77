namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>Whether a request may proceed, and if not, how many seconds the token stays blocked.</summary>
/// <param name="Allowed">Whether the request may proceed.</param>
/// <param name="RetryAfterSeconds">Whole seconds until the block ends (at least 1) when not allowed.</param>
internal readonly record struct TopGgRateLimitVerdict(bool Allowed, long RetryAfterSeconds)
{
    public static TopGgRateLimitVerdict Allow { get; } = new(true, 0);

    public static TopGgRateLimitVerdict Deny(TimeSpan remaining) =>
        new(false, Math.Max(1, (long)Math.Ceiling(remaining.TotalSeconds)));
}
