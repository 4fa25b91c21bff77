using System.Net;
using Guildhall.Sandbox.Tatsu;
using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Sandbox.Tests.Tatsu;

public sealed class TatsuFaultTests
{
    private const string Key = TatsuSandboxCredentials.GuildmasterKey;
    private static readonly string ProfilePath = $"/users/{GuildmasterUserId}/profile";
    private static readonly string PointsPath = $"/guilds/{TavernGuildId}/members/{ApprenticeUserId}/points";

    [Fact]
    public async Task A_status_fault_answers_with_the_json_error_body_once()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        await sandbox.AdminAsync(HttpMethod.Post, "/faults", """{"kind":"status","status":503}""");

        using var faulted = await sandbox.GetAsync(ProfilePath, Key);
        await TatsuSandbox.AssertErrorAsync(faulted, 503, 0, "503: Service Unavailable");
        using var next = await sandbox.GetAsync(ProfilePath, Key);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task An_html_fault_answers_with_a_cdn_style_page()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        await sandbox.AdminAsync(HttpMethod.Post, "/faults", """{"kind":"html"}""");

        using var response = await sandbox.GetAsync(ProfilePath, Key);
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<!DOCTYPE html>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_truncated_fault_answers_200_with_half_a_json_document()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        await sandbox.AdminAsync(HttpMethod.Post, "/faults", """{"kind":"truncated"}""");

        using var response = await sandbox.GetAsync(ProfilePath, Key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.JsonDocument.Parse(body));
    }

    [Fact]
    public async Task A_no_content_fault_applies_the_change_and_answers_204()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        await sandbox.AdminAsync(HttpMethod.Post, "/faults", """{"kind":"no_content","method":"PATCH"}""");
        using var before = await sandbox.GetAsync(PointsPath, Key);
        var points = (await TatsuSandbox.ReadObjectAsync(before))["points"]!.GetValue<ulong>();

        using var response = await sandbox.PatchAsync(PointsPath, Key, """{"action":0,"amount":25}""");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());

        using var after = await sandbox.GetAsync(PointsPath, Key);
        Assert.Equal(points + 25, (await TatsuSandbox.ReadObjectAsync(after))["points"]!.GetValue<ulong>());
    }

    [Fact]
    public async Task An_abort_fault_drops_the_connection()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        await sandbox.AdminAsync(HttpMethod.Post, "/faults", """{"kind":"abort"}""");

        await Assert.ThrowsAnyAsync<Exception>(() => sandbox.GetAsync(ProfilePath, Key));
        using var next = await sandbox.GetAsync(ProfilePath, Key);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task A_delay_fault_holds_the_request_on_the_sandbox_clock()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        await sandbox.AdminAsync(HttpMethod.Post, "/faults", """{"kind":"delay","delay_ms":30000}""");

        var pending = sandbox.GetAsync(ProfilePath, Key);
        // The real-time guard only keeps a broken build from hanging; the clock moves only once the delay waits on it.
        var delay = await sandbox.Time.FirstTimer.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(TimeSpan.FromSeconds(30), delay);
        Assert.False(pending.IsCompleted);
        sandbox.Time.Advance(delay);

        using var response = await pending;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(sandbox.Time.GetUtcNow() >= new DateTimeOffset(2025, 3, 14, 12, 0, 30, TimeSpan.Zero));
    }

    [Fact]
    public async Task Faults_match_method_and_path_and_count_down()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        await sandbox.AdminAsync(HttpMethod.Post, "/faults", """{"kind":"status","status":500,"method":"PATCH","path":"/guilds/","times":2}""");

        using var read = await sandbox.GetAsync(PointsPath, Key);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var faulted = await sandbox.PatchAsync(PointsPath, Key, """{"action":0,"amount":1}""");
            Assert.Equal(HttpStatusCode.InternalServerError, faulted.StatusCode);
        }

        using var healed = await sandbox.PatchAsync(PointsPath, Key, """{"action":0,"amount":1}""");
        Assert.Equal(HttpStatusCode.OK, healed.StatusCode);
    }

    [Fact]
    public async Task A_fault_can_let_the_first_matching_requests_through()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        await sandbox.AdminAsync(HttpMethod.Post, "/faults", """{"kind":"status","status":502,"method":"PATCH","skip":2}""");

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await sandbox.PatchAsync(PointsPath, Key, """{"action":0,"amount":1}""");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadGateway, HttpStatusCode.OK], statuses);
    }

    [Fact]
    public async Task Faults_can_be_listed_and_cleared()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        await sandbox.AdminAsync(HttpMethod.Post, "/faults", """{"kind":"html","times":3}""");

        var pending = (await sandbox.AdminJsonAsync(HttpMethod.Get, "/faults")).AsArray();
        Assert.Equal("html", Assert.Single(pending)!["kind"]!.GetValue<string>());
        Assert.Equal(502, pending[0]!["status"]!.GetValue<int>());

        using var cleared = await sandbox.AdminAsync(HttpMethod.Delete, "/faults");
        using var response = await sandbox.GetAsync(ProfilePath, Key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"kind":"explode"}""")]
    [InlineData("""{"status":500}""")]
    [InlineData("""{"kind":"status","status":42}""")]
    [InlineData("""{"kind":"status","times":0}""")]
    [InlineData("not json")]
    public async Task Malformed_fault_requests_are_rejected(string body)
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        using var response = await sandbox.AdminAsync(HttpMethod.Post, "/faults", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty((await sandbox.AdminJsonAsync(HttpMethod.Get, "/faults")).AsArray());
    }
}
