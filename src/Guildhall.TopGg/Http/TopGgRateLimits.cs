using Guildhall.Core.RateLimiting;

namespace Guildhall.TopGg.Http;

/// <summary>
/// The client-side buckets of one token, from Top.gg's documented limits: 100 requests a second on every route and
/// 60 a minute on <c>/bots/*</c> (exceeding either blocks the token for an hour), and one announcement every 4 hours
/// (the SDKs' limit). Keys derive from the token's hash, so every client holding the token shares the budget, and the
/// hash is the keys' hash tag, so the two buckets of a <c>/bots</c> call stay in one Redis Cluster slot. The windows are
/// Top.gg's own: each slot counts until a window after its answer, which covers any latency without a margin.
/// </summary>
internal sealed class TopGgRateLimits
{
    /// <summary>
    /// Requests per second counted in the global bucket: Top.gg's 100 less the one slot announcements may take (they
    /// are not counted there, see the constructor).
    /// </summary>
    public const int GlobalLimit = 99;

    /// <summary>Requests per minute on <c>/bots/*</c>.</summary>
    public const int BotsLimit = 60;

    private readonly IReadOnlyList<RateLimitRule> _global;
    private readonly IReadOnlyList<RateLimitRule> _bots;
    private readonly IReadOnlyList<RateLimitRule> _announcements;

    public TopGgRateLimits(TopGgToken token)
    {
        var (global, bots, announcements) = Rules(token.Value);
        _global = [global];
        _bots = [global, bots];

        // Announcements count only against their own bucket: a 429 blocks every bucket of its request, and the answer
        // to an early announcement (a 4-hour cooldown) must not block the whole token. At most one announcement falls
        // in any second, which is why the global bucket allows 99.
        _announcements = [announcements];
    }

    /// <summary>The token's buckets, as <see cref="TopGgClient.DescribeRateLimits"/> shows them.</summary>
    public static IReadOnlyList<RateLimitBucketDescription> Describe(TopGgToken token)
    {
        var (global, bots, announcements) = Rules(token.Value);
        return
        [
            new("global", "every route, 99 a second (Top.gg allows 100, one is kept for announcements)", global),
            new("bots", "the /bots routes, 60 a minute", bots),
            new("announcements", "one announcement every 4 hours", announcements),
        ];
    }

    private static (RateLimitRule Global, RateLimitRule Bots, RateLimitRule Announcements) Rules(string token)
    {
        var partition = RateLimitPartition.FromSecret(token);
        return (
            new RateLimitRule(RateLimitPartition.BucketKey("topgg", partition, "global"), GlobalLimit, TimeSpan.FromSeconds(1)),
            new RateLimitRule(RateLimitPartition.BucketKey("topgg", partition, "bots"), BotsLimit, TimeSpan.FromMinutes(1)),
            new RateLimitRule(RateLimitPartition.BucketKey("topgg", partition, "announcements"), 1, TimeSpan.FromHours(4)));
    }

    /// <summary>The rules a route counts against. A 429 blocks every rule of its request, so one on v0 or v1 blocks the whole token.</summary>
    public IReadOnlyList<RateLimitRule> For(TopGgRoute route) => route switch
    {
        TopGgRoute.Bots => _bots,
        TopGgRoute.Announcements => _announcements,
        _ => _global,
    };
}
