using System.Net;
using static Guildhall.Sandbox.Tests.TopGg.TopGgSandbox;
using static Guildhall.Sandbox.TopGg.TopGgSandboxCredentials;

namespace Guildhall.Sandbox.Tests.TopGg;

public sealed class TopGgRateLimitTests
{
    [Fact]
    public async Task The_61st_bots_request_in_a_minute_is_429_and_blocks_the_token_for_an_hour()
    {
        await using var sandbox = await StartAsync();
        for (var i = 0; i < 60; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync("bots/stats")).StatusCode);
        }

        var limited = await sandbox.GetAsync("bots/stats");
        var body = await ReadJsonAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromHours(1), limited.Headers.RetryAfter!.Delta);
        Assert.Equal("""{"retry-after":3600}""", body.ToJsonString());

        // The block covers every route, and reports what remains of it.
        sandbox.Clock.Advance(TimeSpan.FromMinutes(10));
        var weekend = await sandbox.GetAsync("weekend");
        Assert.Equal(HttpStatusCode.TooManyRequests, weekend.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(50), weekend.Headers.RetryAfter!.Delta);
        Assert.Equal(3000, (long)(await ReadJsonAsync(weekend, HttpStatusCode.TooManyRequests))["retry-after"]!);

        var v1 = await sandbox.GetAsync("v1/projects/@me");
        var problem = await ReadProblemAsync(v1, HttpStatusCode.TooManyRequests);
        Assert.Equal(3000, (long)problem["retry-after"]!);
        Assert.Equal(TimeSpan.FromSeconds(3000), v1.Headers.RetryAfter!.Delta);

        sandbox.Clock.Advance(TimeSpan.FromMinutes(50));
        Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync("bots/stats")).StatusCode);
    }

    [Fact]
    public async Task Blocked_seconds_round_up()
    {
        await using var sandbox = await StartAsync();
        await ExhaustBotsLimitAsync(sandbox, Bearer(Token));
        sandbox.Clock.Advance(TimeSpan.FromMilliseconds(1500));
        var response = await sandbox.GetAsync("weekend");
        Assert.Equal(3599, (long)(await ReadJsonAsync(response, HttpStatusCode.TooManyRequests))["retry-after"]!);
    }

    [Fact]
    public async Task Requests_spread_over_more_than_a_minute_stay_within_the_bots_limit()
    {
        await using var sandbox = await StartAsync();
        for (var i = 0; i < 120; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync("bots/stats")).StatusCode);
            sandbox.Clock.Advance(TimeSpan.FromSeconds(1));
        }
    }

    [Fact]
    public async Task The_101st_request_in_a_second_is_429_on_any_route()
    {
        await using var sandbox = await StartAsync();
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync("weekend")).StatusCode);
        }

        var limited = await sandbox.GetAsync("v1/projects/@me");
        await ReadProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromHours(1), limited.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task A_hundred_requests_a_second_can_go_on_for_longer()
    {
        await using var sandbox = await StartAsync();
        for (var second = 0; second < 3; second++)
        {
            for (var i = 0; i < 100; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync("weekend")).StatusCode);
            }

            sandbox.Clock.Advance(TimeSpan.FromSeconds(1));
        }
    }

    [Fact]
    public async Task Limits_are_counted_per_token()
    {
        await using var sandbox = await StartAsync();
        await ExhaustBotsLimitAsync(sandbox, Bearer(Token));

        Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync("bots/stats", LegacyToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync("bots/stats", Bearer(OtherBotToken))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await sandbox.GetAsync("bots/stats", Token)).StatusCode);
    }

    [Fact]
    public async Task The_block_lasts_as_configured()
    {
        await using var sandbox = await StartAsync(o => o.TopGgBlockDuration = TimeSpan.FromSeconds(30));
        await ExhaustBotsLimitAsync(sandbox, Bearer(Token));
        var limited = await sandbox.GetAsync("bots/stats");
        Assert.Equal(TimeSpan.FromSeconds(30), limited.Headers.RetryAfter!.Delta);

        sandbox.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync("bots/stats")).StatusCode);
    }

    [Fact]
    public async Task The_admin_route_lifts_a_block()
    {
        await using var sandbox = await StartAsync();
        await ExhaustBotsLimitAsync(sandbox, Bearer(Token));
        await ExhaustBotsLimitAsync(sandbox, Bearer(OtherBotToken));

        var one = await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Post, "rate-limits/reset", $$"""{"token":"{{Token}}"}"""), HttpStatusCode.OK);
        Assert.Equal(1, (int)one["reset"]!);
        Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync("bots/stats")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await sandbox.GetAsync("bots/stats", Bearer(OtherBotToken))).StatusCode);

        var all = await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Post, "rate-limits/reset"), HttpStatusCode.OK);
        Assert.Equal(2, (int)all["reset"]!);
        Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync("bots/stats", Bearer(OtherBotToken))).StatusCode);

        await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Post, "rate-limits/reset", """{"token":5}"""), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Limits_can_be_turned_off()
    {
        await using var sandbox = await StartAsync(o => o.EnforceRateLimits = false);
        for (var i = 0; i < 150; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync("bots/stats")).StatusCode);
        }
    }

    private static async Task ExhaustBotsLimitAsync(TopGgSandbox sandbox, string authorization)
    {
        for (var i = 0; i < 60; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync("bots/stats", authorization)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await sandbox.GetAsync("bots/stats", authorization)).StatusCode);
    }
}
