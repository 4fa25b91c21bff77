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
    public async Task Users_by_id_spend_the_budget_per_id_so_the_server_never_counts_more_than_sixty_a_minute()
    {
        await using var sandbox = await SlowSandbox.StartAsync(30, "/osu/api/v2/users", TimeSpan.FromSeconds(5), 4);
        await SetApiLimitAsync(sandbox, OsuClientOptions.DocumentedRequestsPerMinute);
        await using var storage = new OsuClientStorage(sandbox.Configure(Options(sandbox)));
        var osu = storage.AppClient;
        long[] ids = [.. Enumerable.Range(0, 4).Select(i => OsuSandboxSeed.StaffUserId + i)];
        var found = 0;

        // Each call costs the server twelve (four ids with variant statistics): five fit in a minute, not sixty.
        var load = await sandbox.LoadAsync(4, TimeSpan.FromSeconds(150), limit: 10, async cancellationToken =>
            Interlocked.Exchange(ref found, (await osu.Users.GetManyAsync(ids, includeVariantStatistics: true, cancellationToken)).Count));

        load.AssertAllSucceeded();
        var api = await sandbox.CountAsync("osu", "api");
        Assert.True(found > 0, "The sandbox knew none of the ids, so the run proves nothing about users.");
        Assert.Equal(0, api.Refused);
        Assert.True(api.MaxInWindow <= api.Limit, $"{api.MaxInWindow} hits arrived within one minute, more than the limit of {api.Limit}.");
        Assert.True(api.Accepted * ids.Length * OsuUsersClient.VariantStatisticsCostPerId > 2 * api.Limit, $"Only {api.Accepted} calls were made: fewer than two windows' worth of hits.");
    }

    [Fact]
    public async Task More_ids_than_a_minute_allows_go_in_requests_that_each_fit_the_budget()
    {
        await using var sandbox = await SlowSandbox.StartAsync(30, "/osu/api/v2/users", TimeSpan.FromSeconds(5), 1);
        await SetApiLimitAsync(sandbox, OsuClientOptions.DocumentedRequestsPerMinute);
        await using var storage = new OsuClientStorage(sandbox.Configure(Options(sandbox)));
        long[] ids = [.. Enumerable.Range(0, 45).Select(i => OsuSandboxSeed.StaffUserId + i)];

        var users = await storage.AppClient.Users.GetManyAsync(ids, includeVariantStatistics: true);

        var api = await sandbox.CountAsync("osu", "api");
        Assert.NotEmpty(users);
        Assert.Equal(3, api.Accepted);
        Assert.Equal(0, api.Refused);
        Assert.Equal(api.Limit, api.MaxInWindow);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_budget_too_small_for_one_id_is_refused_naming_the_option_without_sending(int perMinute)
    {
        await using var sandbox = await SlowSandbox.StartAsync(1, "/osu/api/v2/none", TimeSpan.FromSeconds(1), 1);
        var options = sandbox.Configure(Options(sandbox));
        options.RequestsPerMinute = perMinute;
        await using var storage = new OsuClientStorage(options);

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            storage.AppClient.Users.GetManyAsync([OsuSandboxSeed.StaffUserId], includeVariantStatistics: true));
        var plain = await storage.AppClient.Users.GetManyAsync([OsuSandboxSeed.StaffUserId]);

        Assert.Equal("includeVariantStatistics", error.ParamName);
        Assert.Contains("OsuClientOptions.RequestsPerMinute", error.Message, StringComparison.Ordinal);
        Assert.Equal([OsuSandboxSeed.StaffUserId], plain.Select(u => u.Id));
        Assert.Equal(1, (await sandbox.CountAsync("osu", "api")).Accepted);
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
