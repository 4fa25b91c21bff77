using System.Net;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Osu;
using Guildhall.Sandbox.Tatsu;
using Guildhall.Sandbox.Tests.Osu;
using Guildhall.Sandbox.Tests.Tatsu;
using Guildhall.Sandbox.Tests.TopGg;
using Guildhall.Sandbox.TopGg;

namespace Guildhall.Sandbox.Tests;

/// <summary><c>GET /_sandbox/rate-limits</c>: what each emulator's limiter saw, counted by the sandbox itself.</summary>
public sealed class SandboxRateCounterTests
{
    [Fact]
    public async Task Top_gg_counts_every_arrival_and_the_most_seen_in_one_window()
    {
        await using var sandbox = await TopGgSandbox.StartAsync();
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync("weekend")).StatusCode);
        }

        var limited = await sandbox.GetAsync("weekend");
        sandbox.Clock.Advance(TimeSpan.FromSeconds(5));
        var duringTheBlock = await sandbox.GetAsync("bots/stats");
        var counters = await CountersAsync(sandbox.Http);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, duringTheBlock.StatusCode);
        var global = Single(counters, "topgg", "global");
        Assert.Equal((102, 100, 2, 101), (Long(global, "arrivals"), Long(global, "accepted"), Long(global, "refused"), Long(global, "max_in_window")));
        Assert.Equal((100, 1000), (Long(global, "limit"), Long(global, "window_ms")));
        var bots = Single(counters, "topgg", "bots");
        Assert.Equal((1, 0, 1, 1), (Long(bots, "arrivals"), Long(bots, "accepted"), Long(bots, "refused"), Long(bots, "max_in_window")));
        Assert.Equal(60_000, Long(bots, "window_ms"));
    }

    [Fact]
    public async Task The_most_seen_in_a_window_slides_with_the_window()
    {
        await using var sandbox = await TopGgSandbox.StartAsync();
        for (var i = 0; i < 90; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync("bots/stats")).StatusCode);
            sandbox.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var bots = Single(await CountersAsync(sandbox.Http), "topgg", "bots");

        Assert.Equal((90, 0, 60), (Long(bots, "accepted"), Long(bots, "refused"), Long(bots, "max_in_window")));
    }

    [Fact]
    public async Task Credentials_appear_only_as_fingerprints_one_row_per_credential()
    {
        await using var sandbox = await TopGgSandbox.StartAsync();
        await sandbox.GetAsync("weekend", TopGgSandbox.Bearer(TopGgSandboxCredentials.Token));
        await sandbox.GetAsync("weekend", TopGgSandbox.Bearer(TopGgSandboxCredentials.OtherBotToken));

        using var response = await sandbox.Http.GetAsync("_sandbox/rate-limits");
        var text = await response.Content.ReadAsStringAsync();
        var rows = JsonNode.Parse(text)!["counters"]!.AsArray();

        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Matches("^[0-9a-f]{16}$", (string)row!["caller"]!));
        Assert.DoesNotContain(TopGgSandboxCredentials.Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain(TopGgSandboxCredentials.OtherBotToken, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tatsu_counts_each_key_against_its_configured_window()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        using (var configured = await sandbox.AdminAsync(HttpMethod.Put, "/rate-limit", """{"limit":3,"window_seconds":10}"""))
        {
            configured.EnsureSuccessStatusCode();
        }

        for (var i = 0; i < 4; i++)
        {
            await sandbox.GetAsync($"/users/{TatsuSandboxData.SupporterUserId}/profile", TatsuSandboxCredentials.GuildmasterKey);
        }

        var key = Single(await CountersAsync(sandbox.Http), "tatsu", "key");

        Assert.Equal((4, 3, 1, 4), (Long(key, "arrivals"), Long(key, "accepted"), Long(key, "refused"), Long(key, "max_in_window")));
        Assert.Equal((3, 10_000), (Long(key, "limit"), Long(key, "window_ms")));
    }

    [Fact]
    public async Task Osu_counts_hits_as_its_throttle_does()
    {
        await using var host = await OsuTestHost.StartAsync();
        var token = await host.ClientTokenAsync();
        await host.GetAsync(OsuTestHost.StaffPath, token);
        await host.GetAsync($"osu/api/v2/users?ids[]={OsuSandboxSeed.StaffUserId}&ids[]={OsuSandboxCredentials.UserId}&ids[]=3", token);

        var counters = await CountersAsync(host.Http);
        var api = Single(counters, "osu", "api");
        var oauth = Single(counters, "osu", "oauth-token");

        Assert.Equal((2, 2, 0, 4), (Long(api, "arrivals"), Long(api, "accepted"), Long(api, "refused"), Long(api, "max_in_window")));
        Assert.Equal((1200, 60_000), (Long(api, "limit"), Long(api, "window_ms")));
        Assert.Equal(1, Long(oauth, "accepted"));
    }

    private static async Task<JsonArray> CountersAsync(HttpClient root)
    {
        using var response = await root.GetAsync("_sandbox/rate-limits");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["counters"]!.AsArray();
    }

    private static JsonNode Single(JsonArray counters, string api, string bucket) =>
        Assert.Single(counters, row => (string)row!["api"]! == api && (string)row["bucket"]! == bucket)!;

    private static long Long(JsonNode row, string name) => (long)row[name]!;
}
