using Guildhall.Core.RateLimiting;
using Guildhall.Testing.Redis;
using Guildhall.Testing;
using StackExchange.Redis;

namespace Guildhall.Redis.Tests;

/// <summary>
/// The store contract on a real three-master Redis Cluster: every acquisition of several buckets works because the
/// buckets share a hash tag, and keys spread over the masters by partition.
/// </summary>
[Collection(RedisClusterGroup.Name)]
public sealed class RedisClusterRateLimitStoreTests(RedisClusterFixture cluster) : RateLimitStoreContract
{
    protected override bool SharesStateAcrossInstances => true;

    protected override IRateLimitStore CreateStore(TimeProvider time) =>
        new RedisRateLimitStore(cluster.Connection, new RedisRateLimitStoreOptions { KeyPrefix = "test:", UseRedisTime = false, TimeProvider = time });

    [Fact]
    public async Task The_cluster_is_real_keys_of_different_slots_cannot_share_a_script()
    {
        // Sent straight to the master that owns the first key, past the client's own check, as an untagged store would.
        var owner = cluster.Connection.GetServer(cluster.Connection.GetEndPoints()[0]).ClusterConfiguration!.GetBySlot("topgg:a:global")!.EndPoint!;
        var error = await Assert.ThrowsAsync<RedisServerException>(() => cluster.Connection.GetServer(owner).ExecuteAsync(
            "EVAL", "return redis.call('GET', KEYS[1])", 2, "topgg:a:global", "topgg:a:bots"));

        Assert.Contains("CROSSSLOT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bots_call_takes_both_top_gg_buckets_of_a_token_in_one_script_on_redis_time()
    {
        var store = new RedisRateLimitStore(cluster.Connection, new RedisRateLimitStoreOptions { KeyPrefix = "test:" });
        var partition = RateLimitPartition.FromSecret("cluster-token-" + Guid.NewGuid().ToString("N"));
        var global = new RateLimitRule(RateLimitPartition.BucketKey("topgg", partition, "global"), 99, TimeSpan.FromSeconds(1));
        var bots = new RateLimitRule(RateLimitPartition.BucketKey("topgg", partition, "bots"), 60, TimeSpan.FromMinutes(1));

        var granted = 0;
        for (var i = 0; i < 61; i++)
        {
            var decision = await store.TryAcquireAsync([global, bots], TimeSpan.FromSeconds(30));
            if (decision.Acquired)
            {
                granted++;
                await store.CompleteAsync(decision.Lease);
            }
        }

        Assert.Equal(60, granted);
        Assert.Equal(0, (await store.GetSnapshotAsync(bots)).Remaining);
        Assert.Equal(cluster.Connection.HashSlot("test:" + global.Key + ":slots"), cluster.Connection.HashSlot("test:" + bots.Key + ":block"));
    }

    [Fact]
    public void Partitions_spread_over_the_masters()
    {
        var slots = Enumerable.Range(0, 30)
            .Select(i => RateLimitPartition.BucketKey("topgg", RateLimitPartition.FromSecret("token-" + i), "global"))
            .Select(key => cluster.Connection.HashSlot("test:" + key + ":slots"))
            .ToList();
        var masters = slots.Select(slot => cluster.Connection.GetServer(cluster.Connection.GetEndPoints()[0]).ClusterConfiguration!.GetBySlot(slot)!.NodeId).Distinct().Count();

        Assert.Equal(3, masters);
    }
}
