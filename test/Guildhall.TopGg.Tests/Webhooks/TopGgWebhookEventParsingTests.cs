using Guildhall.TopGg.Models;
using System.Text.Json;
using Guildhall.TopGg.Webhooks;
using Microsoft.Extensions.Time.Testing;
using static Guildhall.TopGg.Tests.Webhooks.TopGgWebhookVerifierV2Tests;
using static Guildhall.TopGg.Tests.Webhooks.WebhookSamples;

namespace Guildhall.TopGg.Tests.Webhooks;

public sealed class TopGgWebhookEventParsingTests
{
    private readonly TopGgWebhookVerifier _verifier = new(new TopGgWebhookOptions { Secret = Secret, TimeProvider = new FakeTimeProvider(Now) });

    private TopGgWebhookResult Verify(string body) => _verifier.Verify(Bytes(body), Signed(body));

    [Fact]
    public void A_webhook_test_event_carries_the_user_and_the_project_and_is_never_deduplicated()
    {
        var test = Assert.IsType<WebhookTestEvent>(Verify(WebhookTest).Event);

        Assert.Equal(160105994217586689UL, test.User.PlatformId);
        Assert.Equal("<avatar url>", test.User.AvatarUrl);
        Assert.Equal(803190510032756736UL, test.Project.Id);
        Assert.Equal(TopGgProjectType.Bot, test.Project.Type);
        Assert.Null(test.DeduplicationKey);
        Assert.Equal("trace-1", test.TraceId);
    }

    [Fact]
    public void An_integration_create_event_carries_the_secret_but_never_prints_it()
    {
        var created = Assert.IsType<IntegrationCreateEvent>(Verify(IntegrationCreate).Event);

        Assert.Equal("112402021105124", created.ConnectionId);
        Assert.Equal("whs_abcd", created.WebhookSecret);
        Assert.Equal(1230954036934033243UL, created.Project.Id);
        Assert.Equal(3949456393249234923UL, created.User.PlatformId);
        Assert.Null(created.DeduplicationKey);
        var printed = created.ToString();
        Assert.DoesNotContain("whs_abcd", printed, StringComparison.Ordinal);
        Assert.Contains("ConnectionId = 112402021105124", printed, StringComparison.Ordinal);
        Assert.Contains("WebhookSecret = ***", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void An_integration_delete_event_carries_the_connection()
    {
        var deleted = Assert.IsType<IntegrationDeleteEvent>(Verify(IntegrationDelete).Event);

        Assert.Equal("112402021105124", deleted.ConnectionId);
    }

    [Fact]
    public void An_unknown_event_type_is_accepted_raw_so_newer_events_are_not_lost()
    {
        const string body = """{"type":"review.create","data":{"id":"1","score":5}}""";

        var unknown = Assert.IsType<UnknownWebhookEvent>(Verify(body).Event);

        Assert.Equal("review.create", unknown.Type);
        Assert.Equal(5, unknown.Data.GetProperty("score").GetInt32());
    }

    [Fact]
    public void The_integration_create_reply_is_the_documented_json()
    {
        var reply = new IntegrationCreateReply(new Uri("https://your.bot/webhooks/xyz"), VoteCreateEvent.EventType, WebhookTestEvent.EventType);

        using var json = JsonDocument.Parse(reply.ToJsonBytes());

        Assert.Equal("https://your.bot/webhooks/xyz", json.RootElement.GetProperty("webhook_url").GetString());
        Assert.Equal(["vote.create", "webhook.test"], json.RootElement.GetProperty("routes").EnumerateArray().Select(route => route.GetString()));
    }

    [Fact]
    public void An_integration_create_reply_defaults_to_votes_and_refuses_relative_urls()
    {
        Assert.Equal(["vote.create"], new IntegrationCreateReply(new Uri("https://your.bot/hook")).Routes);
        Assert.Throws<ArgumentException>(() => new IntegrationCreateReply(new Uri("/hook", UriKind.Relative)));
        Assert.Throws<ArgumentException>(() => new IntegrationCreateReply(new Uri("https://your.bot/hook"), " "));
    }

    [Fact]
    public void Snowflakes_are_read_from_numbers_as_well_as_strings()
    {
        var body = VoteCreate.Replace("\"id\":\"808499215864008704\"", "\"id\":808499215864008704", StringComparison.Ordinal);

        Assert.Equal(808499215864008704UL, Assert.IsType<VoteCreateEvent>(Verify(body).Event).VoteId);
    }

    [Fact]
    public void Dates_with_Z_and_few_fraction_digits_are_read()
    {
        var body = VoteCreate.Replace("2026-02-09T00:47:14.2510149+00:00", "2026-01-17T23:36:06.34732Z", StringComparison.Ordinal);

        var vote = Assert.IsType<VoteCreateEvent>(Verify(body).Event);

        Assert.Equal(new DateTimeOffset(2026, 1, 17, 23, 36, 6, TimeSpan.Zero).AddTicks(3473200), vote.CreatedAt);
    }

    [Fact]
    public void Unknown_project_types_and_platforms_read_as_unknown()
    {
        var body = VoteCreate.Replace("\"type\":\"bot\"", "\"type\":\"app\"", StringComparison.Ordinal)
            .Replace("\"platform\":\"discord\"", "\"platform\":\"matrix\"", StringComparison.Ordinal);

        var vote = Assert.IsType<VoteCreateEvent>(Verify(body).Event);

        Assert.Equal(TopGgProjectType.Unknown, vote.Project.Type);
        Assert.Equal(TopGgPlatform.Unknown, vote.Project.Platform);
    }

    [Fact]
    public void A_missing_weight_counts_as_one_vote()
    {
        var body = VoteCreate.Replace("\"weight\":1,", "", StringComparison.Ordinal);

        Assert.Equal(1, Assert.IsType<VoteCreateEvent>(Verify(body).Event).Weight);
    }

    [Theory]
    [InlineData("\"id\":\"808499215864008704\",", "", "data.id is missing")]
    [InlineData("\"platform_id\":\"661200758510977084\"", "\"platform_id\":\"not-a-number\"", "data.user.platform_id should be a snowflake id")]
    [InlineData("\"created_at\":\"2026-02-09T00:47:14.2510149+00:00\"", "\"created_at\":\"yesterday\"", "data.created_at is not a date")]
    [InlineData("\"weight\":1", "\"weight\":\"heavy\"", "data.weight should be an integer")]
    [InlineData("\"type\":\"vote.create\",", "", "type is missing")]
    public void A_body_without_a_required_field_is_refused_with_422_naming_the_field(string find, string replace, string message)
    {
        var body = VoteCreate.Replace(find, replace, StringComparison.Ordinal);

        var result = Verify(body);

        AssertRejected(result, TopGgWebhookRejectionReason.InvalidPayload, 422);
        Assert.Contains(message, result.Rejection!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"type\":\"vote.create\",")]
    [InlineData("[1,2,3]")]
    [InlineData("{} trailing")]
    public void A_body_that_is_not_a_json_object_is_refused_with_400(string body)
    {
        AssertRejected(Verify(body), TopGgWebhookRejectionReason.MalformedBody, 400);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_body_with_bytes_that_are_not_utf8_inside_a_string_is_refused_with_400(bool isV2)
    {
        // Found by fuzzing: the JSON reader accepts such a string and failed only when the field was read, which threw
        // an InvalidOperationException out of Verify (a 500 from the endpoint) instead of a rejection.
        var text = isV2 ? WebhookTest : LegacyBotVote;
        var field = isV2 ? "\"name\":\"username\"" : "\"type\":\"upvote\"";
        var at = text.IndexOf(field, StringComparison.Ordinal) + field.Length - 2;
        var body = Bytes(text);
        body[at] = 0x8F;
        var verifier = new TopGgWebhookVerifier(new TopGgWebhookOptions { Secret = Secret, Authorization = Authorization, TimeProvider = new FakeTimeProvider(Now) });

        var result = isV2
            ? verifier.Verify(body, new TopGgWebhookHeaders(null, TopGgWebhookSignature.Create(body, Secret, Now), "trace-1"))
            : verifier.Verify(body, Legacy());

        AssertRejected(result, TopGgWebhookRejectionReason.MalformedBody, 400);
        Assert.Contains("UTF-8", result.Rejection!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_starting_with_a_byte_order_mark_is_read()
    {
        var body = "\uFEFF" + IntegrationDelete;

        Assert.IsType<IntegrationDeleteEvent>(Verify(body).Event);
    }
}
