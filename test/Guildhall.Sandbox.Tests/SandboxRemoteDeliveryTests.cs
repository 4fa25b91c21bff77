using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Polympics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Guildhall.Sandbox.Tests;

/// <summary>
/// The sandbox's own calls out (Top.gg vote webhooks, Polympics callbacks) reach only loopback targets unless remote
/// delivery is allowed, so a sandbox left running cannot be used to send requests elsewhere.
/// </summary>
public sealed class SandboxRemoteDeliveryTests
{
    [Theory]
    [InlineData("http://192.0.2.1/dbl")]
    [InlineData("https://bot.example/topgg")]
    [InlineData("http://10.0.0.7:8080/")]
    [InlineData("http://[2001:db8::1]/dbl")]
    public async Task A_vote_delivery_to_another_host_is_refused_and_nothing_is_sent(string url)
    {
        await using var host = await SandboxHost.StartInMemoryAsync();
        using var http = host.CreateClient();

        using var refused = await PostDeliveryAsync(http, url, "dbl");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var error = (string?)JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["error"];
        Assert.Contains("loopback", error, StringComparison.Ordinal);
        Assert.Contains("--allow-remote-delivery", error, StringComparison.Ordinal);
        Assert.Empty(JsonNode.Parse(await http.GetStringAsync("_sandbox/topgg/deliveries"))!.AsArray());
    }

    [Fact]
    public async Task Allowed_remote_delivery_accepts_the_same_target()
    {
        await using var host = await SandboxHost.StartInMemoryAsync(new SandboxOptions { AllowRemoteDelivery = true });
        using var http = host.CreateClient();

        using var accepted = await PostDeliveryAsync(http, "http://192.0.2.1/dbl", "dbl");

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Single(JsonNode.Parse(await http.GetStringAsync("_sandbox/topgg/deliveries"))!.AsArray());
    }

    [Fact]
    public async Task Over_kestrel_a_vote_reaches_a_loopback_receiver_but_no_redirect_leads_it_away()
    {
        await using var receiver = await StartReceiverAsync();
        var receiverBase = receiver.Urls.Single();
        await using var host = await SandboxHost.StartAsync(new SandboxOptions { DeliveryDelayScale = 0.0001 });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var delivered = await PostDeliveryAsync(http, receiverBase + "/dbl", "dbl", wait: true);
        using var redirected = await PostDeliveryAsync(http, receiverBase + "/away", "dbl", wait: true);

        Assert.Equal("delivered", (string?)JsonNode.Parse(await delivered.Content.ReadAsStringAsync())!["status"]);
        var stopped = JsonNode.Parse(await redirected.Content.ReadAsStringAsync())!;
        Assert.Equal("failed", (string?)stopped["status"]);
        Assert.All(stopped["attempts"]!.AsArray(), attempt =>
        {
            Assert.Equal("network-error", (string?)attempt!["outcome"]);
            Assert.Contains("192.0.2.1", (string?)attempt["error"], StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_polympics_callback_to_another_host_is_recorded_unsent_with_the_reason()
    {
        await using var host = await SandboxHost.StartInMemoryAsync();
        using var http = host.CreateClient();
        using var registration = new HttpRequestMessage(HttpMethod.Put, "polympics/callback/account_team_update")
        {
            Content = new StringContent("""{"url":"https://bot.example/polympics","secret":"sw0rdfish"}""", Encoding.UTF8, "application/json"),
        };
        registration.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(
            Encoding.ASCII.GetBytes($"{PolympicsSandboxCredentials.FullAppUsername}:{PolympicsSandboxCredentials.FullAppToken}")));
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(registration)).StatusCode);

        using var fired = await http.PostAsync(
            "_sandbox/polympics/callbacks/account_team_update/fire",
            new StringContent($$"""{"account":{{PolympicsSandboxCredentials.CaptainAccountId}}}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, fired.StatusCode);
        var delivery = Assert.Single(JsonNode.Parse(await fired.Content.ReadAsStringAsync())!["deliveries"]!.AsArray())!;
        Assert.Null(delivery["status_code"]);
        Assert.Contains("--allow-remote-delivery", (string?)delivery["error"], StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostDeliveryAsync(HttpClient http, string url, string secret, bool wait = false) =>
        await http.PostAsync(
            "_sandbox/topgg/deliveries",
            new StringContent(new JsonObject { ["url"] = url, ["format"] = "legacy", ["secret"] = secret, ["wait"] = wait }.ToJsonString(), Encoding.UTF8, "application/json"));

    /// <summary>A bot's webhook on loopback: <c>/dbl</c> takes the vote, <c>/away</c> redirects it to a host off loopback.</summary>
    private static async Task<WebApplication> StartReceiverAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/dbl", () => Results.NoContent());
        app.MapPost("/away", () => Results.Redirect("http://192.0.2.1/dbl", permanent: false, preserveMethod: true));
        await app.StartAsync();
        return app;
    }
}
