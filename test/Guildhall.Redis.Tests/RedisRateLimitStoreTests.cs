using Guildhall.Core.RateLimiting;
using Guildhall.Testing.Redis;
using Guildhall.Testing;

namespace Guildhall.Redis.Tests;

/// <summary>
/// The store contract on a standalone redis-server. The contract drives a fake clock, which Redis's own clock cannot
/// follow, so these stores keep time by the caller's clock; <see cref="RedisTimeTests"/> covers Redis's clock.
/// </summary>
[Collection(RedisServerGroup.Name)]
public sealed class RedisRateLimitStoreTests(RedisServerFixture redis) : RateLimitStoreContract
{
    protected override bool SharesStateAcrossInstances => true;

    protected override IRateLimitStore CreateStore(TimeProvider time) =>
        new RedisRateLimitStore(redis.Connection, new RedisRateLimitStoreOptions { KeyPrefix = "test:", UseRedisTime = false, TimeProvider = time });

    [Fact]
    public async Task Two_processes_on_separate_connections_share_one_budget()
    {
        await using var other = await redis.ConnectAnotherAsync();
        var first = CreateStore(Time);
        var second = new RedisRateLimitStore(other, new RedisRateLimitStoreOptions { KeyPrefix = "test:", UseRedisTime = false, TimeProvider = Time });
        var rule = Rule("shared", 60, TimeSpan.FromMinutes(1));

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () => await (i % 2 == 0 ? first : second).TryAcquireAsync([rule], LongFlight))));

        Assert.Equal(60, results.Count(result => result.Acquired));
        Assert.Equal(0, (await second.GetSnapshotAsync(rule)).Remaining);
    }

    [Fact]
    public async Task A_lease_taken_by_one_process_is_completed_by_its_id_alone()
    {
        await using var other = await redis.ConnectAnotherAsync();
        var first = CreateStore(Time);
        var second = new RedisRateLimitStore(other, new RedisRateLimitStoreOptions { KeyPrefix = "test:", UseRedisTime = false, TimeProvider = Time });
        var rule = Rule("handover", 1, TimeSpan.FromSeconds(10));

        var lease = await first.TryAcquireAsync([rule], LongFlight);
        Time.Advance(TimeSpan.FromSeconds(2));
        await second.CompleteAsync(new RateLimitLease(lease.Lease!.Id, [rule]));
        var refused = await first.TryAcquireAsync([rule], LongFlight);

        Assert.Equal(TimeSpan.FromSeconds(10) + Tick, refused.RetryAfter);
    }

    [Fact]
    public async Task A_block_set_by_one_process_stops_the_other()
    {
        await using var other = await redis.ConnectAnotherAsync();
        var first = CreateStore(Time);
        var second = new RedisRateLimitStore(other, new RedisRateLimitStoreOptions { KeyPrefix = "test:", UseRedisTime = false, TimeProvider = Time });
        var rule = Rule("blocked", 100, TimeSpan.FromSeconds(1));

        await first.BlockAsync(rule.Key, Time.GetUtcNow() + TimeSpan.FromHours(1));
        var decision = await second.TryAcquireAsync([rule], LongFlight);

        Assert.False(decision.Acquired);
        Assert.Equal(TimeSpan.FromHours(1), decision.RetryAfter);
    }

    [Fact]
    public async Task Keys_carry_no_secret_and_expire_by_themselves()
    {
        var store = new RedisRateLimitStore(redis.Connection, new RedisRateLimitStoreOptions { KeyPrefix = "test:" });
        var key = RateLimitPartition.BucketKey("keys" + Guid.NewGuid().ToString("N")[..6], RateLimitPartition.FromSecret("my-secret-token"), "global");
        var lease = await store.TryAcquireAsync([new RateLimitRule(key, 10, TimeSpan.FromSeconds(30))], TimeSpan.FromSeconds(20));
        await store.CompleteAsync(lease.Lease!);

        var server = redis.Connection.GetServer(redis.Connection.GetEndPoints()[0]);
        var keys = server.Keys(pattern: "test:*").Select(k => k.ToString()).ToList();
        Assert.Contains("test:" + key + ":slots", keys);
        Assert.DoesNotContain(keys, k => k.Contains("my-secret-token", StringComparison.Ordinal));
        var ttl = await redis.Connection.GetDatabase().KeyTimeToLiveAsync("test:" + key + ":slots");
        Assert.NotNull(ttl);
        // The slot was held for its 20 s bound plus a window, then released a window after completion: the key lives as
        // long as the longest of those, never forever.
        Assert.InRange(ttl.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(50));
    }

    [Fact]
    public async Task Rules_without_a_shared_hash_tag_are_refused_before_anything_is_sent()
    {
        var store = CreateStore(Time);
        var untagged = new RateLimitRule("untagged:" + Guid.NewGuid().ToString("N"), 10, TimeSpan.FromSeconds(1));
        var other = new RateLimitRule(RateLimitPartition.BucketKey("api", "other-partition", "bots"), 10, TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<ArgumentException>(async () => await store.TryAcquireAsync([untagged, other], LongFlight));

        Assert.Equal("rules", error.ParamName);
        Assert.Contains("hash tag", error.Message, StringComparison.Ordinal);
        Assert.Equal(10, (await store.GetSnapshotAsync(untagged)).Remaining);
    }
}
