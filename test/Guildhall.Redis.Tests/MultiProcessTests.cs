using System.Text.Json;
using Guildhall.Core.RateLimiting;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.TopGg;
using Guildhall.Testing.Redis;
using Guildhall.Testing;

namespace Guildhall.Redis.Tests;

/// <summary>
/// Separate OS processes (the load driver) sharing one budget through the real redis-server, on Redis's own clock:
/// what a bot split into several processes relies on.
/// </summary>
[Collection(RedisServerGroup.Name)]
public sealed class MultiProcessTests(RedisServerFixture redis) : CrossProcessStoreContract
{
    protected override string DriverStore => "redis:" + redis.Endpoint;

    protected override IRateLimitStore CreateStore() => new RedisRateLimitStore(redis.Connection);

    [Fact]
    public async Task Four_processes_sharing_a_top_gg_token_never_trip_its_limit()
    {
        // A cold sandbox on Kestrel, whose first twenty requests reach the emulator 400 ms after they were sent.
        await using var host = await SandboxHost.StartAsync();
        await SandboxSlowness.DelayFirstRequestsAsync(host.BaseAddress, "/topgg/api/weekend", TimeSpan.FromMilliseconds(400), times: 20);
        string[] arguments =
        [
            "topgg", "--store", "redis:" + redis.Endpoint, "--base-url", host.GetApiBase("topgg/api").AbsoluteUri,
            "--token", TopGgSandboxCredentials.Token, "--route", "weekend", "--callers", "16", "--seconds", "4",
        ];

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ChildProcess.RunAsync("Guildhall.LoadDriver.dll", arguments, TimeSpan.FromMinutes(2))));

        foreach (var run in runs)
        {
            Assert.True(run.ExitCode == 0, run.Error);
            var summary = JsonDocument.Parse(run.Output).RootElement;
            Assert.True(summary.GetProperty("ok").GetInt32() > 0, run.Output);
            Assert.Equal((0, 0, 0), (summary.GetProperty("server_429").GetInt32(), summary.GetProperty("refused").GetInt32(), summary.GetProperty("errors").GetInt32()));
        }

        (await SandboxRateCount.ReadAsync(host.BaseAddress, "topgg", "global")).AssertNeverExceeded();
    }
}
