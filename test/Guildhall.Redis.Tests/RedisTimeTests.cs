using Guildhall.Core.RateLimiting;
using Guildhall.Testing.Redis;
using Guildhall.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Guildhall.Redis.Tests;

/// <summary>The default clock: Redis's <c>TIME</c>, so processes whose clocks disagree still share exact windows.</summary>
[Collection(RedisServerGroup.Name)]
public sealed class RedisTimeTests(RedisServerFixture redis)
{
    private readonly string _partition = Guid.NewGuid().ToString("N")[..8];

    private RateLimitRule Rule(string name, int limit, TimeSpan window) => new(RateLimitPartition.BucketKey("time", _partition, name), limit, window);

    [Fact]
    public async Task Windows_follow_redis_whatever_the_callers_clock_says()
    {
        var skewed = new FakeTimeProvider(TimeProvider.System.GetUtcNow() + TimeSpan.FromHours(2));
        var accurate = new RedisRateLimitStore(redis.Connection, new RedisRateLimitStoreOptions { KeyPrefix = "test:" });
        var twoHoursAhead = new RedisRateLimitStore(redis.Connection, new RedisRateLimitStoreOptions { KeyPrefix = "test:", TimeProvider = skewed });
        var rule = Rule("window", 1, TimeSpan.FromMinutes(5));

        var lease = await accurate.TryAcquireAsync([rule], TimeSpan.FromMinutes(1));
        await accurate.CompleteAsync(lease.Lease!);
        var refused = await twoHoursAhead.TryAcquireAsync([rule], TimeSpan.FromMinutes(1));

        Assert.True(lease.Acquired);
        Assert.False(refused.Acquired);
        Assert.InRange(refused.RetryAfter, TimeSpan.FromMinutes(4), rule.ReleaseDelay);
    }

    [Fact]
    public async Task Absolute_times_are_translated_to_each_callers_clock()
    {
        var skewed = new FakeTimeProvider(TimeProvider.System.GetUtcNow() + TimeSpan.FromHours(2));
        var accurate = new RedisRateLimitStore(redis.Connection, new RedisRateLimitStoreOptions { KeyPrefix = "test:" });
        var twoHoursAhead = new RedisRateLimitStore(redis.Connection, new RedisRateLimitStoreOptions { KeyPrefix = "test:", TimeProvider = skewed });
        var rule = Rule("block", 100, TimeSpan.FromSeconds(1));

        await twoHoursAhead.BlockAsync(rule.Key, skewed.GetUtcNow() + TimeSpan.FromMinutes(10));
        var seenByTheOther = await accurate.TryAcquireAsync([rule], TimeSpan.FromMinutes(1));
        var seenBySetter = await twoHoursAhead.GetSnapshotAsync(rule);

        Assert.InRange(seenByTheOther.RetryAfter, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10) + TimeSpan.FromMilliseconds(1));
        Assert.InRange(seenByTheOther.BlockedUntil!.Value - TimeProvider.System.GetUtcNow(), TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10) + TimeSpan.FromMilliseconds(1));
        Assert.InRange(seenBySetter.BlockedUntil!.Value - skewed.GetUtcNow(), TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10) + TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task A_completed_slot_frees_once_redis_says_its_window_has_passed()
    {
        var store = new RedisRateLimitStore(redis.Connection, new RedisRateLimitStoreOptions { KeyPrefix = "test:" });
        var rule = Rule("real", 1, TimeSpan.FromMilliseconds(300));

        var lease = await store.TryAcquireAsync([rule], TimeSpan.FromMinutes(1));
        await store.CompleteAsync(lease.Lease!);
        var refused = await store.TryAcquireAsync([rule], TimeSpan.FromMinutes(1));
        var granted = await RateLimitPolling.UntilGrantedAsync(store, rule);

        Assert.False(refused.Acquired);
        Assert.InRange(refused.RetryAfter, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(301));
        Assert.True(granted.Acquired);
    }
}
