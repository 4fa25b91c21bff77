using System.Text;
using Guildhall.TopGg.Webhooks;

namespace Guildhall.TopGg.Tests.Webhooks;

/// <summary>Delivery bodies shaped like the documented examples, and helpers that sign them.</summary>
internal static class WebhookSamples
{
    public const string Secret = "whs_sandbox_0123456789abcdef";
    public const string Authorization = "legacy-webhook-auth";
    public static readonly DateTimeOffset Now = new(2026, 2, 9, 0, 47, 20, TimeSpan.Zero);

    public const string VoteCreate = """
        {"type":"vote.create","data":{"id":"808499215864008704","weight":1,"created_at":"2026-02-09T00:47:14.2510149+00:00","expires_at":"2026-02-09T12:47:14.2510149+00:00","project":{"id":"803190510032756736","type":"bot","platform":"discord","platform_id":"160105994217586689"},"user":{"id":"3949456393249234923","platform_id":"661200758510977084","name":"username","avatar_url":"https://cdn.example/a.png"}}}
        """;

    public const string WebhookTest = """
        {"type":"webhook.test","data":{"user":{"id":"160105994217586689","platform_id":"160105994217586689","name":"username","avatar_url":"<avatar url>"},"project":{"id":"803190510032756736","type":"bot","platform":"discord","platform_id":"160105994217586689"}}}
        """;

    public const string IntegrationCreate = """
        {"type":"integration.create","data":{"connection_id":"112402021105124","webhook_secret":"whs_abcd","project":{"id":"1230954036934033243","platform":"discord","platform_id":"3949456393249234923","type":"bot"},"user":{"id":"3949456393249234923","platform_id":"3949456393249234923","name":"username","avatar_url":"<avatar url>"}}}
        """;

    public const string IntegrationDelete = """{"type":"integration.delete","data":{"connection_id":"112402021105124"}}""";

    public const string LegacyBotVote = """{"bot":"1026525568344264724","user":"661200758510977084","type":"upvote","isWeekend":true,"query":"?ref=discord%20ads&campaign=spring+sale"}""";

    public const string LegacyServerVote = """{"guild":"222078108977594368","user":"661200758510977084","type":"upvote","query":""}""";

    public const string LegacyTestVote = """{"bot":"1026525568344264724","user":"661200758510977084","type":"test","isWeekend":false}""";

    public static byte[] Bytes(string json) => Encoding.UTF8.GetBytes(json);

    public static TopGgWebhookHeaders Signed(string body, DateTimeOffset? at = null, string secret = Secret, string trace = "trace-1") =>
        new(null, TopGgWebhookSignature.Create(Bytes(body), secret, at ?? Now), trace);

    public static TopGgWebhookHeaders Legacy(string? authorization = Authorization) => new(authorization, null, null);
}
