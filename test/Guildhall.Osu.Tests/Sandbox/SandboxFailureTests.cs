using System.Net;
using System.Net.Http.Json;
using Guildhall.Core;
using Guildhall.Core.Errors;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Osu.Tests.Sandbox;

/// <summary>Every way a call can fail, through the whole pipeline, with the sandbox's faults and limits.</summary>
public sealed class SandboxFailureTests(OsuSandbox sandbox) : IClassFixture<OsuSandbox>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        using var cleared = await sandbox.Http.DeleteAsync(Admin("faults"));
        using var limits = await sandbox.Http.PutAsJsonAsync(Admin("rate-limits"), new { api_per_minute = 1200 });
    }

    [Fact]
    public async Task A_missing_beatmap_is_not_found_with_the_servers_message()
    {
        var osu = Storage().AppClient;

        var exception = await Assert.ThrowsAsync<ApiNotFoundException>(() => osu.Beatmaps.GetAsync(1));

        Assert.Equal("osu", exception.Api);
        Assert.Equal("osu.beatmaps.get", exception.Operation);
        Assert.Equal(HttpStatusCode.NotFound, exception.StatusCode);
    }

    [Fact]
    public async Task A_server_error_on_a_read_is_retried()
    {
        var osu = Storage(maxRetries: 2).AppClient;
        await osu.Users.GetAsync(OsuSandboxSeed.StaffUserId);
        await FaultAsync(new { kind = "server_error", count = 2, path_prefix = $"/api/v2/users/{OsuSandboxSeed.StaffUserId}" });

        var user = await osu.Users.GetAsync(OsuSandboxSeed.StaffUserId);

        Assert.Equal(OsuSandboxSeed.StaffUsername, user.Username);
    }

    [Fact]
    public async Task A_cdn_error_page_surfaces_as_a_server_error_that_names_the_page()
    {
        var osu = Storage(maxRetries: 1).AppClient;
        await osu.Users.GetAsync(OsuSandboxSeed.StaffUserId);
        await FaultAsync(new { kind = "html_502", count = 2, path_prefix = $"/api/v2/users/{OsuSandboxSeed.StaffUserId}" });

        var exception = await Assert.ThrowsAsync<ApiServerException>(() => osu.Users.GetAsync(OsuSandboxSeed.StaffUserId));

        Assert.Equal(HttpStatusCode.BadGateway, exception.StatusCode);
        Assert.Contains("HTML page", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_body_surfaces_as_an_invalid_response()
    {
        var osu = Storage().AppClient;
        await osu.Beatmapsets.GetAsync(OsuSandboxSeed.FeaturedBeatmapsetId);
        await FaultAsync(new { kind = "truncated_json", path_prefix = $"/api/v2/beatmapsets/{OsuSandboxSeed.FeaturedBeatmapsetId}" });

        var exception = await Assert.ThrowsAsync<ApiInvalidResponseException>(() => osu.Beatmapsets.GetAsync(OsuSandboxSeed.FeaturedBeatmapsetId));

        Assert.Contains("malformed or truncated", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_429_storm_is_retried_then_surfaces_with_the_servers_message()
    {
        var osu = Storage(maxRetries: 2).AppClient;
        await osu.Users.GetAsync(OsuSandboxSeed.StaffUserId);
        await FaultAsync(new { status = 429, body = """{"error":"Too Many Attempts."}""", content_type = "application/json", count = 3, path_prefix = $"/api/v2/users/{OsuSandboxSeed.StaffUserId}" });

        var exception = await Assert.ThrowsAsync<ApiRateLimitedException>(() => osu.Users.GetAsync(OsuSandboxSeed.StaffUserId));

        Assert.False(exception.IsClientSide);
        Assert.Equal("Too Many Attempts.", exception.ServerMessage);
    }

    [Fact]
    public async Task The_servers_remaining_count_stops_the_client_before_it_is_refused()
    {
        using var limited = await sandbox.Http.PutAsJsonAsync(Admin("rate-limits"), new { api_per_minute = 3 });
        var options = sandbox.Options();
        options.MaxRateLimitWait = TimeSpan.Zero;
        var osu = sandbox.Storage(options).AppClient;

        for (var i = 0; i < 3; i++)
        {
            await osu.Users.GetAsync(OsuSandboxSeed.StaffUserId);
        }

        var exception = await Assert.ThrowsAsync<ApiRateLimitedException>(() => osu.Users.GetAsync(OsuSandboxSeed.StaffUserId));

        Assert.True(exception.IsClientSide);
        Assert.Null(exception.StatusCode);
    }

    [Fact]
    public async Task The_client_side_budget_is_configurable()
    {
        var options = sandbox.Options();
        options.RequestsPerMinute = 2;
        options.MaxRateLimitWait = TimeSpan.Zero;
        var osu = sandbox.Storage(options).AppClient;
        await osu.Users.GetAsync(OsuSandboxSeed.StaffUserId);
        await osu.Users.GetAsync(OsuSandboxSeed.StaffUserId);

        var exception = await Assert.ThrowsAsync<ApiRateLimitedException>(() => osu.Users.GetAsync(OsuSandboxSeed.StaffUserId));

        Assert.True(exception.IsClientSide);
        Assert.Contains("client-side rate limit", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_call_is_cancelled()
    {
        var osu = Storage().AppClient;
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => osu.Users.GetAsync(OsuSandboxSeed.StaffUserId, cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task A_cancelled_enumeration_stops_paging()
    {
        var osu = Storage().AppClient;
        using var cancelled = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var score in osu.Users.ListScoresAsync(OsuSandboxCredentials.UserId, Queries.UserScoreType.Best, new Queries.UserScoresQuery { PageSize = 2 }).WithCancellation(cancelled.Token))
            {
                seen++;
                await cancelled.CancelAsync();
            }
        });

        Assert.InRange(seen, 1, 2);
    }

    private OsuClientStorage Storage(int maxRetries = 0)
    {
        var options = sandbox.Options();
        options.Retry = new RetryOptions { MaxRetries = maxRetries, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero };
        return sandbox.Storage(options);
    }

    private Uri Admin(string path) => new(sandbox.Host.BaseAddress, "_sandbox/osu/" + path);

    private async Task FaultAsync(object fault)
    {
        using var response = await sandbox.Http.PostAsJsonAsync(Admin("faults"), fault);
        response.EnsureSuccessStatusCode();
    }
}
