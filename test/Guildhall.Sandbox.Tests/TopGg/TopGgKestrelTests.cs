using System.Net;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Hosting;
using Microsoft.Extensions.Time.Testing;
using static Guildhall.Sandbox.TopGg.TopGgSandboxCredentials;

namespace Guildhall.Sandbox.Tests.TopGg;

/// <summary>The emulator over a real socket: what a client in another process sees.</summary>
public sealed class TopGgKestrelTests
{
    [Fact]
    public async Task Serves_v0_and_v1_over_loopback()
    {
        await using var host = await SandboxHost.StartAsync(new SandboxOptions { TimeProvider = new FakeTimeProvider(TopGgSandbox.DefaultStart) });
        using var http = new HttpClient { BaseAddress = host.GetApiBase("topgg/api") };
        Assert.Equal("127.0.0.1", http.BaseAddress!.Host);

        using var stats = new HttpRequestMessage(HttpMethod.Post, "bots/stats") { Content = new StringContent("""{"server_count":[10,20]}""") };
        stats.Headers.TryAddWithoutValidation("Authorization", LegacyToken);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(stats)).StatusCode);

        using var read = new HttpRequestMessage(HttpMethod.Get, "bots/stats");
        read.Headers.Authorization = new("Bearer", Token);
        var response = await http.SendAsync(read);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("""{"server_count":30,"shards":[10,20],"shard_count":2}""", await response.Content.ReadAsStringAsync());

        using var project = new HttpRequestMessage(HttpMethod.Get, "v1/projects/@me");
        project.Headers.TryAddWithoutValidation("Authorization", Token);
        var refused = await http.SendAsync(project);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Equal(401, (int)JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["status"]!);
    }

    [Fact]
    public async Task A_connection_reset_fault_drops_the_socket()
    {
        await using var host = await SandboxHost.StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var fault = new StringContent("""{"preset":"connection-reset"}""", System.Text.Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("_sandbox/topgg/faults", fault)).StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, "topgg/api/weekend");
        request.Headers.TryAddWithoutValidation("Authorization", Token);
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => http.SendAsync(request));
        Assert.IsType<IOException>(error.InnerException);
    }
}
