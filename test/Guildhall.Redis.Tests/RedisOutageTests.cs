using System.Collections.Concurrent;
using Guildhall.Core.RateLimiting;
using Guildhall.Testing;
using StackExchange.Redis;

namespace Guildhall.Redis.Tests;

/// <summary>
/// A redis-server of the test's own, stopped and started again while the limiter is in use: the chosen policy holds
/// during the outage, and the same connection finds Redis again afterwards.
/// </summary>
public sealed class RedisOutageTests : IAsyncLifetime
{
    private readonly string _partition = Guid.NewGuid().ToString("N")[..8];
    private RestartableRedis _redis = null!;

    public async Task InitializeAsync() => _redis = await RestartableRedis.StartAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task Local_fallback_grants_only_the_local_share_during_the_outage_and_returns_to_redis_after_it()
    {
        var store = new GuardedRedisRateLimitStore(Shared(), new RedisOutageOptions { Policy = RedisOutagePolicy.LocalFallback, LocalShare = 0.2 });
        var rule = Rule("phases", 50);
        using var outageCalls = new OutageCallCounter();
        await using var load = Load.Start(store, Rule("load", 1000));

        await AcquireAndCompleteAsync(store, rule, 5);
        await StopRedisAsync();
        var duringOutage = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => store.TryAcquireAsync([rule], TimeSpan.FromSeconds(30)).AsTask()));
        foreach (var granted in duringOutage.Where(decision => decision.Acquired))
        {
            await store.CompleteAsync(granted.Lease!);
        }

        var unreachable = store.IsRedisUnreachable;
        StartRedis();
        await Poll.UntilAsync(() => Reachable(store, rule), "the connection to find the restarted redis-server");
        await AcquireAndCompleteAsync(store, rule, 1);
        var failures = await load.StopAsync();

        Assert.True(unreachable);
        Assert.Equal(10, duringOutage.Count(decision => decision.Acquired));
        Assert.All(duringOutage.Where(decision => !decision.Acquired), decision => Assert.True(decision.RetryAfter > TimeSpan.Zero));
        Assert.True(outageCalls.Of("rate_limits") >= 30, $"Only {outageCalls.Of("rate_limits")} calls were counted during the outage.");
        Assert.Empty(failures);
        // Back on the shared budget of the restarted (empty) server: the slot taken after the restart is counted there.
        Assert.Equal(49, (await Shared().GetSnapshotAsync(rule)).Remaining);
    }

    [Fact]
    public async Task Fail_closed_waits_then_refuses_with_a_typed_error_and_a_wait_that_outlasts_the_outage_is_granted()
    {
        var impatient = new GuardedRedisRateLimitStore(Shared(), new RedisOutageOptions { FailClosedWait = TimeSpan.FromMilliseconds(300), RetryInterval = TimeSpan.FromMilliseconds(50) });
        var patient = new GuardedRedisRateLimitStore(Shared(), new RedisOutageOptions { FailClosedWait = TimeSpan.FromMinutes(1), RetryInterval = TimeSpan.FromMilliseconds(50) });
        var rule = Rule("closed", 50);
        await AcquireAndCompleteAsync(impatient, rule, 1);

        await StopRedisAsync();
        var refused = await Assert.ThrowsAsync<SharedStateUnavailableException>(async () => await impatient.TryAcquireAsync([rule], TimeSpan.FromSeconds(30)));
        var waiting = patient.TryAcquireAsync([rule], TimeSpan.FromSeconds(30)).AsTask();
        await Poll.UntilAsync(() => patient.IsRedisUnreachable, "the patient call to find Redis down");
        StartRedis();
        var granted = await waiting.WaitAsync(Poll.DefaultBound);

        Assert.Equal("rate_limits", refused.Part);
        Assert.True(refused.InnerException is RedisConnectionException or RedisTimeoutException, refused.InnerException?.GetType().Name);
        Assert.True(granted.Acquired);
        Assert.False(patient.IsRedisUnreachable);
        Assert.Equal(49, (await Shared().GetSnapshotAsync(rule)).Remaining);
    }

    private RedisRateLimitStore Shared() => new(_redis.Connection, new RedisRateLimitStoreOptions { KeyPrefix = "test:" });

    private RateLimitRule Rule(string name, int limit) => new(RateLimitPartition.BucketKey("outage", _partition, name), limit, TimeSpan.FromMinutes(10));

    private static async Task AcquireAndCompleteAsync(IRateLimitStore store, RateLimitRule rule, int times)
    {
        for (var i = 0; i < times; i++)
        {
            var decision = await store.TryAcquireAsync([rule], TimeSpan.FromSeconds(30));
            Assert.True(decision.Acquired);
            await store.CompleteAsync(decision.Lease);
        }
    }

    private static bool Reachable(GuardedRedisRateLimitStore store, RateLimitRule rule)
    {
        // Each probe is a real call through the store, which tries Redis first.
        _ = store.GetSnapshotAsync(rule).AsTask().GetAwaiter().GetResult();
        return !store.IsRedisUnreachable;
    }

    private Task StopRedisAsync() => _redis.StopAsync();

    private void StartRedis() => _redis.Start();

    /// <summary>Four callers taking and completing slots until stopped, keeping whatever threw.</summary>
    private sealed class Load : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly ConcurrentQueue<Exception> _failures = new();
        private Task _running = Task.CompletedTask;

        public static Load Start(IRateLimitStore store, RateLimitRule rule)
        {
            var load = new Load();
            load._running = Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => load.RunAsync(store, rule))));
            return load;
        }

        public async Task<IReadOnlyCollection<Exception>> StopAsync()
        {
            await _stop.CancelAsync();
            await _running.WaitAsync(Poll.DefaultBound);
            return _failures;
        }

        public async ValueTask DisposeAsync()
        {
            await StopAsync();
            _stop.Dispose();
        }

        private async Task RunAsync(IRateLimitStore store, RateLimitRule rule)
        {
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    var decision = await store.TryAcquireAsync([rule], TimeSpan.FromSeconds(30));
                    if (decision.Acquired)
                    {
                        await store.CompleteAsync(decision.Lease);
                    }

                    await Task.Delay(5);
                }
                catch (Exception exception)
                {
                    _failures.Enqueue(exception);
                }
            }
        }
    }
}
