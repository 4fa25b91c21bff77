using System.Collections.ObjectModel;
using System.Text;
using System.Text.Json;
using Guildhall.Cli.Commands.TopGg;
using Guildhall.TopGg.Models;
using Guildhall.TopGg.Webhooks;

namespace Guildhall.Cli.Tests;

/// <summary>The JSON line <c>guildhall topgg listen</c> prints for each accepted delivery.</summary>
public sealed class WebhookEventJsonTests
{
    // Every character a JSON string must or may escape: quotes, backslashes, control characters, HTML-sensitive ones,
    // non-ASCII letters and a character outside the Basic Multilingual Plane.
    private const string Awkward = "q\"uo\\te <b>&amp; 'it' +1 `x` \u00e9\u2713\n\t\r\b\f\u0001\u001f\u007f \U0001F600 /";

    // The lines as printed before the printer stopped using Utf8JsonWriter: the output must not change by a byte.
    private static readonly Dictionary<string, string> Printed = new()
    {
        ["legacy bot vote with a query"] = """
            {"event":"bot.vote","format":"legacy","voter_id":"123456789012345678","target_id":"264811613708746752","target_type":"bot","weight":2,"is_test":false,"is_weekend":true,"query":{"ref":"docs","q\u0022uo\\te \u003Cb\u003E\u0026amp; \u0027it\u0027 \u002B1 \u0060x\u0060 \u00E9\u2713\n\t\r\b\f\u0001\u001F\u007F \uD83D\uDE00 /":"q\u0022uo\\te \u003Cb\u003E\u0026amp; \u0027it\u0027 \u002B1 \u0060x\u0060 \u00E9\u2713\n\t\r\b\f\u0001\u001F\u007F \uD83D\uDE00 /","empty":""}}
            """,
        ["legacy server test vote"] = """
            {"event":"server.vote","format":"legacy","trace":"trace-1","voter_id":"0","target_id":"9","target_type":"server","weight":1,"is_test":true,"query":{}}
            """,
        ["V2 vote"] = """
            {"event":"vote.create","format":"v2","trace":"q\u0022uo\\te \u003Cb\u003E\u0026amp; \u0027it\u0027 \u002B1 \u0060x\u0060 \u00E9\u2713\n\t\r\b\f\u0001\u001F\u007F \uD83D\uDE00 /","voter_id":"18446744073709551615","target_id":"264811613708746752","target_type":"bot","weight":1,"is_test":false,"vote_id":"42","created_at":"2026-12-05T14:23:10.123456+00:00","expires_at":"2026-12-06T02:23:10-05:30","project":{"id":"1234567890123456789","type":"bot","platform":"discord","platform_id":"264811613708746752"},"user":{"id":"18446744073709551615","platform_id":"1","name":"q\u0022uo\\te \u003Cb\u003E\u0026amp; \u0027it\u0027 \u002B1 \u0060x\u0060 \u00E9\u2713\n\t\r\b\f\u0001\u001F\u007F \uD83D\uDE00 /","avatar_url":"https://cdn.example/avatars/1/a.png?size=64\u0026x=\u003C1\u003E"}}
            """,
        ["V2 vote, user without name or avatar"] = """
            {"event":"vote.create","format":"v2","voter_id":"1","target_id":"2","target_type":"server","weight":1,"is_test":false,"vote_id":"3","created_at":"2026-01-02T03:04:05.006+14:00","expires_at":"0001-01-01T00:00:00+00:00","project":{"id":"1234567890123456789","type":"server","platform":"discord","platform_id":"264811613708746752"},"user":{"id":"5","platform_id":"6"}}
            """,
        ["webhook test"] = """
            {"event":"webhook.test","format":"v2","project":{"id":"1234567890123456789","type":"bot","platform":"discord","platform_id":"264811613708746752"},"user":{"id":"18446744073709551615","platform_id":"1","name":"q\u0022uo\\te \u003Cb\u003E\u0026amp; \u0027it\u0027 \u002B1 \u0060x\u0060 \u00E9\u2713\n\t\r\b\f\u0001\u001F\u007F \uD83D\uDE00 /","avatar_url":"https://cdn.example/avatars/1/a.png?size=64\u0026x=\u003C1\u003E"}}
            """,
        ["integration created"] = """
            {"event":"integration.create","format":"v2","connection_id":"q\u0022uo\\te \u003Cb\u003E\u0026amp; \u0027it\u0027 \u002B1 \u0060x\u0060 \u00E9\u2713\n\t\r\b\f\u0001\u001F\u007F \uD83D\uDE00 /","project":{"id":"1234567890123456789","type":"bot","platform":"discord","platform_id":"264811613708746752"},"user":{"id":"18446744073709551615","platform_id":"1","name":"q\u0022uo\\te \u003Cb\u003E\u0026amp; \u0027it\u0027 \u002B1 \u0060x\u0060 \u00E9\u2713\n\t\r\b\f\u0001\u001F\u007F \uD83D\uDE00 /","avatar_url":"https://cdn.example/avatars/1/a.png?size=64\u0026x=\u003C1\u003E"}}
            """,
        ["integration deleted"] = """
            {"event":"integration.delete","format":"v2","connection_id":"conn-1"}
            """,
        ["unknown event"] = """
            {"event":"project.renamedq\u0022uo\\te \u003Cb\u003E\u0026amp; \u0027it\u0027 \u002B1 \u0060x\u0060 \u00E9\u2713\n\t\r\b\f\u0001\u001F\u007F \uD83D\uDE00 /","format":"v2","data":{"name":"caf\u00E9 \u0022x\u0022","list":[1,2.50,true,null,{}],"nested":{"a":"\u003Cb\u003E"}}}
            """,
    };

    public static TheoryData<string> Deliveries() => [.. Events().Select(delivery => delivery.Name)];

    [Theory]
    [MemberData(nameof(Deliveries))]
    public void Each_delivery_is_printed_as_it_always_was(string delivery)
    {
        var webhookEvent = Events().Single(each => each.Name == delivery).Event;

        Assert.Equal(Printed[delivery], Encoding.UTF8.GetString(WebhookEventJson.Line(webhookEvent)));
    }

    [Fact]
    public void The_integration_secret_is_never_printed()
    {
        var (_, created) = Events().Single(each => each.Event is IntegrationCreateEvent);

        Assert.DoesNotContain("whs_", Encoding.UTF8.GetString(WebhookEventJson.Line(created)), StringComparison.Ordinal);
    }

    private static IEnumerable<(string Name, TopGgWebhookEvent Event)> Events()
    {
        var project = new WebhookProject { Id = 1_234_567_890_123_456_789, Type = TopGgProjectType.Bot, Platform = TopGgPlatform.Discord, PlatformId = 264_811_613_708_746_752 };
        var user = new WebhookUser { Id = 18_446_744_073_709_551_615, PlatformId = 1, Name = Awkward, AvatarUrl = "https://cdn.example/avatars/1/a.png?size=64&x=<1>" };
        yield return ("legacy bot vote with a query", new LegacyBotVoteEvent
        {
            VoterId = 123_456_789_012_345_678,
            TargetId = 264_811_613_708_746_752,
            TargetType = TopGgProjectType.Bot,
            Weight = 2,
            IsWeekend = true,
            Query = new ReadOnlyDictionary<string, string>(new Dictionary<string, string> { ["ref"] = "docs", [Awkward] = Awkward, ["empty"] = "" }),
        });
        yield return ("legacy server test vote", new LegacyServerVoteEvent
        {
            VoterId = 0,
            TargetId = 9,
            TargetType = TopGgProjectType.Server,
            IsTest = true,
            TraceId = "trace-1",
        });
        yield return ("V2 vote", new VoteCreateEvent
        {
            VoterId = 18_446_744_073_709_551_615,
            TargetId = 264_811_613_708_746_752,
            TargetType = TopGgProjectType.Bot,
            VoteId = 42,
            CreatedAt = new DateTimeOffset(2026, 12, 5, 14, 23, 10, TimeSpan.Zero).AddTicks(1_234_560),
            ExpiresAt = new DateTimeOffset(2026, 12, 6, 2, 23, 10, TimeSpan.FromHours(-5.5)),
            Project = project,
            User = user,
            TraceId = Awkward,
        });
        yield return ("V2 vote, user without name or avatar", new VoteCreateEvent
        {
            VoterId = 1,
            TargetId = 2,
            TargetType = TopGgProjectType.Server,
            VoteId = 3,
            CreatedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, 6, TimeSpan.FromHours(14)),
            ExpiresAt = DateTimeOffset.MinValue,
            Project = project with { Type = TopGgProjectType.Server },
            User = new WebhookUser { Id = 5, PlatformId = 6 },
        });
        yield return ("webhook test", new WebhookTestEvent { Project = project, User = user });
        yield return ("integration created", new IntegrationCreateEvent { ConnectionId = Awkward, WebhookSecret = "whs_never_printed_anywhere", Project = project, User = user });
        yield return ("integration deleted", new IntegrationDeleteEvent { ConnectionId = "conn-1" });
        yield return ("unknown event", new UnknownWebhookEvent
        {
            Type = "project.renamed" + Awkward,
            Data = JsonDocument.Parse("{\"name\":\"caf\\u00e9 \\\"x\\\"\",\"list\":[1,2.50,true,null,{}],\"nested\":{\"a\":\"<b>\"}}").RootElement.Clone(),
        });
    }
}
