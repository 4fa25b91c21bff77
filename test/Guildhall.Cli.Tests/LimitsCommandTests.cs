using System.Text.Json;
using Guildhall.Core.RateLimiting;
using Guildhall.Osu;
using Guildhall.Redis;
using Guildhall.Sandbox.Osu;
using Guildhall.Sandbox.TopGg;
using Guildhall.Testing.Redis;
using Guildhall.TopGg;

namespace Guildhall.Cli.Tests;

/// <summary>
/// <c>guildhall limits</c> over a redis-server of its own: calls a bot's client made are reported as used, bucket by
/// bucket, and the credential appears only as its fingerprint.
/// </summary>
[Collection(SandboxGroup.Name)]
public sealed class LimitsCommandTests(SandboxFixture sandbox, RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public async Task Calls_a_top_gg_client_made_through_redis_are_reported_used_and_the_token_is_never_printed()
    {
        const int Calls = 3;
        var token = TopGgSandboxCredentials.Token;
        await using (var client = new TopGgClient(token, new TopGgClientOptions { BaseAddress = new Uri(sandbox.Base("topgg/api")), RateLimitStore = new RedisRateLimitStore(redis.Connection) }))
        {
            for (var call = 0; call < Calls; call++)
            {
                await client.Bots.GetStatsAsync();
            }
        }

        var json = await CliRun.RunAsync("limits", "topgg", "--token", token, "--redis", redis.Endpoint, "--json");
        var table = await CliRun.RunAsync("limits", "topgg", "--token", token, "--redis", redis.Endpoint);

        Assert.True(json.ExitCode == 0, json.Error);
        Assert.True(table.ExitCode == 0, table.Error);
        using var report = JsonDocument.Parse(json.Output);
        var buckets = report.RootElement.GetProperty("buckets").EnumerateArray().ToDictionary(bucket => bucket.GetProperty("name").GetString()!);
        Assert.Equal(["global", "bots", "announcements"], buckets.Keys);
        // The /bots bucket's window is a minute, so the calls still count; the global one's is a second.
        Assert.Equal(Calls, buckets["bots"].GetProperty("used").GetInt32());
        Assert.Equal(60 - Calls, buckets["bots"].GetProperty("remaining").GetInt32());
        Assert.Equal(0, buckets["announcements"].GetProperty("used").GetInt32());
        Assert.Equal("sha256:" + RateLimitPartition.FromSecret(token), report.RootElement.GetProperty("credential").GetString());
        Assert.Equal("redis", report.RootElement.GetProperty("store").GetString());
        Assert.Matches(@"(?m)^bots\s+60 / 1 min\s+3\s+57\s", table.Output);
        foreach (var run in new[] { json, table })
        {
            Assert.DoesNotContain(token, run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(token, run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_token_given_with_bearer_and_spaces_reads_the_budget_the_client_of_the_bare_token_counts_against()
    {
        var token = TopGgSandboxCredentials.Token;
        await using (var client = new TopGgClient(token, new TopGgClientOptions { BaseAddress = new Uri(sandbox.Base("topgg/api")), RateLimitStore = new RedisRateLimitStore(redis.Connection) }))
        {
            await client.Bots.GetStatsAsync();
        }

        var bare = await CliRun.RunAsync("limits", "topgg", "--token", token, "--redis", redis.Endpoint, "--json");
        var written = await CliRun.RunAsync("limits", "topgg", "--token", " Bearer " + token + " ", "--redis", redis.Endpoint, "--json");

        Assert.True(written.ExitCode == 0, written.Error);
        using var bareReport = JsonDocument.Parse(bare.Output);
        using var writtenReport = JsonDocument.Parse(written.Output);
        Assert.Equal(bareReport.RootElement.GetProperty("credential").GetString(), writtenReport.RootElement.GetProperty("credential").GetString());
        Assert.True(UsedOf(written, "bots") >= 1);
        Assert.Equal(UsedOf(bare, "bots"), UsedOf(written, "bots"));
    }

    [Fact]
    public async Task Calls_of_an_osu_session_are_reported_for_that_session_only()
    {
        const int Calls = 4;
        var options = new OsuClientOptions
        {
            BaseAddress = new Uri(sandbox.Base("osu")), RequestsPerMinute = 1200, RateLimitStore = new RedisRateLimitStore(redis.Connection),
        };
        await using (var client = new OsuClient(OsuSandboxCredentials.BotClientId, OsuSandboxCredentials.BotClientSecret, options))
        {
            for (var call = 0; call < Calls; call++)
            {
                await client.Users.GetAsync(OsuSandboxCredentials.UserId);
            }
        }

        var app = await CliRun.RunAsync("limits", "osu", "--client-id", OsuSandboxCredentials.BotClientId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--redis", redis.Endpoint, "--json");
        var user = await CliRun.RunAsync(
            "limits", "osu", "--client-id", OsuSandboxCredentials.BotClientId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--session", "40000002", "--redis", redis.Endpoint, "--json");

        Assert.True(app.ExitCode == 0, app.Error);
        Assert.Equal(Calls, UsedOf(app, "session"));
        Assert.Equal(0, UsedOf(app, "replays"));
        Assert.Equal(0, UsedOf(user, "session"));
        Assert.DoesNotContain(OsuSandboxCredentials.BotClientSecret, app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Polympics_has_no_budget_and_a_missing_token_is_one_clear_error()
    {
        var polympics = await CliRun.RunAsync("limits", "polympics");
        var missing = await CliRun.RunAsync("limits", "topgg", "--redis", redis.Endpoint);

        Assert.Equal(0, polympics.ExitCode);
        Assert.Equal("polympics: no client-side rate limits; the client keeps no budget for this API.", polympics.Output.Trim());
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("--token", missing.Error, StringComparison.Ordinal);
    }

    private static int UsedOf(CliRun run, string bucket)
    {
        using var report = JsonDocument.Parse(run.Output);
        return report.RootElement.GetProperty("buckets").EnumerateArray().Single(element => element.GetProperty("name").GetString() == bucket).GetProperty("used").GetInt32();
    }
}
