using Guildhall.Core.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace Guildhall.Testing;

/// <summary>
/// The behaviour every <see cref="IRateLimitStore"/> must have. Each implementation (in memory, SQLite, Redis, Redis
/// Cluster) derives from this class and only says how to create a store that reads the given clock. A slot counts from
/// its acquire until one window after its completion; a slot never completed counts until its in-flight bound plus a
/// window.
/// </summary>
public abstract class RateLimitStoreContract
{
    protected static readonly DateTimeOffset Start = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A bound longer than any test runs, for slots whose expiry is not the point.</summary>
    protected static readonly TimeSpan LongFlight = TimeSpan.FromHours(6);

    /// <summary>What every store adds to a window when a slot frees: <see cref="RateLimitRule.ClockGranularity"/>.</summary>
    protected static readonly TimeSpan Tick = RateLimitRule.ClockGranularity;

    protected FakeTimeProvider Time { get; } = new(Start);

    /// <summary>
    /// A prefix unique to one test, so shared backends do not see other tests' buckets. Its braces make it the hash tag
    /// of every key of the test, as <see cref="RateLimitPartition.BucketKey"/> does for a credential.
    /// </summary>
    protected string Prefix { get; } = "contract:{" + Guid.NewGuid().ToString("N")[..8] + "}:";

    /// <summary>Whether two instances created by <see cref="CreateStore"/> see the same buckets (true for Redis and SQLite).</summary>
    protected abstract bool SharesStateAcrossInstances { get; }

    protected abstract IRateLimitStore CreateStore(TimeProvider time);

    protected RateLimitRule Rule(string name, int limit, TimeSpan window) => new(Prefix + name, limit, window);

    /// <summary>One request that is answered at once: acquire, then complete.</summary>
    protected static async Task<bool> RequestAsync(IRateLimitStore store, params RateLimitRule[] rules)
    {
        var decision = await store.TryAcquireAsync(rules, LongFlight);
        if (decision.Acquired)
        {
            await store.CompleteAsync(decision.Lease);
        }

        return decision.Acquired;
    }

    [Fact]
    public async Task Grants_up_to_the_limit_then_refuses_until_the_oldest_slot_leaves_the_window()
    {
        var store = CreateStore(Time);
        var rule = Rule("a", 3, TimeSpan.FromSeconds(10));

        for (var i = 0; i < 3; i++)
        {
            Assert.True(await RequestAsync(store, rule));
            Time.Advance(TimeSpan.FromSeconds(1));
        }

        var refused = await store.TryAcquireAsync([rule], LongFlight);
        Assert.False(refused.Acquired);
        Assert.Null(refused.Lease);
        Assert.Equal(TimeSpan.FromSeconds(7) + Tick, refused.RetryAfter);

        Time.Advance(TimeSpan.FromSeconds(7));
        Assert.False((await store.TryAcquireAsync([rule], LongFlight)).Acquired);
        Time.Advance(Tick);
        Assert.True(await RequestAsync(store, rule));
    }

    [Fact]
    public async Task The_window_slides_so_no_burst_at_an_edge_exceeds_the_limit()
    {
        var store = CreateStore(Time);
        var rule = Rule("b", 2, TimeSpan.FromSeconds(1));

        Time.Advance(TimeSpan.FromMilliseconds(900));
        Assert.True(await RequestAsync(store, rule));
        Assert.True(await RequestAsync(store, rule));
        Time.Advance(TimeSpan.FromMilliseconds(200));

        Assert.False((await store.TryAcquireAsync([rule], LongFlight)).Acquired);
    }

    [Fact]
    public async Task A_slot_in_flight_holds_its_place_however_long_the_request_takes()
    {
        var store = CreateStore(Time);
        var rule = Rule("flight", 1, TimeSpan.FromSeconds(1));

        var held = await store.TryAcquireAsync([rule], LongFlight);
        Time.Advance(TimeSpan.FromMinutes(10));
        var refused = await store.TryAcquireAsync([rule], LongFlight);

        Assert.True(held.Acquired);
        Assert.False(refused.Acquired);
        // The request may complete any moment: asking again after one window is the soonest that can succeed.
        Assert.Equal(TimeSpan.FromSeconds(1) + Tick, refused.RetryAfter);
        Assert.Equal(0, (await store.GetSnapshotAsync(rule)).Remaining);
    }

    [Fact]
    public async Task The_window_starts_when_the_answer_arrives_not_when_the_slot_was_taken()
    {
        var store = CreateStore(Time);
        var rule = Rule("answer", 1, TimeSpan.FromSeconds(10));

        var slow = await store.TryAcquireAsync([rule], LongFlight);
        Time.Advance(TimeSpan.FromSeconds(4));
        await store.CompleteAsync(slow.Lease!);
        Time.Advance(TimeSpan.FromSeconds(9));
        var stillCounted = await store.TryAcquireAsync([rule], LongFlight);
        Time.Advance(TimeSpan.FromSeconds(1) + Tick);
        var afterTheWindow = await store.TryAcquireAsync([rule], LongFlight);

        Assert.False(stillCounted.Acquired);
        Assert.Equal(TimeSpan.FromSeconds(1) + Tick, stillCounted.RetryAfter);
        Assert.True(afterTheWindow.Acquired);
    }

    [Fact]
    public async Task A_slot_never_completed_frees_a_window_after_its_in_flight_bound()
    {
        var store = CreateStore(Time);
        var rule = Rule("abandoned", 1, TimeSpan.FromSeconds(10));

        Assert.True((await store.TryAcquireAsync([rule], TimeSpan.FromSeconds(30))).Acquired);
        Time.Advance(TimeSpan.FromSeconds(35));
        var beforeTheBound = await store.TryAcquireAsync([rule], LongFlight);
        Time.Advance(TimeSpan.FromSeconds(5) + Tick);
        var afterTheBound = await store.TryAcquireAsync([rule], LongFlight);

        Assert.False(beforeTheBound.Acquired);
        Assert.Equal(TimeSpan.FromSeconds(5) + Tick, beforeTheBound.RetryAfter);
        Assert.True(afterTheBound.Acquired);
    }

    [Fact]
    public async Task A_completion_that_comes_after_the_bound_counts_again_for_a_window()
    {
        var store = CreateStore(Time);
        var rule = Rule("late", 1, TimeSpan.FromSeconds(10));

        var late = await store.TryAcquireAsync([rule], TimeSpan.FromSeconds(5));
        Time.Advance(TimeSpan.FromSeconds(20));
        await store.CompleteAsync(late.Lease!);
        var refused = await store.TryAcquireAsync([rule], LongFlight);

        Assert.False(refused.Acquired);
        Assert.Equal(TimeSpan.FromSeconds(10) + Tick, refused.RetryAfter);
    }

    [Fact]
    public async Task Several_buckets_are_taken_all_or_nothing()
    {
        var store = CreateStore(Time);
        var wide = Rule("wide", 10, TimeSpan.FromSeconds(1));
        var narrow = Rule("narrow", 1, TimeSpan.FromMinutes(1));

        Assert.True(await RequestAsync(store, wide, narrow));
        var refused = await store.TryAcquireAsync([wide, narrow], LongFlight);

        Assert.False(refused.Acquired);
        Assert.Equal(TimeSpan.FromMinutes(1) + Tick, refused.RetryAfter);
        Assert.Equal(9, (await store.GetSnapshotAsync(wide)).Remaining);
    }

    [Fact]
    public async Task Completion_starts_the_last_window_of_every_bucket_of_the_lease()
    {
        var store = CreateStore(Time);
        var second = Rule("second", 1, TimeSpan.FromSeconds(1));
        var minute = Rule("minute", 2, TimeSpan.FromMinutes(1));

        var lease = await store.TryAcquireAsync([second, minute], LongFlight);
        Time.Advance(TimeSpan.FromSeconds(30));
        await store.CompleteAsync(lease.Lease!);
        Time.Advance(TimeSpan.FromSeconds(1) + Tick);
        var next = await store.TryAcquireAsync([second, minute], LongFlight);
        await store.CompleteAsync(next.Lease!);
        Time.Advance(TimeSpan.FromSeconds(1) + Tick);
        var third = await store.TryAcquireAsync([second, minute], LongFlight);

        Assert.True(next.Acquired);
        Assert.False(third.Acquired);
        Assert.Equal(TimeSpan.FromSeconds(58) - Tick, third.RetryAfter);
    }

    [Fact]
    public async Task A_block_refuses_every_acquire_until_it_ends_and_reports_its_end()
    {
        var store = CreateStore(Time);
        var rule = Rule("c", 100, TimeSpan.FromSeconds(1));
        var until = Start + TimeSpan.FromHours(1);

        await store.BlockAsync(rule.Key, until);
        var refused = await store.TryAcquireAsync([rule], LongFlight);
        var snapshot = await store.GetSnapshotAsync(rule);

        Assert.False(refused.Acquired);
        Assert.Equal(until, refused.BlockedUntil);
        Assert.Equal(TimeSpan.FromHours(1), refused.RetryAfter);
        Assert.Equal((0, until, until), (snapshot.Remaining, snapshot.BlockedUntil, snapshot.NextSlotAt));

        Time.Advance(TimeSpan.FromHours(1));
        Assert.True(await RequestAsync(store, rule));
    }

    [Fact]
    public async Task A_block_of_one_bucket_refuses_a_request_that_takes_it_with_others()
    {
        var store = CreateStore(Time);
        var global = Rule("global", 100, TimeSpan.FromSeconds(1));
        var bots = Rule("bots", 60, TimeSpan.FromMinutes(1));

        await store.BlockAsync(bots.Key, Start + TimeSpan.FromMinutes(5));
        var refused = await store.TryAcquireAsync([global, bots], LongFlight);

        Assert.False(refused.Acquired);
        Assert.Equal(Start + TimeSpan.FromMinutes(5), refused.BlockedUntil);
        Assert.Equal(100, (await store.GetSnapshotAsync(global)).Remaining);
        Assert.True(await RequestAsync(store, global));
    }

    [Fact]
    public async Task A_shorter_block_does_not_shorten_a_longer_one()
    {
        var store = CreateStore(Time);
        var rule = Rule("d", 5, TimeSpan.FromSeconds(1));

        await store.BlockAsync(rule.Key, Start + TimeSpan.FromMinutes(10));
        await store.BlockAsync(rule.Key, Start + TimeSpan.FromMinutes(1));

        Time.Advance(TimeSpan.FromMinutes(2));
        Assert.False((await store.TryAcquireAsync([rule], LongFlight)).Acquired);
    }

    [Fact]
    public async Task The_server_word_limits_the_bucket_until_its_reset()
    {
        var store = CreateStore(Time);
        var rule = Rule("e", 60, TimeSpan.FromMinutes(1));

        var first = await store.TryAcquireAsync([rule], LongFlight);
        await store.CompleteAsync(first.Lease!, new RateLimitServerState(60, 2, Start + TimeSpan.FromSeconds(20)));
        Assert.True(await RequestAsync(store, rule));
        Assert.True(await RequestAsync(store, rule));
        var refused = await store.TryAcquireAsync([rule], LongFlight);

        Assert.False(refused.Acquired);
        Assert.Equal(TimeSpan.FromSeconds(20), refused.RetryAfter);
        Assert.Equal(0, (await store.GetSnapshotAsync(rule)).Remaining);
        Time.Advance(TimeSpan.FromSeconds(20));
        Assert.True(await RequestAsync(store, rule));
    }

    [Fact]
    public async Task The_server_word_does_not_count_the_requests_still_in_flight()
    {
        var store = CreateStore(Time);
        var rule = Rule("in-flight", 60, TimeSpan.FromMinutes(1));
        var reset = Start + TimeSpan.FromSeconds(30);

        var answered = await store.TryAcquireAsync([rule], LongFlight);
        var stillInFlight = await store.TryAcquireAsync([rule], LongFlight);
        var answeredEarlier = await store.TryAcquireAsync([rule], LongFlight);
        await store.CompleteAsync(answeredEarlier.Lease!);
        await store.CompleteAsync(answered.Lease!, new RateLimitServerState(60, 3, reset));

        // The server had three left when it counted the answered request; the one still in flight may reach it after.
        Assert.Equal(2, (await store.GetSnapshotAsync(rule)).Remaining);
        Assert.True(await RequestAsync(store, rule));
        Assert.True(await RequestAsync(store, rule));
        Assert.False((await store.TryAcquireAsync([rule], LongFlight)).Acquired);
        Assert.True(stillInFlight.Acquired);
    }

    [Fact]
    public async Task An_older_answer_of_the_same_window_gives_back_the_request_it_proves_was_counted()
    {
        var store = CreateStore(Time);
        var rule = Rule("out-of-order", 100, TimeSpan.FromMinutes(1));
        var reset = Start + TimeSpan.FromSeconds(30);

        var countedFirst = await store.TryAcquireAsync([rule], LongFlight);
        var countedSecond = await store.TryAcquireAsync([rule], LongFlight);
        await store.CompleteAsync(countedSecond.Lease!, new RateLimitServerState(60, 40, reset));
        var whileTheFirstWasInFlight = (await store.GetSnapshotAsync(rule)).Remaining;
        await store.CompleteAsync(countedFirst.Lease!, new RateLimitServerState(60, 41, reset));

        // 40 was the server's freshest count; the first request's answer (41) shows it was already in that count.
        Assert.Equal(39, whileTheFirstWasInFlight);
        Assert.Equal(40, (await store.GetSnapshotAsync(rule)).Remaining);
    }

    [Fact]
    public async Task A_refusal_says_whether_it_rests_only_on_the_server_word()
    {
        var store = CreateStore(Time);
        var counted = Rule("word-only", 60, TimeSpan.FromMinutes(1));
        var full = Rule("window-full", 1, TimeSpan.FromMinutes(1));
        var blocked = Rule("blocked", 60, TimeSpan.FromMinutes(1));
        var reset = Start + TimeSpan.FromSeconds(30);

        // The server says one is left, and the request still in flight may be the one it meant.
        var countedFirst = await store.TryAcquireAsync([counted], LongFlight);
        var answered = await store.TryAcquireAsync([counted], LongFlight);
        await store.CompleteAsync(answered.Lease!, new RateLimitServerState(60, 1, reset));
        Assert.True(await RequestAsync(store, full));
        await store.BlockAsync(blocked.Key, reset);

        var byWord = await store.TryAcquireAsync([counted], LongFlight);
        var byWindow = await store.TryAcquireAsync([counted, full], LongFlight);
        var byBlock = await store.TryAcquireAsync([blocked, counted], LongFlight);
        await store.CompleteAsync(countedFirst.Lease!, new RateLimitServerState(60, 2, reset));
        var afterTheOlderAnswer = await store.TryAcquireAsync([counted], LongFlight);

        Assert.Equal((false, true, TimeSpan.FromSeconds(30)), (byWord.Acquired, byWord.RestsOnServerCount, byWord.RetryAfter));
        Assert.Equal((false, false), (byWindow.Acquired, byWindow.RestsOnServerCount));
        Assert.Equal((false, false), (byBlock.Acquired, byBlock.RestsOnServerCount));
        Assert.True(afterTheOlderAnswer.Acquired);
    }

    [Fact]
    public async Task A_later_window_replaces_the_count_and_a_stale_answer_never_raises_it()
    {
        var store = CreateStore(Time);
        var rule = Rule("windows", 60, TimeSpan.FromMinutes(1));
        var reset = Start + TimeSpan.FromSeconds(30);

        var first = await store.TryAcquireAsync([rule], LongFlight);
        await store.CompleteAsync(first.Lease!, new RateLimitServerState(60, 0, reset));
        var refused = await store.TryAcquireAsync([rule], LongFlight);

        Time.Advance(TimeSpan.FromSeconds(30));
        var third = await store.TryAcquireAsync([rule], LongFlight);
        await store.CompleteAsync(third.Lease!, new RateLimitServerState(60, 5, reset + TimeSpan.FromMinutes(1)));
        Time.Advance(TimeSpan.FromMilliseconds(10));
        var fourth = await store.TryAcquireAsync([rule], LongFlight);
        await store.CompleteAsync(fourth.Lease!, new RateLimitServerState(60, 50, reset + TimeSpan.FromMinutes(1)));

        Assert.False(refused.Acquired);
        Assert.Equal(TimeSpan.FromSeconds(30), refused.RetryAfter);
        Assert.True(third.Acquired);
        Assert.Equal(4, (await store.GetSnapshotAsync(rule)).Remaining);
    }

    [Fact]
    public async Task A_server_word_whose_reset_has_passed_is_ignored()
    {
        var store = CreateStore(Time);
        var rule = Rule("stale", 5, TimeSpan.FromSeconds(1));

        var first = await store.TryAcquireAsync([rule], LongFlight);
        await store.CompleteAsync(first.Lease!, new RateLimitServerState(5, 0, Start - TimeSpan.FromSeconds(1)));

        Assert.True(await RequestAsync(store, rule));
        Assert.Equal(3, (await store.GetSnapshotAsync(rule)).Remaining);
    }

    [Fact]
    public async Task Snapshot_reads_without_taking_a_slot()
    {
        var store = CreateStore(Time);
        var rule = Rule("f", 2, TimeSpan.FromSeconds(10));

        await RequestAsync(store, rule);
        var first = await store.GetSnapshotAsync(rule);
        var second = await store.GetSnapshotAsync(rule);

        Assert.Equal(1, first.Remaining);
        Assert.Equal(first, second);
        Assert.Null(first.NextSlotAt);
        Assert.Null(first.BlockedUntil);
        await RequestAsync(store, rule);
        Assert.Equal(Start + TimeSpan.FromSeconds(10) + Tick, (await store.GetSnapshotAsync(rule)).NextSlotAt);
    }

    [Fact]
    public async Task Bad_arguments_are_refused_with_a_clear_error()
    {
        var store = CreateStore(Time);
        var rule = Rule("args", 2, TimeSpan.FromSeconds(10));

        await Assert.ThrowsAsync<ArgumentException>(async () => await store.TryAcquireAsync([], LongFlight));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await store.TryAcquireAsync([rule], TimeSpan.Zero));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await store.TryAcquireAsync([rule with { Limit = 0 }], LongFlight));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await store.CompleteAsync(null!));
        Assert.Equal(2, (await store.GetSnapshotAsync(rule)).Remaining);
    }

    [Fact]
    public async Task A_request_that_costs_several_slots_takes_them_together_and_frees_them_together()
    {
        var store = CreateStore(Time);
        var rule = Rule("cost", 5, TimeSpan.FromSeconds(10));

        Assert.True(await RequestAsync(store, rule with { Cost = 3 }));
        var tooCostly = await store.TryAcquireAsync([rule with { Cost = 3 }], LongFlight);
        var snapshot = await store.GetSnapshotAsync(rule);
        Assert.True(await RequestAsync(store, rule with { Cost = 2 }));
        var full = await store.TryAcquireAsync([rule], LongFlight);
        Time.Advance(TimeSpan.FromSeconds(10) + Tick);
        var afterTheWindow = await store.TryAcquireAsync([rule with { Cost = 5 }], LongFlight);

        Assert.False(tooCostly.Acquired);
        Assert.Equal(TimeSpan.FromSeconds(10) + Tick, tooCostly.RetryAfter);
        Assert.Equal(2, snapshot.Remaining);
        Assert.False(full.Acquired);
        Assert.True(afterTheWindow.Acquired);
        Assert.Equal(0, (await store.GetSnapshotAsync(rule)).Remaining);
    }

    [Fact]
    public async Task A_costly_slot_completed_after_its_bound_counts_its_whole_cost_again()
    {
        var store = CreateStore(Time);
        var rule = Rule("cost-late", 4, TimeSpan.FromSeconds(10)) with { Cost = 3 };

        var late = await store.TryAcquireAsync([rule], TimeSpan.FromSeconds(5));
        Time.Advance(TimeSpan.FromSeconds(16));
        var forgotten = (await store.GetSnapshotAsync(rule)).Remaining;
        await store.CompleteAsync(late.Lease!);

        Assert.Equal(4, forgotten);
        Assert.Equal(1, (await store.GetSnapshotAsync(rule)).Remaining);
        Assert.False((await store.TryAcquireAsync([rule], LongFlight)).Acquired);
    }

    [Fact]
    public async Task A_cost_the_bucket_can_never_hold_fails_at_once_and_takes_nothing()
    {
        var store = CreateStore(Time);
        var rule = Rule("too-costly", 3, TimeSpan.FromSeconds(10));

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await store.TryAcquireAsync([rule with { Cost = 4 }], LongFlight));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await store.TryAcquireAsync([rule with { Cost = 0 }], LongFlight));

        Assert.Equal("Cost", error.ParamName);
        Assert.Contains(rule.Key, error.Message, StringComparison.Ordinal);
        Assert.Equal(3, (await store.GetSnapshotAsync(rule)).Remaining);
    }

    [Fact]
    public async Task The_server_word_is_spent_by_cost_and_counts_costly_requests_in_flight_by_cost()
    {
        var store = CreateStore(Time);
        var rule = Rule("cost-server", 60, TimeSpan.FromMinutes(1));
        var reset = Start + TimeSpan.FromSeconds(30);

        var answered = await store.TryAcquireAsync([rule], LongFlight);
        var stillInFlight = await store.TryAcquireAsync([rule with { Cost = 3 }], LongFlight);
        await store.CompleteAsync(answered.Lease!, new RateLimitServerState(60, 10, reset));
        var afterTheAnswer = (await store.GetSnapshotAsync(rule)).Remaining;
        Assert.True(await RequestAsync(store, rule with { Cost = 4 }));
        var refused = await store.TryAcquireAsync([rule with { Cost = 4 }], LongFlight);

        // The server had ten left; the request in flight may still cost it three, and the next one took four.
        Assert.True(stillInFlight.Acquired);
        Assert.Equal(7, afterTheAnswer);
        Assert.Equal(3, (await store.GetSnapshotAsync(rule)).Remaining);
        Assert.False(refused.Acquired);
        Assert.Equal(TimeSpan.FromSeconds(30), refused.RetryAfter);
        Assert.True(await RequestAsync(store, rule with { Cost = 3 }));
    }

    [Fact]
    public async Task An_older_answer_of_a_costly_request_gives_back_its_whole_cost()
    {
        var store = CreateStore(Time);
        var rule = Rule("cost-out-of-order", 100, TimeSpan.FromMinutes(1));
        var reset = Start + TimeSpan.FromSeconds(30);

        var countedFirst = await store.TryAcquireAsync([rule with { Cost = 5 }], LongFlight);
        var countedSecond = await store.TryAcquireAsync([rule], LongFlight);
        await store.CompleteAsync(countedSecond.Lease!, new RateLimitServerState(60, 40, reset));
        var whileTheFirstWasInFlight = (await store.GetSnapshotAsync(rule)).Remaining;
        await store.CompleteAsync(countedFirst.Lease!, new RateLimitServerState(60, 41, reset));

        Assert.Equal(35, whileTheFirstWasInFlight);
        Assert.Equal(40, (await store.GetSnapshotAsync(rule)).Remaining);
    }

    [Fact]
    public async Task Concurrent_costly_acquires_never_take_more_than_the_limit()
    {
        var store = CreateStore(Time);
        var rule = Rule("cost-race", 50, TimeSpan.FromMinutes(1));

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
            await store.TryAcquireAsync([rule with { Cost = i % 2 == 0 ? 3 : 7 }], LongFlight))));
        var taken = results.Where(result => result.Acquired).Sum(result => result.Lease!.Rules[0].Cost);

        Assert.InRange(taken, 44, 50);
        Assert.Equal(50 - taken, (await store.GetSnapshotAsync(rule)).Remaining);
    }

    [Fact]
    public async Task Concurrent_acquires_never_grant_more_than_the_limit()
    {
        var store = CreateStore(Time);
        var rule = Rule("g", 50, TimeSpan.FromMinutes(1));

        var results = await Task.WhenAll(Enumerable.Range(0, 300).Select(_ => Task.Run(async () => await store.TryAcquireAsync([rule], LongFlight))));

        Assert.Equal(50, results.Count(result => result.Acquired));
        Assert.Equal(50, results.Where(result => result.Acquired).Select(result => result.Lease!.Id).Distinct().Count());
    }

    [Fact]
    public async Task Many_callers_completing_while_others_acquire_never_hold_more_than_the_limit()
    {
        var store = CreateStore(Time);
        var rule = Rule("callers", 20, TimeSpan.FromSeconds(1));
        var granted = 0;

        // Sixteen callers, each trying 25 times; a granted slot is held a moment, then completed. Time stands still, so
        // every completed slot keeps counting: exactly the limit can be granted in all.
        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            for (var attempt = 0; attempt < 25; attempt++)
            {
                var decision = await store.TryAcquireAsync([rule], LongFlight);
                if (!decision.Acquired)
                {
                    continue;
                }

                Interlocked.Increment(ref granted);
                await Task.Yield();
                await store.CompleteAsync(decision.Lease);
            }
        })));

        Assert.Equal(20, granted);
        Assert.Equal(0, (await store.GetSnapshotAsync(rule)).Remaining);
    }

    [Fact]
    public async Task Two_store_instances_on_the_same_backend_share_buckets_when_the_backend_is_shared()
    {
        var first = CreateStore(Time);
        var second = CreateStore(Time);
        var rule = Rule("h", 1, TimeSpan.FromMinutes(1));

        var lease = await first.TryAcquireAsync([rule], LongFlight);
        var other = await second.TryAcquireAsync([rule], LongFlight);

        Assert.True(lease.Acquired);
        Assert.Equal(SharesStateAcrossInstances, !other.Acquired);
    }
}
