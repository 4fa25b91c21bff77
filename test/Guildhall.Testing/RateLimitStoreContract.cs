using Guildhall.Core.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace Guildhall.Testing;

/// <summary>
/// The behaviour every <see cref="IRateLimitStore"/> must have. Each implementation (in memory, Redis) derives from this
/// class and only says how to create a store on a given clock and with a given key prefix.
/// </summary>
public abstract class RateLimitStoreContract
{
    protected static readonly DateTimeOffset Start = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    protected FakeTimeProvider Time { get; } = new(Start);

    /// <summary>A prefix unique to one test, so shared backends do not see other tests' buckets.</summary>
    protected string Prefix { get; } = "contract:" + Guid.NewGuid().ToString("N")[..8] + ":";

    protected abstract IRateLimitStore CreateStore(TimeProvider time);

    private RateLimitRule Rule(string name, int limit, TimeSpan window) => new(Prefix + name, limit, window);

    [Fact]
    public async Task Grants_up_to_the_limit_then_refuses_until_the_oldest_slot_leaves_the_window()
    {
        var store = CreateStore(Time);
        var rule = Rule("a", 3, TimeSpan.FromSeconds(10));

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await store.TryAcquireAsync([rule])).Acquired);
            Time.Advance(TimeSpan.FromSeconds(1));
        }

        var refused = await store.TryAcquireAsync([rule]);
        Assert.False(refused.Acquired);
        Assert.Equal(TimeSpan.FromSeconds(7), refused.RetryAfter);

        Time.Advance(TimeSpan.FromSeconds(7));
        Assert.True((await store.TryAcquireAsync([rule])).Acquired);
    }

    [Fact]
    public async Task The_window_slides_so_no_burst_at_an_edge_exceeds_the_limit()
    {
        var store = CreateStore(Time);
        var rule = Rule("b", 2, TimeSpan.FromSeconds(1));

        Time.Advance(TimeSpan.FromMilliseconds(900));
        Assert.True((await store.TryAcquireAsync([rule])).Acquired);
        Assert.True((await store.TryAcquireAsync([rule])).Acquired);
        Time.Advance(TimeSpan.FromMilliseconds(200));

        Assert.False((await store.TryAcquireAsync([rule])).Acquired);
    }

    [Fact]
    public async Task Several_buckets_are_taken_all_or_nothing()
    {
        var store = CreateStore(Time);
        var wide = Rule("wide", 10, TimeSpan.FromSeconds(1));
        var narrow = Rule("narrow", 1, TimeSpan.FromMinutes(1));

        Assert.True((await store.TryAcquireAsync([wide, narrow])).Acquired);
        var refused = await store.TryAcquireAsync([wide, narrow]);

        Assert.False(refused.Acquired);
        Assert.Equal(TimeSpan.FromMinutes(1), refused.RetryAfter);
        Assert.Equal(9, (await store.GetSnapshotAsync(wide)).Remaining);
    }

    [Fact]
    public async Task A_block_refuses_every_acquire_until_it_ends_and_reports_its_end()
    {
        var store = CreateStore(Time);
        var rule = Rule("c", 100, TimeSpan.FromSeconds(1));
        var until = Start + TimeSpan.FromHours(1);

        await store.BlockAsync(rule.Key, until);
        var refused = await store.TryAcquireAsync([rule]);

        Assert.False(refused.Acquired);
        Assert.Equal(until, refused.BlockedUntil);
        Assert.Equal(TimeSpan.FromHours(1), refused.RetryAfter);

        Time.Advance(TimeSpan.FromHours(1));
        Assert.True((await store.TryAcquireAsync([rule])).Acquired);
    }

    [Fact]
    public async Task A_shorter_block_does_not_shorten_a_longer_one()
    {
        var store = CreateStore(Time);
        var rule = Rule("d", 5, TimeSpan.FromSeconds(1));

        await store.BlockAsync(rule.Key, Start + TimeSpan.FromMinutes(10));
        await store.BlockAsync(rule.Key, Start + TimeSpan.FromMinutes(1));

        Time.Advance(TimeSpan.FromMinutes(2));
        Assert.False((await store.TryAcquireAsync([rule])).Acquired);
    }

    [Fact]
    public async Task The_server_word_limits_the_bucket_until_its_reset()
    {
        var store = CreateStore(Time);
        var rule = Rule("e", 60, TimeSpan.FromMinutes(1));

        await store.UpdateFromServerAsync(rule.Key, new RateLimitServerState(60, 2, Start + TimeSpan.FromSeconds(20)));
        Assert.True((await store.TryAcquireAsync([rule])).Acquired);
        Assert.True((await store.TryAcquireAsync([rule])).Acquired);
        var refused = await store.TryAcquireAsync([rule]);

        Assert.False(refused.Acquired);
        Assert.Equal(TimeSpan.FromSeconds(20), refused.RetryAfter);
        Time.Advance(TimeSpan.FromSeconds(20));
        Assert.True((await store.TryAcquireAsync([rule])).Acquired);
    }

    [Fact]
    public async Task A_late_response_for_the_same_server_window_does_not_raise_the_count()
    {
        var store = CreateStore(Time);
        var rule = Rule("late", 60, TimeSpan.FromMinutes(1));
        var reset = Start + TimeSpan.FromSeconds(30);

        await store.UpdateFromServerAsync(rule.Key, new RateLimitServerState(60, 0, reset));
        await store.UpdateFromServerAsync(rule.Key, new RateLimitServerState(60, 5, reset));

        Assert.False((await store.TryAcquireAsync([rule])).Acquired);
        await store.UpdateFromServerAsync(rule.Key, new RateLimitServerState(60, 5, reset + TimeSpan.FromMinutes(1)));
        Time.Advance(TimeSpan.FromSeconds(30));
        Assert.True((await store.TryAcquireAsync([rule])).Acquired);
    }

    [Fact]
    public async Task Snapshot_reads_without_taking_a_slot()
    {
        var store = CreateStore(Time);
        var rule = Rule("f", 2, TimeSpan.FromSeconds(10));

        await store.TryAcquireAsync([rule]);
        var first = await store.GetSnapshotAsync(rule);
        var second = await store.GetSnapshotAsync(rule);

        Assert.Equal(1, first.Remaining);
        Assert.Equal(first, second);
        Assert.Null(first.NextSlotAt);
        await store.TryAcquireAsync([rule]);
        Assert.Equal(Start + TimeSpan.FromSeconds(10), (await store.GetSnapshotAsync(rule)).NextSlotAt);
    }

    [Fact]
    public async Task Concurrent_acquires_never_grant_more_than_the_limit()
    {
        var store = CreateStore(Time);
        var rule = Rule("g", 50, TimeSpan.FromMinutes(1));

        var results = await Task.WhenAll(Enumerable.Range(0, 500).Select(_ => Task.Run(async () => await store.TryAcquireAsync([rule]))));

        Assert.Equal(50, results.Count(result => result.Acquired));
    }

    [Fact]
    public async Task Two_store_instances_on_the_same_backend_share_buckets_when_the_backend_is_shared()
    {
        var first = CreateStore(Time);
        var second = CreateStore(Time);
        var rule = Rule("h", 1, TimeSpan.FromMinutes(1));

        Assert.True((await first.TryAcquireAsync([rule])).Acquired);

        Assert.Equal(SharesStateAcrossInstances, !(await second.TryAcquireAsync([rule])).Acquired);
    }

    /// <summary>Whether two instances created by <see cref="CreateStore"/> see the same buckets (true for Redis).</summary>
    protected abstract bool SharesStateAcrossInstances { get; }
}
