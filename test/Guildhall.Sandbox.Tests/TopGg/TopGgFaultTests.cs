using System.Net;
using static Guildhall.Sandbox.Tests.TopGg.TopGgSandbox;

namespace Guildhall.Sandbox.Tests.TopGg;

public sealed class TopGgFaultTests
{
    [Fact]
    public async Task A_json_500_replaces_the_next_response_only()
    {
        await using var sandbox = await StartAsync();
        await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Post, "faults", """{"preset":"json-500"}"""), HttpStatusCode.Created);

        var failed = await sandbox.GetAsync("bots/stats");
        var body = await ReadJsonAsync(failed, HttpStatusCode.InternalServerError);
        Assert.Equal("Internal Server Error", (string?)body["message"]);
        Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync("bots/stats")).StatusCode);
    }

    [Fact]
    public async Task An_html_502_from_the_cdn()
    {
        await using var sandbox = await StartAsync();
        await sandbox.AdminAsync(HttpMethod.Post, "faults", """{"preset":"html-502","count":2}""");

        for (var i = 0; i < 2; i++)
        {
            var response = await sandbox.GetAsync("weekend");
            Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
            Assert.StartsWith("<!DOCTYPE html>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync("weekend")).StatusCode);
    }

    [Fact]
    public async Task A_429_with_only_the_header()
    {
        await using var sandbox = await StartAsync();
        await sandbox.AdminAsync(HttpMethod.Post, "faults", """{"preset":"rate-limit-header-only","headers":{"Retry-After":"120"}}""");

        var response = await sandbox.GetAsync("bots/stats");
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(120), response.Headers.RetryAfter!.Delta);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_429_with_only_the_body()
    {
        await using var sandbox = await StartAsync();
        await sandbox.AdminAsync(HttpMethod.Post, "faults", """{"preset":"rate-limit-body-only"}""");

        var response = await sandbox.GetAsync("bots/stats");
        var body = await ReadJsonAsync(response, HttpStatusCode.TooManyRequests);
        Assert.Null(response.Headers.RetryAfter);
        Assert.Equal(3600, (int)body["retry-after"]!);
    }

    [Fact]
    public async Task A_truncated_json_body_with_a_200()
    {
        await using var sandbox = await StartAsync();
        await sandbox.AdminAsync(HttpMethod.Post, "faults", """{"preset":"truncated-json"}""");

        var response = await sandbox.GetAsync("bots");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.Nodes.JsonNode.Parse(text));
    }

    [Fact]
    public async Task A_dropped_connection()
    {
        await using var sandbox = await StartAsync();
        await sandbox.AdminAsync(HttpMethod.Post, "faults", """{"preset":"connection-reset"}""");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => sandbox.GetAsync("bots/stats"));
        Assert.True(error is HttpRequestException or IOException, error.GetType().FullName);
        Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync("bots/stats")).StatusCode);
    }

    [Fact]
    public async Task A_custom_fault_limited_to_a_path_prefix()
    {
        await using var sandbox = await StartAsync();
        await ReadJsonAsync(
            await sandbox.AdminAsync(HttpMethod.Post, "faults", """{"status":503,"body":"upstream down","contentType":"text/plain","path":"/v1/"}"""),
            HttpStatusCode.Created);

        Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync("bots/stats")).StatusCode);
        var pending = await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Get, "faults"), HttpStatusCode.OK);
        Assert.Equal(503, (int)Assert.Single(pending.AsArray())!["status"]!);

        var response = await sandbox.GetAsync("v1/projects/@me");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("upstream down", await response.Content.ReadAsStringAsync());
        Assert.Empty((await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Get, "faults"), HttpStatusCode.OK)).AsArray());
    }

    [Fact]
    public async Task Faults_come_before_authentication()
    {
        await using var sandbox = await StartAsync();
        await sandbox.AdminAsync(HttpMethod.Post, "faults", """{"preset":"html-502"}""");
        Assert.Equal(HttpStatusCode.BadGateway, (await sandbox.SendAsync(HttpMethod.Get, "bots/stats")).StatusCode);
    }

    [Fact]
    public async Task Queued_faults_can_be_cleared()
    {
        await using var sandbox = await StartAsync();
        await sandbox.AdminAsync(HttpMethod.Post, "faults", """{"preset":"json-500","count":5}""");
        var cleared = await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Delete, "faults"), HttpStatusCode.OK);
        Assert.Equal(5, (int)cleared["cleared"]!);
        Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync("bots/stats")).StatusCode);
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"preset":"meteor"}""")]
    [InlineData("""{"status":99}""")]
    [InlineData("""{"status":"500"}""")]
    [InlineData("""{"status":500,"count":0}""")]
    [InlineData("""{"status":500,"path":"bots"}""")]
    [InlineData("""{"status":500,"headers":{"Retry-After":5}}""")]
    [InlineData("""[1]""")]
    public async Task Invalid_fault_requests_are_400(string body)
    {
        await using var sandbox = await StartAsync();
        var error = await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Post, "faults", body), HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrEmpty((string?)error["error"]));
        Assert.Empty((await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Get, "faults"), HttpStatusCode.OK)).AsArray());
    }
}
