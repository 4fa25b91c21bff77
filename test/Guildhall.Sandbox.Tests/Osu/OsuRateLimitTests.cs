using System.Net;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Sandbox.Tests.Osu;

public sealed class OsuRateLimitTests
{
    [Fact]
    public async Task Api_responses_carry_the_limit_headers()
    {
        await using var host = await OsuTestHost.StartAsync();
        var token = await host.ClientTokenAsync();

        var first = await host.GetAsync(OsuTestHost.StaffPath, token);
        var second = await host.GetAsync(OsuTestHost.StaffPath, token);
        var notFound = await host.GetAsync("osu/api/v2/users/1", token);

        Assert.Equal("1200", first.Headers.GetValues("X-RateLimit-Limit").Single());
        Assert.Equal("1199", first.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal("1198", second.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal("1197", notFound.Headers.GetValues("X-RateLimit-Remaining").Single());
    }

    [Fact]
    public async Task Exceeding_the_limit_answers_429_until_the_minute_has_passed()
    {
        await using var host = await OsuTestHost.StartAsync();
        await host.PutJsonAsync("_sandbox/osu/rate-limits", new JsonObject { ["api_per_minute"] = 3 });
        var token = await host.ClientTokenAsync();
        var other = await host.ClientTokenAsync();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.GetAsync(OsuTestHost.StaffPath, token)).StatusCode);
        }

        var limited = await host.GetAsync(OsuTestHost.StaffPath, token);
        var otherToken = await host.GetAsync(OsuTestHost.StaffPath, other);
        host.Time.Advance(TimeSpan.FromSeconds(60));
        var afterWindow = await host.GetAsync(OsuTestHost.StaffPath, token);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("""{"error":"Too Many Attempts."}""", (await OsuTestHost.ReadJsonAsync(limited)).ToJsonString());
        Assert.False(limited.Headers.Contains("X-RateLimit-Remaining"));
        Assert.Equal(HttpStatusCode.OK, otherToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterWindow.StatusCode);
        Assert.Equal("2", afterWindow.Headers.GetValues("X-RateLimit-Remaining").Single());
    }

    [Fact]
    public async Task Users_by_ids_costs_one_hit_per_id_and_three_with_variants()
    {
        await using var host = await OsuTestHost.StartAsync();
        var token = await host.ClientTokenAsync();

        var ids = await host.GetAsync($"osu/api/v2/users?ids[]={OsuSandboxSeed.StaffUserId}&ids[]={OsuSandboxCredentials.UserId}&ids[]=3", token);
        var variants = await host.GetAsync($"osu/api/v2/users?ids[]={OsuSandboxSeed.StaffUserId}&ids[]={OsuSandboxCredentials.UserId}&include_variant_statistics=1", token);

        Assert.Equal("1197", ids.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal("1191", variants.Headers.GetValues("X-RateLimit-Remaining").Single());
    }

    [Fact]
    public async Task Requests_without_tokens_are_throttled_by_address()
    {
        await using var host = await OsuTestHost.StartAsync();
        await host.PutJsonAsync("_sandbox/osu/rate-limits", new JsonObject { ["api_per_minute"] = 1 });

        var first = await host.GetAsync(OsuTestHost.StaffPath, null);
        var second = await host.GetAsync(OsuTestHost.StaffPath, null);

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal("0", first.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    [Fact]
    public async Task Limits_are_counted_but_not_enforced_when_the_host_says_so()
    {
        await using var host = await OsuTestHost.StartAsync(enforceRateLimits: false);
        await host.PutJsonAsync("_sandbox/osu/rate-limits", new JsonObject { ["api_per_minute"] = 1 });
        var token = await host.ClientTokenAsync();

        await host.GetAsync(OsuTestHost.StaffPath, token);
        var second = await host.GetAsync(OsuTestHost.StaffPath, token);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("0", second.Headers.GetValues("X-RateLimit-Remaining").Single());
    }

    [Fact]
    public async Task Rate_limit_admin_route_validates_its_input()
    {
        await using var host = await OsuTestHost.StartAsync();

        var response = await host.PutJsonAsync("_sandbox/osu/rate-limits", new JsonObject { ["api_per_minute"] = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
