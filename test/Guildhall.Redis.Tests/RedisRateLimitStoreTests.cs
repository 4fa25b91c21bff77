using Guildhall.Core.RateLimiting;
using Guildhall.Testing;

namespace Guildhall.Redis.Tests;

[Collection(RedisServerGroup.Name)]
public sealed class RedisRateLimitStoreTests(RedisServerFixture redis) : RateLimitStoreContract
{
    protected override bool SharesStateAcrossInstances => true;

    protected override IRateLimitStore CreateStore(TimeProvider time) => new RedisRateLimitStore(redis.Connection, "test:", time);

    [Fact]
    public async Task Two_processes_on_separate_connections_share_one_budget()
    {
        await using var other = await redis.ConnectAnotherAsync();
        var first = new RedisRateLimitStore(redis.Connection, "test:", Time);
        var second = new RedisRateLimitStore(other, "test:", Time);
        var rule = new RateLimitRule(Prefix + "shared", 60, TimeSpan.FromMinutes(1));

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () => await (i % 2 == 0 ? first : second).TryAcquireAsync([rule]))));

        Assert.Equal(60, results.Count(result => result.Acquired));
        Assert.Equal(0, (await second.GetSnapshotAsync(rule)).Remaining);
    }

    [Fact]
    public async Task A_block_set_by_one_process_stops_the_other()
    {
        await using var other = await redis.ConnectAnotherAsync();
        var first = new RedisRateLimitStore(redis.Connection, "test:", Time);
        var second = new RedisRateLimitStore(other, "test:", Time);
        var rule = new RateLimitRule(Prefix + "blocked", 100, TimeSpan.FromSeconds(1));

        await first.BlockAsync(rule.Key, Time.GetUtcNow() + TimeSpan.FromHours(1));
        var decision = await second.TryAcquireAsync([rule]);

        Assert.False(decision.Acquired);
        Assert.Equal(TimeSpan.FromHours(1), decision.RetryAfter);
    }

    [Fact]
    public async Task Keys_carry_no_secret_and_expire_by_themselves()
    {
        var store = new RedisRateLimitStore(redis.Connection, "test:", TimeProvider.System);
        var key = Prefix + RateLimitPartition.FromSecret("my-secret-token") + ":global";
        await store.TryAcquireAsync([new RateLimitRule(key, 10, TimeSpan.FromSeconds(30))]);

        var server = redis.Connection.GetServer(redis.Connection.GetEndPoints()[0]);
        var keys = server.Keys(pattern: "test:*").Select(k => k.ToString()).ToList();
        Assert.DoesNotContain(keys, k => k.Contains("my-secret-token", StringComparison.Ordinal));
        var ttl = await redis.Connection.GetDatabase().KeyTimeToLiveAsync($"test:{{{key}}}:log");
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
    }
}
