using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Tatsu;
using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Sandbox.Tests.Faults;

/// <summary>The host-wide faults against real emulator routes: what they do to a real answer, and what the emulators see.</summary>
public sealed class SandboxFaultEmulatorTests() : SandboxTest(new DateTimeOffset(2025, 3, 14, 12, 0, 0, TimeSpan.Zero))
{
    private const string Key = TatsuSandboxCredentials.GuildmasterKey;
    private static readonly string ProfilePath = $"/tatsu/v1/users/{GuildmasterUserId}/profile";
    private static readonly string PointsPath = $"/tatsu/v1/guilds/{TavernGuildId}/members/{ApprenticeUserId}/points";

    [Fact]
    public async Task A_truncated_fault_serves_the_first_half_of_the_real_body()
    {
        await PostFaultAsync(new { path = ProfilePath, kind = "truncated" });

        using var truncated = await TatsuAsync(HttpMethod.Get, ProfilePath);
        using var whole = await TatsuAsync(HttpMethod.Get, ProfilePath);

        var full = await whole.Content.ReadAsByteArrayAsync();
        var half = await truncated.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, truncated.StatusCode);
        Assert.Equal("application/json", truncated.Content.Headers.ContentType?.MediaType);
        Assert.Equal(full[..(full.Length / 2)], half);
        Assert.Equal(GuildmasterUserId.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)JsonNode.Parse(full)!["id"]);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(half));
    }

    [Fact]
    public async Task A_no_content_fault_applies_the_change_and_answers_204_without_a_body()
    {
        var before = await PointsAsync();
        await PostFaultAsync(new { path = "/tatsu/v1/guilds/", method = "PATCH", kind = "no_content" });

        using var response = await TatsuAsync(HttpMethod.Patch, PointsPath, """{"action":0,"amount":25}""");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Null(response.Content.Headers.ContentType);
        Assert.True(response.Headers.Contains("X-RateLimit-Remaining"), "the emulator's own headers go out");
        Assert.Equal(before + 25, await PointsAsync());
    }

    [Fact]
    public async Task A_no_content_fault_lets_an_error_through_unchanged()
    {
        await PostFaultAsync(new { path = "/tatsu/v1/guilds/", method = "PATCH", kind = "no_content" });

        using var response = await TatsuAsync(HttpMethod.Patch, PointsPath, """{"action":0,"amount":25}""", TatsuSandboxCredentials.ApprenticeKey);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("403: Forbidden", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["message"]);
        Assert.Empty(await ListAsync("/_sandbox/faults"));
    }

    [Fact]
    public async Task A_fault_that_skips_lets_the_first_matching_requests_through()
    {
        var created = await PostFaultAsync(new { path = ProfilePath, kind = "status", status = 503, skip = 2 });
        Assert.Equal(2, (int)created["skip"]!);

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await TatsuAsync(HttpMethod.Get, ProfilePath);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], statuses);
    }

    [Fact]
    public async Task A_skipping_fault_counts_down_in_the_listing()
    {
        await PostFaultAsync(new { path = ProfilePath, kind = "abort", skip = 3 });

        using var passed = await TatsuAsync(HttpMethod.Get, ProfilePath);

        var pending = Assert.Single(await ListAsync("/_sandbox/faults"))!;
        Assert.Equal(2, (int)pending["skip"]!);
        Assert.Equal("abort", (string?)pending["kind"]);
    }

    [Fact]
    public async Task A_path_prefix_with_a_query_matches_only_that_query()
    {
        var rankings = $"/tatsu/v1/guilds/{TavernGuildId}/rankings/all";
        await PostFaultAsync(new { path = rankings + "?offset=100", kind = "status", status = 503 });

        using var firstPage = await TatsuAsync(HttpMethod.Get, rankings);
        using var secondPage = await TatsuAsync(HttpMethod.Get, rankings + "?offset=100");

        Assert.Equal(HttpStatusCode.OK, firstPage.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, secondPage.StatusCode);
    }

    [Fact]
    public async Task An_html_fault_names_its_status_or_serves_the_page_it_was_given()
    {
        await PostFaultAsync(new { path = "/probe", kind = "html", status = 503 });
        await PostFaultAsync(new { path = "/probe", kind = "html", status = 502, body = "<html><head><title>Origin down</title></head></html>" });

        using var cdn = await Http.GetAsync("/probe");
        using var own = await Http.GetAsync("/probe");

        Assert.Contains("<title>503 Service Unavailable", await cdn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadGateway, own.StatusCode);
        Assert.Equal("text/html", own.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<html><head><title>Origin down</title></head></html>", await own.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Requests_a_fault_answers_still_reach_the_tatsu_request_log()
    {
        await PostFaultAsync(new { path = "/tatsu/v1/guilds/", method = "PATCH", kind = "status", status = 503, times = 1 });
        await PostFaultAsync(new { path = "/tatsu/v1/guilds/", method = "PATCH", kind = "abort" });

        using var refused = await TatsuAsync(HttpMethod.Patch, PointsPath, """{"action":0,"amount":7}""");
        var dropped = await Assert.ThrowsAnyAsync<Exception>(() => TatsuAsync(HttpMethod.Patch, PointsPath, """{"action":0,"amount":8}"""));

        Assert.True(dropped is HttpRequestException or IOException, dropped.GetType().FullName);
        var log = await ListAsync("/_sandbox/tatsu/requests");
        Assert.Equal(
            [$"PATCH {PointsPath["/tatsu/v1".Length..]} 503 {{\"action\":0,\"amount\":7}}", $"PATCH {PointsPath["/tatsu/v1".Length..]} 0 {{\"action\":0,\"amount\":8}}"],
            log.Select(entry => $"{entry!["method"]} {entry["path"]} {entry["status"]} {entry["body"]}"));
    }

    [Fact]
    public async Task Emulator_fault_routes_share_the_host_queue_and_clear_only_their_own()
    {
        using var topgg = await Http.PostAsync("/_sandbox/topgg/faults", Json("""{"preset":"json-500","count":2}"""));
        using var tatsu = await Http.PostAsync("/_sandbox/tatsu/faults", Json("""{"kind":"no_content"}"""));
        Assert.Equal(HttpStatusCode.Created, topgg.StatusCode);
        Assert.Equal(HttpStatusCode.Created, tatsu.StatusCode);

        var all = await ListAsync("/_sandbox/faults");
        Assert.Equal(["/topgg/api/ status 2", "/tatsu/v1/ no_content 1"], all.Select(f => $"{f!["path"]} {f["kind"]} {f["times"]}"));

        using var cleared = await Http.DeleteAsync("/_sandbox/tatsu/faults");
        Assert.Equal("/topgg/api/", (string?)Assert.Single(await ListAsync("/_sandbox/faults"))!["path"]);
        Assert.Empty(await ListAsync("/_sandbox/tatsu/faults"));
    }

    private async Task<JsonObject> PostFaultAsync(object fault)
    {
        using var response = await Http.PostAsJsonAsync("/_sandbox/faults", fault);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private async Task<JsonArray> ListAsync(string path) => (await Http.GetFromJsonAsync<JsonArray>(path))!;

    private Task<HttpResponseMessage> TatsuAsync(HttpMethod method, string path, string? body = null, string key = Key) =>
        Sandbox.SendFromRootAsync(method, path, key, body);

    private async Task<ulong> PointsAsync()
    {
        using var response = await TatsuAsync(HttpMethod.Get, PointsPath);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["points"]!.GetValue<ulong>();
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
