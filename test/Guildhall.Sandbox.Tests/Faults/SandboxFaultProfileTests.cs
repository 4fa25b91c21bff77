using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Tatsu;
using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Sandbox.Tests.Faults;

/// <summary>The fault profiles: named, seeded mixes of faults that a host runs from its start or switches at run time.</summary>
public sealed class SandboxFaultProfileTests
{
    private const string Key = TatsuSandboxCredentials.GuildmasterKey;
    private static readonly string ProfilePath = $"tatsu/v1/users/{GuildmasterUserId}/profile";

    [Fact]
    public async Task The_same_seed_replays_the_same_faults_for_the_same_requests()
    {
        var first = await OutcomesAsync("flaky", seed: 7, requests: 80);
        var again = await OutcomesAsync("flaky", seed: 7, requests: 80);
        var other = await OutcomesAsync("flaky", seed: 8, requests: 80);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Contains(first, outcome => outcome != "200 application/json");
    }

    [Fact]
    public async Task Flaky_mixes_every_failure_it_promises()
    {
        var outcomes = await OutcomesAsync("flaky", seed: 3, requests: 400);

        Assert.Contains("503 application/json", outcomes);
        Assert.Contains("dropped", outcomes);
        Assert.Contains("502 text/html", outcomes);
        Assert.Contains("200 text/html", outcomes);
        Assert.Contains("200 truncated", outcomes);
        Assert.Contains("200 application/json", outcomes);
    }

    [Fact]
    public async Task Throttled_answers_storms_of_429_with_and_without_retry_after()
    {
        await using var host = await StartAsync("throttled", seed: 1);
        using var http = host.CreateClient();
        var (withHeader, without) = (0, 0);
        for (var i = 0; i < 200; i++)
        {
            using var response = await SendAsync(http, HttpMethod.Get, ProfilePath);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                _ = response.Headers.RetryAfter is null ? without++ : withHeader++;
            }
        }

        Assert.True(withHeader > 1 && without > 1, $"429s with Retry-After: {withHeader}, without: {without}");
    }

    [Fact]
    public async Task Slow_answers_arrive_whole()
    {
        // One host, so both answers come from the same seeded world (its dates are taken when it starts).
        await using var host = await StartAsync(profile: null, seed: 0);
        using var slowHttp = host.CreateClient();
        using var expected = await SendAsync(slowHttp, HttpMethod.Get, ProfilePath);
        var body = await expected.Content.ReadAsStringAsync();
        using var started = await slowHttp.PutAsJsonAsync("_sandbox/faults/profile", new { name = "slow", seed = 5 });
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);

        for (var i = 0; i < 6; i++)
        {
            using var response = await SendAsync(slowHttp, HttpMethod.Get, ProfilePath);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(WithoutTimestamps(body), WithoutTimestamps(await response.Content.ReadAsStringAsync()));
        }

        var state = await slowHttp.GetFromJsonAsync<JsonObject>("_sandbox/faults/profile");
        Assert.Equal(6, (int)state!["injected"]!["total"]!);
        Assert.Equal(6, ((int?)state["injected"]!["delay"] ?? 0) + ((int?)state["injected"]!["trickle"] ?? 0));
    }

    [Fact]
    public async Task A_profile_switched_at_run_time_applies_to_one_api_and_stops_on_delete()
    {
        await using var host = await StartAsync(profile: null, seed: 0);
        using var http = host.CreateClient();
        using (var put = await http.PutAsync("_sandbox/faults/profile", Json("""{"name":"throttled","seed":2,"api":"polympics"}""")))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        for (var i = 0; i < 60; i++)
        {
            using var response = await SendAsync(http, HttpMethod.Get, ProfilePath);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 60; i++)
        {
            using var response = await http.GetAsync("polympics/accounts/signups");
            statuses.Add(response.StatusCode);
        }

        var state = await http.GetFromJsonAsync<JsonObject>("_sandbox/faults/profile");
        Assert.Equal("throttled", (string?)state!["name"]);
        Assert.Equal("/polympics", (string?)state["path"]);
        Assert.Equal(statuses.Count(status => status == HttpStatusCode.TooManyRequests), (int)state["injected"]!["total"]!);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);

        using (var delete = await http.DeleteAsync("_sandbox/faults/profile"))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        for (var i = 0; i < 30; i++)
        {
            using var response = await http.GetAsync("polympics/accounts/signups");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("""{"name":"stormy"}""", "flaky, slow, throttled")]
    [InlineData("""{"name":"flaky","api":"twitter"}""", "topgg")]
    [InlineData("""{"name":"flaky","path":"tatsu"}""", "prefix")]
    [InlineData("""{"name":"flaky","seed":"seven"}""", "documented types")]
    [InlineData("""[1]""", "JSON object")]
    public async Task A_bad_profile_request_is_refused_and_changes_nothing(string body, string named)
    {
        await using var host = await StartAsync("slow", seed: 4);
        using var http = host.CreateClient();

        using var response = await http.PutAsync("_sandbox/faults/profile", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var state = await http.GetFromJsonAsync<JsonObject>("_sandbox/faults/profile");
        Assert.Equal("slow", (string?)state!["name"]);
        Assert.Equal(4, (int)state["seed"]!);
    }

    [Fact]
    public async Task An_unknown_profile_in_the_options_fails_the_start_naming_the_profiles()
    {
        var failure = await Assert.ThrowsAsync<ArgumentException>(() => StartAsync("stormy", seed: 0));

        Assert.Contains("flaky, slow, throttled", failure.Message, StringComparison.Ordinal);
        Assert.Equal(["flaky", "slow", "throttled"], SandboxHost.FaultProfileNames);
    }

    [Fact]
    public async Task Admin_routes_are_never_spoiled()
    {
        await using var host = await StartAsync("flaky", seed: 11);
        using var http = host.CreateClient();

        for (var i = 0; i < 100; i++)
        {
            using var response = await http.GetAsync("_sandbox/health");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    /// <summary>What each of <paramref name="requests"/> identical requests got, one short line each.</summary>
    private static async Task<IReadOnlyList<string>> OutcomesAsync(string profile, int seed, int requests)
    {
        await using var host = await StartAsync(profile, seed);
        using var http = host.CreateClient();
        var outcomes = new List<string>();
        for (var i = 0; i < requests; i++)
        {
            outcomes.Add(await OutcomeAsync(http));
        }

        return outcomes;
    }

    private static async Task<string> OutcomeAsync(HttpClient http)
    {
        try
        {
            using var response = await SendAsync(http, HttpMethod.Get, ProfilePath);
            var text = await response.Content.ReadAsStringAsync();
            var type = response.Content.Headers.ContentType?.MediaType;
            var whole = type != "application/json" || IsJson(text);
            return $"{(int)response.StatusCode} {(whole ? type : "truncated")}";
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            return "dropped";
        }
    }

    private static bool IsJson(string text)
    {
        try
        {
            JsonNode.Parse(text);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static Task<SandboxHost> StartAsync(string? profile, int seed) =>
        SandboxHost.StartInMemoryAsync(new SandboxOptions { FaultProfile = profile, FaultSeed = seed, EnforceRateLimits = false });

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.TryAddWithoutValidation("Authorization", Key);
        return await http.SendAsync(request);
    }

    // Dates the emulator derives from its clock (a renewal a few weeks from now) may tick between the two hosts' answers.
    private static string WithoutTimestamps(string body) =>
        System.Text.RegularExpressions.Regex.Replace(body, @"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", "<timestamp>");

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
