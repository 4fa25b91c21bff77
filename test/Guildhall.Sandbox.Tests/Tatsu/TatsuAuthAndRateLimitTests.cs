using System.Net;
using Guildhall.Sandbox.Tatsu;
using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Sandbox.Tests.Tatsu;

public sealed class TatsuAuthAndRateLimitTests
{
    private const string Key = TatsuSandboxCredentials.WandererKey;
    private static readonly string ProfilePath = $"/users/{SupporterUserId}/profile";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer " + TatsuSandboxCredentials.WandererKey)]
    [InlineData("tatsu-sandbox-unknown-key")]
    public async Task Anything_but_a_known_raw_key_is_unauthorized_without_rate_limit_headers(string? authorization)
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        using var response = await sandbox.GetAsync(ProfilePath, authorization);

        await TatsuSandbox.AssertErrorAsync(response, 401, 0, "401: Unauthorized");
        Assert.False(response.Headers.Contains("X-RateLimit-Remaining"));
    }

    [Fact]
    public async Task Every_authorised_response_carries_the_three_rate_limit_headers()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        using var response = await sandbox.GetAsync($"/users/{UnknownUserId}/profile", Key);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("60", TatsuSandbox.Header(response, "X-RateLimit-Limit"));
        Assert.Equal("59", TatsuSandbox.Header(response, "X-RateLimit-Remaining"));
        // The window opened at 12:00:00.250 and ends a minute later; the reset is rounded up to whole seconds.
        var expectedReset = new DateTimeOffset(2025, 3, 14, 12, 1, 1, TimeSpan.Zero).ToUnixTimeSeconds();
        Assert.Equal(expectedReset.ToString(), TatsuSandbox.Header(response, "X-RateLimit-Reset"));
    }

    [Fact]
    public async Task The_61st_request_in_a_minute_is_refused_until_the_window_resets()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        for (var request = 1; request <= 60; request++)
        {
            using var allowed = await sandbox.GetAsync(ProfilePath, Key);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            Assert.Equal((60 - request).ToString(), TatsuSandbox.Header(allowed, "X-RateLimit-Remaining"));
            sandbox.Time.Advance(TimeSpan.FromMilliseconds(500));
        }

        using (var refused = await sandbox.GetAsync(ProfilePath, Key))
        {
            await TatsuSandbox.AssertErrorAsync(refused, 429, 0, "429: Too Many Requests");
            Assert.Equal("0", TatsuSandbox.Header(refused, "X-RateLimit-Remaining"));
            var reset = DateTimeOffset.FromUnixTimeSeconds(long.Parse(TatsuSandbox.Header(refused, "X-RateLimit-Reset")));
            sandbox.Time.SetUtcNow(reset);
        }

        using var afterReset = await sandbox.GetAsync(ProfilePath, Key);
        Assert.Equal(HttpStatusCode.OK, afterReset.StatusCode);
        Assert.Equal("59", TatsuSandbox.Header(afterReset, "X-RateLimit-Remaining"));
    }

    [Fact]
    public async Task Refused_requests_do_not_reach_the_handler()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        await sandbox.AdminAsync(HttpMethod.Post, "/rate-limit/consume", $$"""{"key":"{{TatsuSandboxCredentials.GuildmasterKey}}","count":60}""");

        using var response = await sandbox.PatchAsync(
            $"/guilds/{TavernGuildId}/members/{ApprenticeUserId}/points", TatsuSandboxCredentials.GuildmasterKey, """{"action":0,"amount":99999}""");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var guild = await sandbox.AdminJsonAsync(HttpMethod.Get, $"/guilds/{TavernGuildId}");
        var apprentice = guild["members"]!.AsArray().Single(member => member!["user_id"]!.GetValue<string>() == ApprenticeUserId.ToString())!;
        Assert.True(apprentice["points"]!.GetValue<ulong>() < 99_999);
    }

    [Fact]
    public async Task Each_key_has_its_own_window()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        await sandbox.AdminAsync(HttpMethod.Post, "/rate-limit/consume", $$"""{"key":"{{Key}}","count":60}""");

        using var exhausted = await sandbox.GetAsync(ProfilePath, Key);
        using var other = await sandbox.GetAsync(ProfilePath, TatsuSandboxCredentials.ApprenticeKey);

        Assert.Equal(HttpStatusCode.TooManyRequests, exhausted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal("59", TatsuSandbox.Header(other, "X-RateLimit-Remaining"));
    }

    [Fact]
    public async Task Consuming_part_of_a_window_shows_in_the_next_response()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        var state = await sandbox.AdminJsonAsync(HttpMethod.Post, "/rate-limit/consume", $$"""{"key":"{{Key}}","count":45}""");
        Assert.Equal(15, state["remaining"]!.GetValue<int>());

        using var response = await sandbox.GetAsync(ProfilePath, Key);
        Assert.Equal("14", TatsuSandbox.Header(response, "X-RateLimit-Remaining"));
    }

    [Fact]
    public async Task The_limit_and_window_can_be_tuned()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        using (var tuned = await sandbox.AdminAsync(HttpMethod.Put, "/rate-limit", """{"limit":2,"window_seconds":10}"""))
        {
            Assert.Equal(HttpStatusCode.NoContent, tuned.StatusCode);
        }

        for (var request = 0; request < 2; request++)
        {
            using var allowed = await sandbox.GetAsync(ProfilePath, Key);
            Assert.Equal("2", TatsuSandbox.Header(allowed, "X-RateLimit-Limit"));
        }

        using var refused = await sandbox.GetAsync(ProfilePath, Key);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        sandbox.Time.Advance(TimeSpan.FromSeconds(10));
        using var renewed = await sandbox.GetAsync(ProfilePath, Key);
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
    }

    [Fact]
    public async Task Without_enforcement_the_headers_stay_but_nothing_is_refused()
    {
        await using var sandbox = await TatsuSandbox.StartAsync(enforceRateLimits: false);
        await sandbox.AdminAsync(HttpMethod.Post, "/rate-limit/consume", $$"""{"key":"{{Key}}","count":60}""");

        using var response = await sandbox.GetAsync(ProfilePath, Key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("0", TatsuSandbox.Header(response, "X-RateLimit-Remaining"));
    }
}
