using Guildhall.TopGg.Models;

namespace Guildhall.Samples.TopGg;

/// <summary>
/// One process of a bot split into clusters: it owns shards <see cref="FirstShard"/> to <see cref="LastShard"/> of
/// <see cref="TotalShards"/>. In a real bot the guild counts come from the Discord library's shard objects; here they
/// are simulated and grow a little on every read.
/// </summary>
internal sealed class ShardedCluster(int clusterId, int firstShard, int lastShard, int totalShards)
{
    private readonly Dictionary<int, long> _guilds = Enumerable.Range(firstShard, lastShard - firstShard + 1).ToDictionary(shard => shard, shard => 300L + (shard * 7));

    public int ClusterId => clusterId;

    public int FirstShard => firstShard;

    public int LastShard => lastShard;

    public int TotalShards => totalShards;

    /// <summary>The stats provider handed to the autoposter: only this cluster's shards, each posted with its shard id.</summary>
    public ValueTask<TopGgStatsUpdate?> ReadStatsAsync(CancellationToken cancellationToken)
    {
        lock (_guilds)
        {
            foreach (var shard in _guilds.Keys.ToList())
            {
                _guilds[shard] += 1;
            }

            return ValueTask.FromResult<TopGgStatsUpdate?>(TopGgStatsUpdate.ForOwnedShards(totalShards, new Dictionary<int, long>(_guilds)));
        }
    }
}
