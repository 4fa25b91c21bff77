using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using static Guildhall.Sandbox.Tests.TopGg.TopGgSandbox;
using static Guildhall.Sandbox.TopGg.TopGgSandboxCredentials;

namespace Guildhall.Sandbox.Tests.TopGg;

public sealed class TopGgDeliveryTests
{
    private const string Secret = "whs_6a1f0c2e9b8d4f7a3c5e1b0d2f4a6c8e";
    private const string ReceiverUrl = "https://receiver.test/topgg/webhook";

    [Fact]
    public async Task A_legacy_bot_vote_carries_the_authorization_and_the_flat_body_and_is_recorded()
    {
        using var receiver = new RecordingReceiver();
        await using var sandbox = await StartWithReceiverAsync(receiver);

        var record = await DeliverAsync(sandbox, $$"""{"url":"{{ReceiverUrl}}","secret":"hunter2","user":"{{NonVoterId}}","query":"?ref=docs&a=1","wait":true}""");

        Assert.Equal("delivered", (string?)record["status"]);
        var attempt = Assert.Single(record["attempts"]!.AsArray())!;
        Assert.Equal(204, (int)attempt["status_code"]!);
        Assert.Equal("delivered", (string?)attempt["outcome"]);
        var webhook = Assert.Single(receiver.Received);
        Assert.Equal(HttpMethod.Post, webhook.Method);
        Assert.Equal(ReceiverUrl, webhook.Url.ToString());
        Assert.Equal("hunter2", webhook.Headers["Authorization"]);
        Assert.Equal("application/json", webhook.ContentType);
        Assert.Equal(
            $$"""{"bot":"{{BotId}}","user":"{{NonVoterId}}","type":"upvote","isWeekend":false,"query":"?ref=docs&a=1"}""",
            webhook.Body);
        Assert.DoesNotContain("hunter2", record.ToJsonString(), StringComparison.Ordinal);

        var check = await ReadJsonAsync(await sandbox.GetAsync($"bots/check?userId={NonVoterId}"), HttpStatusCode.OK);
        Assert.Equal(1, (int)check["voted"]!);
    }

    [Fact]
    public async Task A_legacy_server_vote_has_guild_and_no_weekend_flag()
    {
        using var receiver = new RecordingReceiver();
        await using var sandbox = await StartWithReceiverAsync(receiver);

        await DeliverAsync(sandbox, $$"""{"url":"{{ReceiverUrl}}","kind":"server","guild":"264445053596991498","wait":true}""");

        var webhook = Assert.Single(receiver.Received);
        Assert.Equal($$"""{"guild":"264445053596991498","user":"{{RecentVoterId}}","type":"upvote"}""", webhook.Body);
        Assert.False(webhook.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task A_legacy_test_vote_on_a_weekend_is_not_recorded()
    {
        using var receiver = new RecordingReceiver();
        await using var sandbox = await StartWithReceiverAsync(receiver, start: new DateTimeOffset(2026, 3, 7, 9, 0, 0, TimeSpan.Zero));

        await DeliverAsync(sandbox, $$"""{"url":"{{ReceiverUrl}}","type":"test","user":"{{NonVoterId}}","wait":true}""");

        Assert.Equal($$"""{"bot":"{{BotId}}","user":"{{NonVoterId}}","type":"test","isWeekend":true}""", Assert.Single(receiver.Received).Body);
        var check = await ReadJsonAsync(await sandbox.GetAsync($"bots/check?userId={NonVoterId}"), HttpStatusCode.OK);
        Assert.Equal(0, (int)check["voted"]!);
    }

    [Fact]
    public async Task A_v2_vote_is_signed_over_the_raw_body_with_the_webhook_secret()
    {
        using var receiver = new RecordingReceiver();
        await using var sandbox = await StartWithReceiverAsync(receiver);

        var record = await DeliverAsync(sandbox, $$"""{"url":"{{ReceiverUrl}}","format":"v2","secret":"{{Secret}}","query":"?ref=docs&a=1","isWeekend":true,"wait":true}""");

        var webhook = Assert.Single(receiver.Received);
        var signature = webhook.Headers["x-topgg-signature"].Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal(DefaultStart.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), signature["t"]);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(signature["t"] + "." + webhook.Body)));
        Assert.Equal(expected, signature["v1"]);
        Assert.Equal((string?)record["trace"], webhook.Headers["x-topgg-trace"]);
        Assert.False(webhook.Headers.ContainsKey("Authorization"));

        var payload = JsonNode.Parse(webhook.Body)!;
        Assert.Equal("vote.create", (string?)payload["type"]);
        var data = payload["data"]!.AsObject();
        Assert.Equal(["id", "weight", "created_at", "expires_at", "project", "query", "user"], data.Select(p => p.Key));
        Assert.Equal(2, (int)data["weight"]!);
        Assert.Equal("2026-03-04T12:00:00.0000000+00:00", (string?)data["created_at"]);
        Assert.Equal("2026-03-05T00:00:00.0000000+00:00", (string?)data["expires_at"]);
        Assert.Equal($$"""{"id":"{{ProjectId}}","type":"bot","platform":"discord","platform_id":"{{BotId}}"}""", data["project"]!.ToJsonString());
        Assert.Equal("""{"ref":"docs","a":"1"}""", data["query"]!.ToJsonString());
        Assert.Equal(RecentVoterTopGgId.ToString(), (string?)data["user"]!["id"]);
        Assert.Equal(RecentVoterId.ToString(), (string?)data["user"]!["platform_id"]);
        Assert.Equal("recent_voter", (string?)data["user"]!["name"]);
    }

    [Fact]
    public async Task A_retried_v2_delivery_is_signed_again_with_the_same_trace()
    {
        using var receiver = new RecordingReceiver().Then(HttpStatusCode.BadGateway).Then(HttpStatusCode.OK);
        await using var sandbox = await StartWithReceiverAsync(receiver);

        await DeliverAsync(sandbox, $$"""{"url":"{{ReceiverUrl}}","format":"v2","secret":"{{Secret}}","event":"webhook.test","wait":true}""");

        var attempts = receiver.Received.ToList();
        Assert.Equal(2, attempts.Count);
        Assert.Equal(attempts[0].Body, attempts[1].Body);
        Assert.Equal(attempts[0].Headers["x-topgg-trace"], attempts[1].Headers["x-topgg-trace"]);
        var payload = JsonNode.Parse(attempts[1].Body)!;
        Assert.Equal("webhook.test", (string?)payload["type"]);
        Assert.Equal(["user", "project"], payload["data"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task Integration_create_records_the_receivers_reply()
    {
        var reply = """{"webhook_url":"https://bot.example/topgg","routes":["vote.create","webhook.test"]}""";
        using var receiver = new RecordingReceiver().Then(HttpStatusCode.OK, reply);
        await using var sandbox = await StartWithReceiverAsync(receiver);

        var record = await DeliverAsync(sandbox, $$"""{"url":"{{ReceiverUrl}}","format":"v2","secret":"{{Secret}}","event":"integration.create","webhookSecret":"whs_handed_over","connectionId":"112402021105124","wait":true}""");

        Assert.Equal("delivered", (string?)record["status"]);
        Assert.Equal(reply, record["reply"]!.ToJsonString());
        var data = JsonNode.Parse(Assert.Single(receiver.Received).Body)!["data"]!.AsObject();
        Assert.Equal(["connection_id", "webhook_secret", "project", "user"], data.Select(p => p.Key));
        Assert.Equal("112402021105124", (string?)data["connection_id"]);
        Assert.Equal("whs_handed_over", (string?)data["webhook_secret"]);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"routes":["vote.create"]}""")]
    [InlineData("""{"webhook_url":"https://bot.example/topgg","routes":["user.delete"]}""")]
    public async Task Integration_create_with_a_bad_reply_fails_without_retrying(string reply)
    {
        using var receiver = new RecordingReceiver().Then(HttpStatusCode.OK, reply);
        await using var sandbox = await StartWithReceiverAsync(receiver);

        var record = await DeliverAsync(sandbox, $$"""{"url":"{{ReceiverUrl}}","format":"v2","secret":"{{Secret}}","event":"integration.create","wait":true}""");

        Assert.Equal("failed", (string?)record["status"]);
        var attempt = Assert.Single(record["attempts"]!.AsArray())!;
        Assert.Equal("invalid-reply", (string?)attempt["outcome"]);
        Assert.False(string.IsNullOrEmpty((string?)attempt["error"]));
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task Integration_delete_carries_only_the_connection()
    {
        using var receiver = new RecordingReceiver();
        await using var sandbox = await StartWithReceiverAsync(receiver);
        await DeliverAsync(sandbox, $$"""{"url":"{{ReceiverUrl}}","format":"v2","secret":"{{Secret}}","event":"integration.delete","connectionId":"77","wait":true}""");
        Assert.Equal("""{"type":"integration.delete","data":{"connection_id":"77"}}""", Assert.Single(receiver.Received).Body);
    }

    [Fact]
    public async Task Server_errors_are_retried_after_2_then_4_seconds()
    {
        using var receiver = new RecordingReceiver().Then(HttpStatusCode.InternalServerError).Then(HttpStatusCode.ServiceUnavailable).Then(HttpStatusCode.OK);
        await using var sandbox = await StartWithReceiverAsync(receiver);

        var record = await DeliverAsync(sandbox, $$"""{"url":"{{ReceiverUrl}}","wait":true}""");

        Assert.Equal("delivered", (string?)record["status"]);
        Assert.Equal([(0.0, 500, "server-error"), (2.0, 503, "server-error"), (4.0, 200, "delivered")], Attempts(record));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.UnprocessableEntity)]
    public async Task Client_errors_are_never_retried(HttpStatusCode status)
    {
        using var receiver = new RecordingReceiver().Then(status);
        await using var sandbox = await StartWithReceiverAsync(receiver);

        var record = await DeliverAsync(sandbox, $$"""{"url":"{{ReceiverUrl}}","format":"v2","secret":"{{Secret}}","wait":true}""");

        Assert.Equal("failed", (string?)record["status"]);
        Assert.Equal([(0.0, (int)status, "client-error")], Attempts(record));
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task Legacy_deliveries_give_up_after_10_retries()
    {
        using var receiver = new RecordingReceiver().Then(HttpStatusCode.InternalServerError);
        await using var sandbox = await StartWithReceiverAsync(receiver);

        var record = await DeliverAsync(sandbox, $$"""{"url":"{{ReceiverUrl}}","wait":true}""");

        Assert.Equal("failed", (string?)record["status"]);
        Assert.Equal(
            [0.0, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024],
            record["attempts"]!.AsArray().Select(a => (double)a!["delay_seconds"]!));
        Assert.Equal(11, receiver.Received.Count);
    }

    [Fact]
    public async Task V2_deliveries_give_up_after_3_retries_on_the_scaled_real_clock()
    {
        using var receiver = new RecordingReceiver().Then(HttpStatusCode.InternalServerError);
        await using var sandbox = await StartWithReceiverAsync(receiver, o =>
        {
            o.TimeProvider = TimeProvider.System;
            o.DeliveryDelayScale = 0.001;
        });

        var record = await DeliverAsync(sandbox, $$"""{"url":"{{ReceiverUrl}}","format":"v2","secret":"{{Secret}}","wait":true}""");

        Assert.Equal("failed", (string?)record["status"]);
        Assert.Equal([(0.0, 500, "server-error"), (2.0, 500, "server-error"), (4.0, 500, "server-error"), (8.0, 500, "server-error")], Attempts(record));
        var started = record["attempts"]!.AsArray().Select(a => DateTimeOffset.Parse((string)a!["started_at"]!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(started.Order(), started);
    }

    [Fact]
    public async Task Network_errors_are_retried()
    {
        using var receiver = new RecordingReceiver()
            .Then((_, _) => throw new HttpRequestException("Connection refused (receiver.test:443)"))
            .Then(HttpStatusCode.OK);
        await using var sandbox = await StartWithReceiverAsync(receiver);

        var record = await DeliverAsync(sandbox, $$"""{"url":"{{ReceiverUrl}}","wait":true}""");

        var attempts = record["attempts"]!.AsArray();
        Assert.Equal("network-error", (string?)attempts[0]!["outcome"]);
        Assert.Contains("Connection refused", (string?)attempts[0]!["error"], StringComparison.Ordinal);
        Assert.Null((int?)attempts[0]!["status_code"]);
        Assert.Equal("delivered", (string?)attempts[1]!["outcome"]);
    }

    [Fact]
    public async Task An_attempt_times_out_after_5_seconds_and_is_retried()
    {
        using var receiver = new RecordingReceiver()
            .Then(async (_, token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                return new HttpResponseMessage(HttpStatusCode.OK);
            })
            .Then(HttpStatusCode.OK);
        await using var sandbox = await StartWithReceiverAsync(receiver);

        var started = await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Post, "deliveries", $$"""{"url":"{{ReceiverUrl}}"}"""), HttpStatusCode.Accepted);
        Assert.Equal("pending", (string?)started["status"]);
        await receiver.Arrived.WaitAsync();
        sandbox.Clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal("pending", (string?)(await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Get, $"deliveries/{started["id"]}"), HttpStatusCode.OK))["status"]);
        sandbox.Clock.Advance(TimeSpan.FromSeconds(1));

        var record = await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Get, $"deliveries/{started["id"]}?wait=true"), HttpStatusCode.OK);
        Assert.Equal("delivered", (string?)record["status"]);
        var attempts = record["attempts"]!.AsArray();
        Assert.Equal("timeout", (string?)attempts[0]!["outcome"]);
        Assert.Null((int?)attempts[0]!["status_code"]);
        Assert.Equal("delivered", (string?)attempts[1]!["outcome"]);
    }

    [Fact]
    public async Task Deliveries_are_listed_and_unknown_ones_are_404()
    {
        using var receiver = new RecordingReceiver();
        await using var sandbox = await StartWithReceiverAsync(receiver);
        var first = await DeliverAsync(sandbox, $$"""{"url":"{{ReceiverUrl}}","wait":true}""");
        var second = await DeliverAsync(sandbox, $$"""{"url":"{{ReceiverUrl}}","type":"test","wait":true}""");

        var all = await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Get, "deliveries"), HttpStatusCode.OK);
        Assert.Equal([(string?)first["id"], (string?)second["id"]], all.AsArray().Select(d => (string?)d!["id"]));
        await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Get, "deliveries/dlv_999"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"url":"ftp://receiver.test/"}""")]
    [InlineData("""{"url":"/relative"}""")]
    [InlineData("""{"url":"https://receiver.test/","format":"v3"}""")]
    [InlineData("""{"url":"https://receiver.test/","format":"v2"}""")]
    [InlineData("""{"url":"https://receiver.test/","format":"v2","secret":"hunter2"}""")]
    [InlineData("""{"url":"https://receiver.test/","user":"696969696969696969"}""")]
    [InlineData("""{"url":"https://receiver.test/","bot":"696969696969696969"}""")]
    [InlineData("""{"url":"https://receiver.test/","kind":"server"}""")]
    [InlineData("""{"url":"https://receiver.test/","kind":"channel"}""")]
    [InlineData("""{"url":"https://receiver.test/","type":"downvote"}""")]
    [InlineData("""{"url":"https://receiver.test/","format":"v2","secret":"whs_x","event":"vote.delete"}""")]
    [InlineData("""{"url":"https://receiver.test/","isWeekend":"yes"}""")]
    [InlineData("""{"url":"https://receiver.test/","wait":"yes"}""")]
    [InlineData("""[]""")]
    public async Task Invalid_delivery_requests_are_400_and_send_nothing(string body)
    {
        using var receiver = new RecordingReceiver();
        await using var sandbox = await StartWithReceiverAsync(receiver);

        var error = await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Post, "deliveries", body), HttpStatusCode.BadRequest);

        Assert.False(string.IsNullOrEmpty((string?)error["error"]));
        Assert.Empty(receiver.Received);
        Assert.Empty((await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Get, "deliveries"), HttpStatusCode.OK)).AsArray());
    }

    private static Task<TopGgSandbox> StartWithReceiverAsync(
        RecordingReceiver receiver, Action<Hosting.SandboxOptions>? configure = null, DateTimeOffset? start = null) =>
        StartAsync(o =>
        {
            o.OutboundHandler = receiver;
            o.DeliveryDelayScale = 0;
            configure?.Invoke(o);
        }, start);

    private static async Task<JsonNode> DeliverAsync(TopGgSandbox sandbox, string body) =>
        await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Post, "deliveries", body), HttpStatusCode.OK);

    private static List<(double Delay, int Status, string Outcome)> Attempts(JsonNode record) =>
        [.. record["attempts"]!.AsArray().Select(a => ((double)a!["delay_seconds"]!, (int)a["status_code"]!, (string)a["outcome"]!))];
}
