using System.Net;
using System.Text;
using System.Text.Json;
using Guildhall.Testing;
using Guildhall.TopGg.Tests.Webhooks;
using Guildhall.TopGg.Webhooks;
using Microsoft.AspNetCore.Builder;
using static Guildhall.TopGg.Tests.Webhooks.WebhookSamples;

namespace Guildhall.TopGg.AspNetCore.Tests;

public sealed class WebhookEndpointStatusTests : IAsyncLifetime
{
    private readonly RecordingHandler _handler = new();
    private WebhookTestHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await WebhookTestHost.StartAsync(app => app.MapTopGgWebhooks("/dbl", _handler.HandleAsync, options => options.MaxBodyBytes = 4096));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_signed_vote_is_handled_and_answered_204()
    {
        using var response = await _host.PostSignedAsync("/dbl", VoteCreate);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var vote = Assert.IsType<VoteCreateEvent>(Assert.Single(_handler.Received));
        Assert.Equal(808499215864008704UL, vote.VoteId);
        Assert.StartsWith("trace-", vote.TraceId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_legacy_vote_on_the_same_route_is_detected_by_its_headers_and_handled()
    {
        using var response = await _host.PostLegacyAsync("/dbl", LegacyBotVote);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.IsType<LegacyBotVoteEvent>(Assert.Single(_handler.Received));
    }

    [Fact]
    public async Task A_server_vote_is_handled_too()
    {
        using var response = await _host.PostLegacyAsync("/dbl", LegacyServerVote);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.IsType<LegacyServerVoteEvent>(Assert.Single(_handler.Received));
    }

    [Theory]
    [InlineData(null, "MissingCredentials")]
    [InlineData("wrong", "does not match")]
    public async Task Missing_or_wrong_credentials_are_answered_401_without_reaching_the_handler(string? authorization, string expected)
    {
        using var response = await _host.PostLegacyAsync("/dbl", LegacyBotVote, authorization);

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, expected == "MissingCredentials" ? "missing" : expected);
        Assert.Empty(_handler.Received);
    }

    [Fact]
    public async Task A_bad_signature_is_answered_403()
    {
        using var response = await _host.PostSignedAsync("/dbl", VoteCreate, secret: "whs_forged");

        await AssertErrorAsync(response, HttpStatusCode.Forbidden, "does not match");
        Assert.Empty(_handler.Received);
    }

    [Fact]
    public async Task A_replayed_delivery_outside_the_window_is_answered_403()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/dbl") { Content = new StringContent(VoteCreate, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation(TopGgWebhookSignature.HeaderName, TopGgWebhookSignature.Create(Bytes(VoteCreate), Secret, _host.Time.GetUtcNow()));
        _host.Time.Advance(TimeSpan.FromMinutes(2));

        using var response = await _host.Client.SendAsync(request);

        await AssertErrorAsync(response, HttpStatusCode.Forbidden, "in the past");
    }

    [Fact]
    public async Task A_malformed_signature_header_is_answered_400()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/dbl") { Content = new StringContent(VoteCreate, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation(TopGgWebhookSignature.HeaderName, "sha256=abc");

        using var response = await _host.Client.SendAsync(request);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "t=<unix seconds>");
    }

    [Fact]
    public async Task An_unparsable_body_is_answered_400_and_a_body_missing_fields_422()
    {
        using var broken = await _host.PostSignedAsync("/dbl", "{\"type\":");
        using var incomplete = await _host.PostSignedAsync("/dbl", """{"type":"vote.create","data":{}}""");

        await AssertErrorAsync(broken, HttpStatusCode.BadRequest, "not valid JSON");
        await AssertErrorAsync(incomplete, HttpStatusCode.UnprocessableEntity, "data.project is missing");
        Assert.Empty(_handler.Received);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Anything_but_POST_is_answered_405_with_an_Allow_header(string method)
    {
        using var response = await _host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/dbl"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Empty(_handler.Received);
    }

    [Fact]
    public async Task A_body_over_the_cap_is_answered_413_whether_or_not_its_length_is_declared()
    {
        var big = "{\"pad\":\"" + new string('x', 5000) + "\"}";
        using var declared = await _host.PostLegacyAsync("/dbl", big);
        var chunked = new HttpRequestMessage(HttpMethod.Post, "/dbl") { Content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(big))) };
        chunked.Headers.TryAddWithoutValidation("Authorization", WebhookSamples.Authorization);
        using var streamed = await _host.Client.SendAsync(chunked);

        await AssertErrorAsync(declared, HttpStatusCode.RequestEntityTooLarge, "larger than 4096");
        await AssertErrorAsync(streamed, HttpStatusCode.RequestEntityTooLarge, "larger than 4096");
    }

    [Fact]
    public async Task A_handler_that_throws_is_answered_500_and_the_retry_reaches_it_again()
    {
        _handler.FailNext(1);

        using var first = await _host.PostLegacyAsync("/dbl", LegacyBotVote);
        using var retry = await _host.PostLegacyAsync("/dbl", LegacyBotVote);

        await AssertErrorAsync(first, HttpStatusCode.InternalServerError, "handler failed");
        Assert.DoesNotContain("reward database", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, retry.StatusCode);
        Assert.Equal(2, _handler.Received.Count);
    }

    [Fact]
    public async Task A_retried_V2_vote_reaches_the_handler_once()
    {
        using var first = await _host.PostSignedAsync("/dbl", VoteCreate);
        _host.Time.Advance(TimeSpan.FromSeconds(2));
        using var retry = await _host.PostSignedAsync("/dbl", VoteCreate);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("duplicate", await ReadPropertyAsync(retry, "status"));
        Assert.Single(_handler.Received);
    }

    [Fact]
    public async Task A_retried_legacy_vote_reaches_the_handler_once_but_a_different_vote_does()
    {
        using var first = await _host.PostLegacyAsync("/dbl", LegacyBotVote);
        using var retry = await _host.PostLegacyAsync("/dbl", LegacyBotVote);
        using var other = await _host.PostLegacyAsync("/dbl", LegacyServerVote);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, other.StatusCode);
        Assert.Equal(2, _handler.Received.Count);
    }

    [Fact]
    public async Task Test_deliveries_are_never_swallowed_as_duplicates()
    {
        using var first = await _host.PostLegacyAsync("/dbl", LegacyTestVote);
        using var second = await _host.PostLegacyAsync("/dbl", LegacyTestVote);

        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.Equal(2, _handler.Received.Count);
    }

    [Fact]
    public async Task A_slow_handler_does_not_hold_the_reply_past_the_deadline()
    {
        _handler.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var arrived = _handler.Arrived.Task;

        var responding = _host.PostSignedAsync("/dbl", VoteCreate);
        await arrived;
        using var response = await _host.Time.RunUntilCompleteAsync(responding);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("accepted", await ReadPropertyAsync(response, "status"));
        _handler.Gate.SetResult();
    }

    internal static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string fragment)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = await ReadPropertyAsync(response, "error");
        Assert.Contains(fragment, error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Secret, error, StringComparison.Ordinal);
        Assert.DoesNotContain(WebhookSamples.Authorization, error, StringComparison.Ordinal);
    }

    internal static async Task<string?> ReadPropertyAsync(HttpResponseMessage response, string name)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty(name).GetString();
    }

    /// <summary>A body without a known length, so it is sent chunked.</summary>
    private sealed class UnseekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
