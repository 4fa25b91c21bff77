using Guildhall.Core.RateLimiting;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.TopGg;
using Guildhall.Sqlite;
using Guildhall.Testing;

namespace Guildhall.Cli.Tests;

/// <summary>
/// Every guildhall process shares one budget per token: a file in the user's configuration folder, or Redis with
/// <c>--redis</c>. Without it each run would start with an empty limiter, and a shell loop would trip Top.gg's block.
/// </summary>
public sealed class RateLimitBudgetTests
{
    [Fact]
    public async Task A_loop_of_cli_processes_waits_for_its_turn_instead_of_tripping_the_bots_limit()
    {
        // Real processes against a cold sandbox on Kestrel at Top.gg's real limits (60 a minute on /bots/*): 65 runs of
        // `guildhall topgg stats`, four at a time, so the last five must wait for the first ones' window to pass.
        await using var host = await SandboxHost.StartAsync();
        var store = TemporaryRateLimitStore.Another();
        string[] arguments = ["topgg", "stats", "--json", "--base-url", host.GetApiBase("topgg/api").AbsoluteUri, "--token", TopGgSandboxCredentials.Token, "--rate-limit-store", store];
        var started = 0;
        var runs = new List<ChildRun>();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref started) <= 65)
            {
                var run = await ChildProcess.RunAsync("guildhall.dll", arguments, TimeSpan.FromMinutes(3));
                lock (runs)
                {
                    runs.Add(run);
                }
            }
        })));

        Assert.Equal(65, runs.Count);
        Assert.All(runs, run => Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}"));
        var bots = await SandboxRateCount.ReadAsync(host.BaseAddress, "topgg", "bots");
        bots.AssertNeverExceeded();
        Assert.Equal(65, bots.Accepted);
    }

    [Fact]
    public async Task A_block_after_a_429_outlives_the_run_that_got_it()
    {
        await using var host = await SandboxHost.StartAsync();
        await PostFaultAsync(host, """{"path":"/topgg/api/bots","kind":"status","status":429,"headers":{"Retry-After":"3600"},"body":"{\"retry-after\":3600}"}""");
        var store = TemporaryRateLimitStore.Another();
        string[] common = ["--base-url", host.GetApiBase("topgg/api").AbsoluteUri, "--token", TopGgSandboxCredentials.Token, "--rate-limit-store", store];

        var limited = await CliRun.RunAsync(["topgg", "stats", .. common]);
        var next = await ChildProcess.RunAsync("guildhall.dll", ["topgg", "weekend", .. common], TimeSpan.FromMinutes(1));

        Assert.Equal(1, limited.ExitCode);
        Assert.Contains("429", limited.Error, StringComparison.Ordinal);
        Assert.Equal(1, next.ExitCode);
        Assert.Contains("was not sent: the API blocked these credentials after a 429", next.Error, StringComparison.Ordinal);
        var global = new RateLimitRule(RateLimitPartition.BucketKey("topgg", RateLimitPartition.FromSecret(TopGgSandboxCredentials.Token), "global"), 99, TimeSpan.FromSeconds(1));
        var snapshot = await new SqliteRateLimitStore(new SqliteRateLimitStoreOptions { DatabasePath = store, KeyPrefix = host.BaseAddress.Authority + "/" }).GetSnapshotAsync(global);
        Assert.NotNull(snapshot.BlockedUntil);
        Assert.DoesNotContain(await SandboxRateCount.ReadAllAsync(host.BaseAddress), count => count.Api == "topgg" && count.Bucket == "global");
    }

    [Fact]
    public async Task The_budget_file_keeps_no_token()
    {
        await using var host = await SandboxHost.StartAsync();
        var store = TemporaryRateLimitStore.Another();

        var run = await CliRun.RunAsync("topgg", "weekend", "--base-url", host.GetApiBase("topgg/api").AbsoluteUri, "--token", TopGgSandboxCredentials.Token, "--rate-limit-store", store);

        Assert.Equal(0, run.ExitCode);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var bytes = string.Concat(Directory.EnumerateFiles(Path.GetDirectoryName(store)!, Path.GetFileName(store) + "*").Select(File.ReadAllText));
        Assert.Contains(RateLimitPartition.FromSecret(TopGgSandboxCredentials.Token), bytes, StringComparison.Ordinal);
        Assert.DoesNotContain(TopGgSandboxCredentials.Token, bytes, StringComparison.Ordinal);
    }

    private static async Task PostFaultAsync(SandboxHost host, string json)
    {
        using var http = host.CreateClient();
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("_sandbox/faults", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
    }
}
