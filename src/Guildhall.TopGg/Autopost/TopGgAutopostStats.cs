using Guildhall.TopGg.Models;

namespace Guildhall.TopGg.Autopost;

/// <summary>
/// What one autopost cycle posts: one stats update for a bot that counts all its servers in one process, or one update
/// per shard for a bot split into clusters (each cluster posts only the shards it owns, and Top.gg adds them up).
/// </summary>
public sealed record TopGgAutopostStats
{
    private TopGgAutopostStats(IReadOnlyList<TopGgStatsUpdate> updates) => Updates = updates;

    /// <summary>The updates posted, in order.</summary>
    public IReadOnlyList<TopGgStatsUpdate> Updates { get; }

    /// <summary>The whole bot's server count, optionally with its shard count.</summary>
    /// <param name="serverCount">The number of servers the bot is in.</param>
    /// <param name="shardCount">The number of shards, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static TopGgAutopostStats ForServerCount(long serverCount, int? shardCount = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(serverCount);
        return new([TopGgStatsUpdate.ForServerCount(serverCount, shardCount)]);
    }

    /// <summary>
    /// The shards this process owns, posted one by one with <c>shard_id</c>, so several clusters each posting their own
    /// range never overwrite each other's counts.
    /// </summary>
    /// <param name="shardCount">The bot's total number of shards, across every cluster.</param>
    /// <param name="serverCountByShard">The server count of each shard this process owns, by 0-based shard id.</param>
    /// <exception cref="ArgumentException">No shard is given, a shard id is outside 0 to <paramref name="shardCount"/> − 1, or a count is negative.</exception>
    public static TopGgAutopostStats ForShards(int shardCount, IReadOnlyDictionary<int, long> serverCountByShard)
    {
        ArgumentNullException.ThrowIfNull(serverCountByShard);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(shardCount);
        if (serverCountByShard.Count == 0)
        {
            throw new ArgumentException("Give the server count of at least one shard.", nameof(serverCountByShard));
        }

        var updates = new List<TopGgStatsUpdate>(serverCountByShard.Count);
        foreach (var (shardId, serverCount) in serverCountByShard.OrderBy(shard => shard.Key))
        {
            if (shardId < 0 || shardId >= shardCount)
            {
                throw new ArgumentException($"Shard {shardId} does not exist among {shardCount} shards (ids run from 0 to {shardCount - 1}).", nameof(serverCountByShard));
            }

            if (serverCount < 0)
            {
                throw new ArgumentException($"Shard {shardId} has a negative server count.", nameof(serverCountByShard));
            }

            updates.Add(TopGgStatsUpdate.ForShard(shardId, shardCount, serverCount));
        }

        return new(updates);
    }
}
