using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Sandbox.Tests.Osu;

public sealed class OsuFaultTests
{
    [Fact]
    public async Task Server_error_faults_answer_the_next_requests_then_stop()
    {
        await using var host = await OsuTestHost.StartAsync();
        var token = await host.ClientTokenAsync();
        var queued = await host.PostJsonAsync("_sandbox/osu/faults", new JsonObject { ["kind"] = "server_error", ["count"] = 2 });

        var first = await host.GetAsync(OsuTestHost.StaffPath, token);
        var second = await host.GetAsync($"osu/api/v2/beatmaps/{OsuSandboxSeed.FeaturedBeatmapId}", token);
        var third = await host.GetAsync(OsuTestHost.StaffPath, token);

        Assert.Equal(HttpStatusCode.Created, queued.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal("""{"error":null}""", await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.InternalServerError, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task Html_502_faults_look_like_a_cdn_error_page()
    {
        await using var host = await OsuTestHost.StartAsync();
        var token = await host.ClientTokenAsync();
        await host.PostJsonAsync("_sandbox/osu/faults", new JsonObject { ["kind"] = "html_502" });

        var response = await host.GetAsync(OsuTestHost.StaffPath, token);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Truncated_json_faults_cut_the_real_body_in_half()
    {
        await using var host = await OsuTestHost.StartAsync();
        var token = await host.ClientTokenAsync();
        var whole = await (await host.GetAsync(OsuTestHost.StaffPath, token)).Content.ReadAsStringAsync();
        await host.PostJsonAsync("_sandbox/osu/faults", new JsonObject { ["kind"] = "truncated_json" });

        var response = await host.GetAsync(OsuTestHost.StaffPath, token);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(text.Length < whole.Length);
        Assert.StartsWith(text, whole, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));
    }

    [Fact]
    public async Task Faults_can_target_a_path_prefix_and_the_token_endpoint()
    {
        await using var host = await OsuTestHost.StartAsync();
        var token = await host.ClientTokenAsync();
        await host.PostJsonAsync("_sandbox/osu/faults", new JsonObject { ["status"] = 503, ["body"] = "down", ["content_type"] = "text/plain", ["path_prefix"] = "/oauth/token" });

        var api = await host.GetAsync(OsuTestHost.StaffPath, token);
        var tokenEndpoint = await host.PostFormAsync("osu/oauth/token", ("grant_type", "client_credentials"));

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, tokenEndpoint.StatusCode);
        Assert.Equal("down", await tokenEndpoint.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pending_faults_can_be_listed_and_cleared()
    {
        await using var host = await OsuTestHost.StartAsync();
        var token = await host.ClientTokenAsync();
        await host.PostJsonAsync("_sandbox/osu/faults", new JsonObject { ["count"] = 3 });

        var pending = JsonNode.Parse(await host.Http.GetStringAsync("_sandbox/osu/faults"))!;
        var cleared = await host.Http.DeleteAsync("_sandbox/osu/faults");
        var response = await host.GetAsync(OsuTestHost.StaffPath, token);

        Assert.Equal(3, pending["pending"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"kind":"meteor"}""")]
    [InlineData("""{"count":0}""")]
    [InlineData("""{"status":42}""")]
    public async Task Invalid_fault_requests_are_rejected(string body)
    {
        await using var host = await OsuTestHost.StartAsync();

        var response = await host.PostJsonAsync("_sandbox/osu/faults", JsonNode.Parse(body)!);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await OsuTestHost.ReadJsonAsync(response))["error"]);
    }
}
