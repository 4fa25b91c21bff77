using Guildhall.Core.RateLimiting;
using Guildhall.Redis;
using Guildhall.Sandbox.TopGg;
using Guildhall.Testing;
using Guildhall.Testing.Redis;

namespace Guildhall.Cli.Tests;

/// <summary><c>--redis</c>: the command shares the budget (and any block) of every bot process using the same Redis.</summary>
[Collection(RedisGroup.Name)]
public sealed class RedisBudgetTests(RedisServerFixture redis, SandboxFixture sandbox)
{
    [Fact]
    public async Task A_block_a_bot_process_recorded_in_redis_stops_the_command_before_it_sends()
    {
        var token = TopGgSandboxCredentials.OtherBotToken;
        var global = RateLimitPartition.BucketKey("topgg", RateLimitPartition.FromSecret(token), "global");
        await new RedisRateLimitStore(redis.Connection).BlockAsync(global, DateTimeOffset.UtcNow + TimeSpan.FromMinutes(30));
        var before = await ArrivalsAsync(token);

        var run = await CliRun.RunAsync("topgg", "weekend", "--base-url", sandbox.Base("topgg/api"), "--token", token, "--redis", redis.Endpoint);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("was not sent: the API blocked these credentials after a 429", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await ArrivalsAsync(token));
    }

    [Fact]
    public async Task Calls_through_redis_are_counted_there()
    {
        var token = TopGgSandboxCredentials.Token;
        var rule = new RateLimitRule(RateLimitPartition.BucketKey("topgg", RateLimitPartition.FromSecret(token), "bots"), 60, TimeSpan.FromMinutes(1));
        var store = new RedisRateLimitStore(redis.Connection);
        var before = (await store.GetSnapshotAsync(rule)).Remaining;

        var run = await CliRun.RunAsync("topgg", "stats", "--base-url", sandbox.Base("topgg/api"), "--token", token, "--redis", redis.Endpoint);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(before - 1, (await store.GetSnapshotAsync(rule)).Remaining);
    }

    [Fact]
    public async Task An_unreachable_redis_is_one_clear_error()
    {
        var run = await CliRun.RunAsync("topgg", "weekend", "--base-url", sandbox.Base("topgg/api"), "--token", TopGgSandboxCredentials.Token, "--redis", "127.0.0.1:" + RedisProcess.FreePort() + ",connectTimeout=500");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: Could not connect to the Redis server given by --redis", run.Error, StringComparison.Ordinal);
    }

    private async Task<long> ArrivalsAsync(string token) =>
        (await SandboxRateCount.ReadAllAsync(new Uri(sandbox.Base(""))))
            .Where(count => count.Api == "topgg" && count.Bucket == "global" && count.Caller == RateLimitPartition.FromSecret(token))
            .Sum(count => count.Arrivals);
}
