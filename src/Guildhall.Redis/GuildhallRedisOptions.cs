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

    /// <summary>The vote stream's settings (for the registered <see cref="RedisVoteStreamWriter"/> and, with <see cref="DurableVoteDelivery"/>, the consumer).</summary>
    public RedisVoteStreamOptions VoteStream { get; } = new();

    /// <summary>
    /// Whether Top.gg votes take the durable path. Default <see langword="false"/>: the receiver runs the application's
    /// <see cref="TopGg.AspNetCore.ITopGgWebhookHandler"/> while Top.gg waits, as without Redis. When <see langword="true"/>,
    /// every <c>MapTopGgWebhooks</c> endpoint without a handler of its own appends each vote to the stream
    /// (<see cref="RedisVoteStreamWriter"/>) and answers 2xx only once Redis has it, 500 otherwise (such endpoints run
    /// inline, and an append is cut off before the endpoint's reply deadline, which must be longer than
    /// <see cref="RedisVoteStreamOptions.Outage"/>'s <see cref="RedisOutageOptions.FailClosedWait"/>), and a hosted
    /// <see cref="RedisVoteStreamConsumer"/> in this process hands each vote to the same registered handler, acknowledging
    /// it once the handler returns (a vote whose handler throws is delivered again, and dead-lettered after
    /// <see cref="RedisVoteStreamOptions.MaxDeliveries"/>). Other events (tests, integrations) still go to the handler at once.
    /// </summary>
    public bool DurableVoteDelivery { get; set; }
}
