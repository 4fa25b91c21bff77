namespace Guildhall.Sandbox.TopGg.RateLimiting;

/// <summary>One token's counters and block. Guarded by its own lock.</summary>
internal sealed class TokenRateState
{
    /// <summary>Top.gg's global limit: 100 requests per second on every route.</summary>
    public SlidingWindow Global { get; } = new(100, TimeSpan.FromSeconds(1));

    /// <summary>Top.gg's route limit: 60 requests per minute on <c>/bots/*</c>.</summary>
    public SlidingWindow Bots { get; } = new(60, TimeSpan.FromMinutes(1));

    public DateTimeOffset? BlockedUntil { get; set; }

    public Lock Gate { get; } = new();
}
