using Guildhall.Sandbox.Kit;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>One token's counters and block. Guarded by its own lock.</summary>
internal sealed class TopGgTokenRateState
{
    /// <summary>Top.gg's global limit: 100 requests per second on every route.</summary>
    public const int GlobalLimit = 100;

    /// <summary>Top.gg's route limit: 60 requests per minute on <c>/bots/*</c>.</summary>
    public const int BotsLimit = 60;

    public static readonly TimeSpan GlobalWindow = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan BotsWindow = TimeSpan.FromMinutes(1);

    public SandboxSlidingWindow Global { get; } = new(GlobalWindow);

    public SandboxSlidingWindow Bots { get; } = new(BotsWindow);

    public DateTimeOffset? BlockedUntil { get; set; }

    public Lock Gate { get; } = new();
}
