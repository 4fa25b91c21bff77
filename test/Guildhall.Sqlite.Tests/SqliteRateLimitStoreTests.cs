using System.Text.Json;
using Guildhall.Core.RateLimiting;
using Guildhall.Testing;

namespace Guildhall.Sqlite.Tests;

/// <summary>The store contract on a SQLite file, plus what only a file store must do: survive its process, share with others.</summary>
public sealed class SqliteRateLimitStoreTests : RateLimitStoreContract, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    protected override bool SharesStateAcrossInstances => true;

    protected override IRateLimitStore CreateStore(TimeProvider time) =>
        new SqliteRateLimitStore(new SqliteRateLimitStoreOptions { DatabasePath = _folder.File("limits.db"), TimeProvider = time });

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_budget_outlives_the_store_that_used_it()
    {
        var rule = Rule("restart", 2, TimeSpan.FromMinutes(1));
        using (var first = (SqliteRateLimitStore)CreateStore(Time))
        {
            Assert.True(await RequestAsync(first, rule));
            Assert.True(await RequestAsync(first, rule));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var afterRestart = (SqliteRateLimitStore)CreateStore(Time);
        var refused = await afterRestart.TryAcquireAsync([rule], LongFlight);

        Assert.False(refused.Acquired);
        Assert.Equal(TimeSpan.FromMinutes(1), refused.RetryAfter);
    }

    [Fact]
    public async Task Prefixes_keep_budgets_apart_in_one_file()
    {
        var rule = Rule("prefixed", 1, TimeSpan.FromMinutes(1));
        var sandbox = new SqliteRateLimitStore(new SqliteRateLimitStoreOptions { DatabasePath = _folder.File("limits.db"), TimeProvider = Time, KeyPrefix = "127.0.0.1:5080/" });
        var real = new SqliteRateLimitStore(new SqliteRateLimitStoreOptions { DatabasePath = _folder.File("limits.db"), TimeProvider = Time, KeyPrefix = "top.gg/" });

        Assert.True(await RequestAsync(sandbox, rule));
        Assert.True(await RequestAsync(real, rule));
        Assert.False(await RequestAsync(sandbox, rule));
    }

    [Fact]
    public void Options_without_a_path_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new SqliteRateLimitStore(new SqliteRateLimitStoreOptions()));

        Assert.Equal("DatabasePath", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteRateLimitStore(new SqliteRateLimitStoreOptions { DatabasePath = _folder.File("x.db"), BusyTimeout = TimeSpan.Zero }));
    }

    [Fact]
    public async Task Four_processes_racing_on_one_file_get_exactly_the_limit_between_them()
    {
        var key = RateLimitPartition.BucketKey("race", Guid.NewGuid().ToString("N")[..8]);
        string[] arguments = ["acquire", "--store", "sqlite:" + _folder.File("shared.db"), "--key", key, "--limit", "40", "--window-ms", "600000", "--attempts", "25"];

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ChildProcess.RunAsync("Guildhall.LoadDriver.dll", arguments, TimeSpan.FromMinutes(2))));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Error));
        var granted = runs.Sum(run => JsonDocument.Parse(run.Output).RootElement.GetProperty("granted").GetInt32());
        Assert.Equal(40, granted);
        var store = new SqliteRateLimitStore(_folder.File("shared.db"));
        Assert.Equal(0, (await store.GetSnapshotAsync(new RateLimitRule(key, 40, TimeSpan.FromMinutes(10)))).Remaining);
    }

    [Fact]
    public async Task A_slot_held_by_a_process_that_died_frees_a_window_after_its_bound()
    {
        var key = RateLimitPartition.BucketKey("crash", Guid.NewGuid().ToString("N")[..8]);
        var rule = new RateLimitRule(key, 1, TimeSpan.FromMilliseconds(300));
        var store = new SqliteRateLimitStore(_folder.File("crash.db"));
        await using var holder = ChildProcess.Start(
            "Guildhall.LoadDriver.dll",
            ["hold", "--store", "sqlite:" + _folder.File("crash.db"), "--key", key, "--limit", "1", "--window-ms", "300", "--in-flight-ms", "700"]);

        Assert.Equal("held", await holder.ReadLineAsync(TimeSpan.FromMinutes(1)));
        holder.Kill();
        var whileCounted = await store.TryAcquireAsync([rule], TimeSpan.FromSeconds(5));
        var granted = await PollUntilGrantedAsync(store, rule);

        Assert.False(whileCounted.Acquired);
        Assert.True(granted.Acquired);
    }

    private static async Task<RateLimitDecision> PollUntilGrantedAsync(IRateLimitStore store, RateLimitRule rule)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var decision = await store.TryAcquireAsync([rule], TimeSpan.FromSeconds(5));
            if (decision.Acquired)
            {
                return decision;
            }

            await Task.Delay(decision.RetryAfter);
        }

        throw new TimeoutException("The dead process's slot was still counted after 50 waits.");
    }
}
