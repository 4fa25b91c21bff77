namespace Guildhall.Redis;

/// <summary>What <see cref="GuildhallRedisServiceCollectionExtensions.AddGuildhallRedis(Microsoft.Extensions.DependencyInjection.IServiceCollection, string, Action{GuildhallRedisOptions}?)"/> registers, part by part.</summary>
public sealed class GuildhallRedisOptions
{
    /// <summary>The rate-limit store's settings (every client whose options set no store of their own uses it).</summary>
    public RedisRateLimitStoreOptions RateLimits { get; } = new();

    /// <summary>What the rate-limit store does while Redis cannot be reached (default: fail closed after 2 s).</summary>
    public RedisOutageOptions RateLimitOutage { get; } = new();

    /// <summary>The osu! token repository's settings.</summary>
    public RedisOsuTokenRepositoryOptions OsuTokens { get; } = new();

    /// <summary>The osu! single-flight refresh's settings.</summary>
    public RedisOsuRefreshOptions OsuRefresh { get; } = new();

    /// <summary>The vote deduplicator's settings.</summary>
    public RedisVoteDeduplicatorOptions VoteDeduplication { get; } = new();

    /// <summary>The vote stream's settings (the registered <see cref="RedisVoteStreamWriter"/> and durable vote delivery's consumer use them).</summary>
    public RedisVoteStreamOptions VoteStream { get; } = new();
}
