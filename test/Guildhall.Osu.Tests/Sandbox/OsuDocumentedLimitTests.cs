using Guildhall.Core.Errors;
using Guildhall.Sandbox.Osu;
using Guildhall.Testing;

namespace Guildhall.Osu.Tests.Sandbox;

/// <summary>
/// The client's default budgets against the sandbox holding osu!'s documented numbers, judged by the sandbox's own
/// counters: the API at the 60 a minute of the terms of use (the client's default), and replay downloads at their own 10
/// a minute. The sandbox and the client share a clock thirty times faster than real time, on loopback Kestrel whose first
/// requests arrive late, so the runs cross several windows in seconds.
/// </summary>
public sealed class OsuDocumentedLimitTests
{
    [Fact]
    public async Task The_default_budget_never_exceeds_the_documented_sixty_a_minute()
    {
        await using var sandbox = await SlowSandbox.StartAsync(30, "/osu/api/v2/users", TimeSpan.FromSeconds(5), 8);
        await SetApiLimitAsync(sandbox, OsuClientOptions.DocumentedRequestsPerMinute);
        await using var storage = new OsuClientStorage(sandbox.Configure(Options(sandbox)));
        var osu = storage.AppClient;

        var load = await sandbox.LoadAsync(8, TimeSpan.FromSeconds(150), limit: OsuClientOptions.DocumentedRequestsPerMinute, cancellationToken => osu.Users.GetAsync(OsuSandboxSeed.StaffUserId, cancellationToken: cancellationToken));

        load.AssertAllSucceeded();
        (await sandbox.CountAsync("osu", "api")).AssertNeverExceeded();
    }

    [Fact]
    public async Task Replay_downloads_never_exceed_their_own_ten_a_minute()
    {
        await using var sandbox = await SlowSandbox.StartAsync(30, "/osu/api/v2/scores", TimeSpan.FromSeconds(5), 4);
        await using var storage = new OsuClientStorage(sandbox.Configure(Options(sandbox)));
        var osu = storage.AppClient;

        var load = await sandbox.LoadAsync(4, TimeSpan.FromSeconds(150), limit: OsuReplaysClient.DownloadsPerMinute, async cancellationToken =>
        {
            await using var replay = await osu.Replays.DownloadAsync(OsuSandboxSeed.LazerScoreId, cancellationToken);
        });

        load.AssertAllSucceeded();
        var replays = await sandbox.CountAsync("osu", "replay");
        replays.AssertNeverExceeded();
        Assert.Equal(OsuReplaysClient.DownloadsPerMinute, replays.Limit);
    }

    [Fact]
    public async Task The_eleventh_download_in_a_minute_waits_client_side_while_other_calls_go_on()
    {
        await using var sandbox = await SlowSandbox.StartAsync(1, "/osu/api/v2/none", TimeSpan.FromSeconds(1), 1);
        var options = sandbox.Configure(Options(sandbox));
        options.MaxRateLimitWait = TimeSpan.Zero;
        await using var storage = new OsuClientStorage(options);
        var osu = storage.AppClient;
        for (var i = 0; i < OsuReplaysClient.DownloadsPerMinute; i++)
        {
            await using var replay = await osu.Replays.DownloadAsync(OsuSandboxSeed.LazerScoreId);
        }

        var refused = await Assert.ThrowsAsync<ApiRateLimitedException>(() => osu.Replays.DownloadAsync(OsuSandboxSeed.LazerScoreId));
        var user = await osu.Users.GetAsync(OsuSandboxSeed.StaffUserId);

        Assert.True(refused.IsClientSide);
        Assert.Equal(OsuSandboxSeed.StaffUserId, user.Id);
        Assert.Equal(0, (await sandbox.CountAsync("osu", "replay")).Refused);
    }

    private static OsuClientOptions Options(SlowSandbox sandbox) => new()
    {
        BaseAddress = sandbox.Host.GetApiBase("osu"),
        ClientId = OsuSandboxCredentials.ClientId,
        ClientSecret = OsuSandboxCredentials.ClientSecret,
    };

    private static async Task SetApiLimitAsync(SlowSandbox sandbox, int perMinute)
    {
        using var admin = sandbox.Host.CreateClient();
        using var limits = new StringContent($"{{\"api_per_minute\":{perMinute}}}", System.Text.Encoding.UTF8, "application/json");
        (await admin.PutAsync(new Uri("_sandbox/osu/rate-limits", UriKind.Relative), limits)).EnsureSuccessStatusCode();
    }
}
