using System.Text.Json;
using Guildhall.Core.RateLimiting;

namespace Guildhall.Testing;

/// <summary>
/// What a store shared between processes must do with real OS processes (the load driver, referenced by the test
/// project) on the real clock: racing processes get exactly the limit between them, and a slot whose process died
/// mid-request frees a window after its in-flight bound.
/// </summary>
public abstract class CrossProcessStoreContract
{
    /// <summary>How the load driver opens the store: <c>redis:&lt;configuration&gt;</c> or <c>sqlite:&lt;path&gt;</c>.</summary>
    protected abstract string DriverStore { get; }

    /// <summary>A store on the same backend, in the test process, on the system clock.</summary>
    protected abstract IRateLimitStore CreateStore();

    [Fact]
    public async Task Four_processes_racing_get_exactly_the_limit_between_them()
    {
        var key = RateLimitPartition.BucketKey("race", Guid.NewGuid().ToString("N")[..8]);
        string[] arguments = ["acquire", "--store", DriverStore, "--key", key, "--limit", "40", "--window-ms", "600000", "--attempts", "25"];

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ChildProcess.RunAsync("Guildhall.LoadDriver.dll", arguments, TimeSpan.FromMinutes(2))));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Error));
        Assert.Equal(40, runs.Sum(run => JsonDocument.Parse(run.Output).RootElement.GetProperty("granted").GetInt32()));
        Assert.Equal(0, (await CreateStore().GetSnapshotAsync(new RateLimitRule(key, 40, TimeSpan.FromMinutes(10)))).Remaining);
    }

    [Fact]
    public async Task A_slot_held_by_a_process_that_died_frees_a_window_after_its_bound()
    {
        var key = RateLimitPartition.BucketKey("crash", Guid.NewGuid().ToString("N")[..8]);
        var rule = new RateLimitRule(key, 1, TimeSpan.FromSeconds(1));
        var store = CreateStore();
        await using var holder = ChildProcess.Start(
            "Guildhall.LoadDriver.dll",
            ["hold", "--store", DriverStore, "--key", key, "--limit", "1", "--window-ms", "1000", "--in-flight-ms", "3000"]);

        Assert.Equal("held", await holder.ReadLineAsync(TimeSpan.FromMinutes(1)));
        holder.Kill();
        var whileCounted = await store.TryAcquireAsync([rule], TimeSpan.FromSeconds(5));
        var granted = await RateLimitPolling.UntilGrantedAsync(store, rule);

        Assert.False(whileCounted.Acquired);
        Assert.True(granted.Acquired);
    }
}
