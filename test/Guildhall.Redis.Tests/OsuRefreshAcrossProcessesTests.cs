using System.Globalization;
using System.Text.Json;
using Guildhall.Core;
using Guildhall.Core.Errors;
using Guildhall.Osu;
using Guildhall.Sandbox.Osu;
using Guildhall.Testing;
using Guildhall.Testing.Redis;

namespace Guildhall.Redis.Tests;

/// <summary>
/// Bot processes sharing one osu! user session through Redis when its token is due: one refresh reaches osu!, everyone
/// continues with its answer, a refusal reaches everyone, and a refresher that dies does not hold the others up for good.
/// </summary>
[Collection(RedisServerGroup.Name)]
public sealed class OsuRefreshAcrossProcessesTests(RedisServerFixture redis)
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Two_processes_racing_an_expired_session_send_one_refresh_and_both_use_the_new_token()
    {
        await using var session = await OsuSessionInSandbox.StartAsync(redis.Connection);
        // The first refresh is held at the sandbox for a second, so the other process finds the token still stale.
        await SandboxSlowness.DelayFirstRequestsAsync(session.Host.BaseAddress, "/osu/oauth/token", TimeSpan.FromSeconds(1), times: 1);
        var before = await session.TokenRequestsAsync();
        var goKey = "test:go:" + Guid.NewGuid().ToString("N");

        await using var first = StartRacer(session, goKey);
        await using var second = StartRacer(session, goKey);
        await first.WaitForOutputLineAsync(line => line == "ready", Bound);
        await second.WaitForOutputLineAsync(line => line == "ready", Bound);
        await redis.Connection.GetDatabase().ListRightPushAsync(goKey, ["go", "go"]);
        var results = new[] { await ResultOfAsync(first), await ResultOfAsync(second) };

        foreach (var result in results)
        {
            Assert.True(result.TryGetProperty("user", out var user), result.ToString());
            Assert.Equal(OsuSandboxCredentials.UserId, user.GetInt64());
        }

        Assert.Equal(results[0].GetProperty("token_sha").GetString(), results[1].GetProperty("token_sha").GetString());
        Assert.Equal(1, await session.TokenRequestsAsync() - before);
        Assert.Equal(1, await session.RefreshGrantsAsync());
    }

    [Fact]
    public async Task A_refused_refresh_is_reported_to_every_holder_after_one_request()
    {
        await using var session = await OsuSessionInSandbox.StartAsync(redis.Connection);
        var refreshToken = (await new RedisOsuTokenRepository(redis.Connection).GetAsync(Guildhall.Osu.Authentication.OsuTokenOwner.For(session.Options), OsuSessionInSandbox.SessionId))!.RefreshToken!;
        await session.RevokeRefreshTokenAsync(redis.Connection);
        using var watch = new SecretLeakWatch();
        await SandboxSlowness.DelayFirstRequestsAsync(session.Host.BaseAddress, "/osu/oauth/token", TimeSpan.FromSeconds(1), times: 1);
        var before = await session.TokenRequestsAsync();
        await using var otherConnection = await redis.ConnectAnotherAsync();

        var failures = await Task.WhenAll(
            RenewExpectingFailureAsync(session, new RedisOsuRefreshHandler(redis.Connection, new RedisOsuRefreshOptions { LoggerFactory = watch.LoggerFactory })),
            RenewExpectingFailureAsync(session, new RedisOsuRefreshHandler(otherConnection, new RedisOsuRefreshOptions { LoggerFactory = watch.LoggerFactory })));

        Assert.All(failures, failure => Assert.Equal("invalid_grant", failure.ErrorCode));
        Assert.Equal(1, await session.TokenRequestsAsync() - before);
        Assert.Contains(watch.LogLines, line => line.Category == "Guildhall.Redis.OsuRefresh");
        Assert.All(failures, failure => watch.AssertNoPartOf(refreshToken, failure));
    }

    [Fact]
    public async Task A_refresher_killed_mid_refresh_loses_its_lease_and_another_process_refreshes()
    {
        await using var session = await OsuSessionInSandbox.StartAsync(redis.Connection);
        // The doomed refresher's request stays at the sandbox long after the process is gone.
        await SandboxSlowness.DelayFirstRequestsAsync(session.Host.BaseAddress, "/osu/oauth/token", TimeSpan.FromSeconds(10), times: 1);
        var goKey = "test:go:" + Guid.NewGuid().ToString("N");
        var prefix = "test:" + Guid.NewGuid().ToString("N") + ":";
        var server = redis.Connection.GetServer(redis.Connection.GetEndPoints()[0]);
        await using var doomed = StartRacer(session, goKey, "--lease-ms", "1500", "--refresh-prefix", prefix);
        await doomed.WaitForOutputLineAsync(line => line == "ready", Bound);
        await redis.Connection.GetDatabase().ListRightPushAsync(goKey, "go");
        await Poll.UntilAsync(() => server.Keys(pattern: prefix + "refresh:*:lease").Any(), "the doomed process to take the refresh lease");

        await doomed.SignalAsync("KILL");
        Assert.True(await doomed.WaitForExitAsync(Bound), doomed.Describe());
        using var http = ApiHttpClient.Create(new RedisOsuRefreshHandler(redis.Connection, new RedisOsuRefreshOptions { KeyPrefix = prefix }));
        await using var storage = new OsuClientStorage(http, session.Options, new RedisOsuTokenRepository(redis.Connection));
        var client = await storage.GetClientAsync(OsuSessionInSandbox.SessionId);
        var me = await client.Users.GetMeAsync().WaitAsync(Bound);

        Assert.Equal(OsuSandboxCredentials.UserId, me.Id);
        Assert.Equal(1, await session.RefreshGrantsAsync());
        // The survivor's lease came after the dead one's: its fence is the second, and its answer is the one published.
        Assert.Equal(2, (long)await redis.Connection.GetDatabase().StringGetAsync(Assert.Single(server.Keys(pattern: prefix + "refresh:*:fence"))));
        Assert.Single(server.Keys(pattern: prefix + "refresh:*:result"));
    }

    private DotnetProcess StartRacer(OsuSessionInSandbox session, string goKey, params string[] extra) => DotnetProcess.Start(
        "Guildhall.Redis.Worker.dll",
        [
            "osu-refresh", "--redis", redis.Endpoint, "--base-url", session.Options.BaseAddress.AbsoluteUri,
            "--client-id", OsuSandboxCredentials.ClientId.ToString(CultureInfo.InvariantCulture), "--client-secret", OsuSandboxCredentials.ClientSecret,
            "--session", OsuSessionInSandbox.SessionId.ToString(CultureInfo.InvariantCulture), "--go-key", goKey, .. extra,
        ]);

    private static async Task<JsonElement> ResultOfAsync(DotnetProcess racer)
    {
        var line = await racer.WaitForOutputLineAsync(line => line.StartsWith('{'), Bound);
        return JsonDocument.Parse(line).RootElement;
    }

    private async Task<GuildhallApiException> RenewExpectingFailureAsync(OsuSessionInSandbox session, RedisOsuRefreshHandler handler)
    {
        using var http = ApiHttpClient.Create(handler);
        await using var storage = new OsuClientStorage(http, session.Options, new RedisOsuTokenRepository(redis.Connection));
        var client = await storage.GetClientAsync(OsuSessionInSandbox.SessionId);
        return await Assert.ThrowsAnyAsync<GuildhallApiException>(() => client.Users.GetMeAsync());
    }
}
