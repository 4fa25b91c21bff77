using System.Runtime.CompilerServices;
using Guildhall.Core.RateLimiting;

namespace Guildhall.TopGg.Http;

/// <summary>
/// The client-side buckets of one token, from Top.gg's documented limits: 100 requests a second on every route and
/// 60 a minute on <c>/bots/*</c> (exceeding either blocks the token for an hour), and one announcement every 4 hours
/// (the SDKs' limit). Keys derive from the token's hash, so every client holding the token shares the budget.
/// </summary>
internal sealed class TopGgRateLimits
{
    /// <summary>Requests per second on every route.</summary>
    public const int GlobalLimit = 100;

    /// <summary>Requests per minute on <c>/bots/*</c>.</summary>
    public const int BotsLimit = 60;

    private static readonly ConditionalWeakTable<TimeProvider, InMemoryRateLimitStore> StoresByClock = [];

    private readonly IReadOnlyList<RateLimitRule> _global;
    private readonly IReadOnlyList<RateLimitRule> _bots;
    private readonly IReadOnlyList<RateLimitRule> _announcements;

    public TopGgRateLimits(TopGgToken token, TimeSpan margin)
    {
        var partition = RateLimitPartition.FromSecret(token.Value);
        var global = new RateLimitRule($"topgg:{partition}:global", GlobalLimit, TimeSpan.FromSeconds(1) + margin);
        _global = [global];
        _bots = [global, new RateLimitRule($"topgg:{partition}:bots", BotsLimit, TimeSpan.FromMinutes(1) + margin)];
        _announcements = [global, new RateLimitRule($"topgg:{partition}:announcements", 1, TimeSpan.FromHours(4) + margin)];
    }

    /// <summary>The rules a route counts against; the global bucket comes first, so a 429 anywhere blocks the whole token.</summary>
    public IReadOnlyList<RateLimitRule> For(TopGgRoute route) => route switch
    {
        TopGgRoute.Bots => _bots,
        TopGgRoute.Announcements => _announcements,
        _ => _global,
    };

    /// <summary>
    /// The store clients share by default: the process-wide one on the system clock, or one per custom clock (a store
    /// must read the same clock the transport waits on).
    /// </summary>
    public static IRateLimitStore DefaultStore(TimeProvider timeProvider) =>
        timeProvider == TimeProvider.System
            ? InMemoryRateLimitStore.Shared
            : StoresByClock.GetValue(timeProvider, clock => new InMemoryRateLimitStore(clock));
}
