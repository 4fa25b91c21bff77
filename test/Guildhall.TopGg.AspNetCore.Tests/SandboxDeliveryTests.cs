using System.Net.Http.Json;
using System.Text.Json;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.TopGg;
using Guildhall.TopGg.Webhooks;

namespace Guildhall.TopGg.AspNetCore.Tests;

/// <summary>End to end: the sandbox delivers votes, as Top.gg does, to a listener on a real loopback port.</summary>
public sealed class SandboxDeliveryTests : IAsyncLifetime
{
    private const string LegacySecret = "sandbox-legacy-auth";
    private const string V2Secret = "whs_sandbox_end_to_end";

    private readonly RecordingHandler _handler = new();
    private SandboxHost _sandbox = null!;
    private TopGgWebhookListener _listener = null!;
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxHost.StartAsync(new SandboxOptions { DeliveryDelayScale = 0.001 });
        _listener = new TopGgWebhookListener("http://127.0.0.1:0", options =>
            {
                options.Authorization = LegacySecret;
                options.Secret = V2Secret;
            })
            .MapBotVotes("/dbl")
            .OnEvent(_handler.HandleAsync)
            .OnIntegrationCreate((integration, _) =>
                ValueTask.FromResult<IntegrationCreateReply?>(new IntegrationCreateReply(new Uri($"https://bot.example/topgg/{integration.ConnectionId}"))));
        await _listener.StartAsync();
        _admin = _sandbox.CreateClient("_sandbox/topgg");
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _listener.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task A_legacy_vote_travels_from_the_sandbox_to_the_handler()
    {
        var delivery = await DeliverAsync(new { format = "legacy", secret = LegacySecret, query = "?ref=tour&n=1", isWeekend = true });

        Assert.Equal("delivered", delivery.GetProperty("status").GetString());
        Assert.Equal(204, delivery.GetProperty("attempts")[0].GetProperty("status_code").GetInt32());
        var vote = Assert.IsType<LegacyBotVoteEvent>(Assert.Single(_handler.Received));
        Assert.Equal(TopGgSandboxCredentials.BotId, vote.BotId);
        Assert.Equal(TopGgSandboxCredentials.RecentVoterId, vote.UserId);
        Assert.True(vote.IsWeekend);
        Assert.Equal("tour", vote.Query["ref"]);
    }

    [Fact]
    public async Task A_signed_V2_vote_travels_from_the_sandbox_to_the_handler_with_its_trace()
    {
        var delivery = await DeliverAsync(new { format = "v2", secret = V2Secret });

        Assert.Equal("delivered", delivery.GetProperty("status").GetString());
        var vote = Assert.IsType<VoteCreateEvent>(Assert.Single(_handler.Received));
        Assert.Equal(TopGgSandboxCredentials.BotId, vote.Project.PlatformId);
        Assert.Equal(TopGgSandboxCredentials.RecentVoterId, vote.VoterId);
        Assert.Equal(delivery.GetProperty("trace").GetString(), vote.TraceId);
        Assert.Equal(delivery.GetProperty("body").GetProperty("data").GetProperty("id").GetString(), vote.VoteId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_integration_handshake_gets_its_reply_to_the_sandbox()
    {
        var delivery = await DeliverAsync(new { format = "v2", secret = V2Secret, @event = "integration.create", connectionId = "112402021105124" });

        Assert.Equal("delivered", delivery.GetProperty("status").GetString());
        Assert.Equal("https://bot.example/topgg/112402021105124", delivery.GetProperty("reply").GetProperty("webhook_url").GetString());
    }

    [Fact]
    public async Task A_wrong_secret_is_refused_with_403_and_the_sandbox_does_not_retry_it()
    {
        var delivery = await DeliverAsync(new { format = "v2", secret = "whs_not_ours" });

        var attempt = Assert.Single(delivery.GetProperty("attempts").EnumerateArray());
        Assert.Equal(403, attempt.GetProperty("status_code").GetInt32());
        Assert.Empty(_handler.Received);
    }

    [Fact]
    public async Task A_handler_failure_makes_the_sandbox_retry_and_the_retry_reaches_the_handler()
    {
        _handler.FailNext(1);

        var delivery = await DeliverAsync(new { format = "legacy", secret = LegacySecret });

        Assert.Equal("delivered", delivery.GetProperty("status").GetString());
        var attempts = delivery.GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("status_code").GetInt32()).ToList();
        Assert.Equal([500, 204], attempts);
        Assert.Equal(2, _handler.Received.Count);
    }

    private async Task<JsonElement> DeliverAsync(object fields)
    {
        var request = JsonSerializer.SerializeToNode(fields)!.AsObject();
        request["url"] = new Uri(_listener.Addresses[0], "/dbl").ToString();
        request["wait"] = true;
        using var response = await _admin.PostAsJsonAsync("deliveries", request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
