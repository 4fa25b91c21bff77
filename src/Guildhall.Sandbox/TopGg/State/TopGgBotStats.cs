namespace Guildhall.Sandbox.TopGg.State;

/// <summary>The statistics a bot last posted, as <c>GET /bots/{id}/stats</c> reports them.</summary>
/// <param name="ServerCount">The total server count; <see langword="null"/> if never posted.</param>
/// <param name="Shards">Per-shard server counts; empty unless posted per shard.</param>
/// <param name="ShardCount">The shard count; <see langword="null"/> if never posted.</param>
internal sealed record TopGgBotStats(long? ServerCount, IReadOnlyList<long> Shards, long? ShardCount)
{
    public static TopGgBotStats None { get; } = new(null, [], null);
}
