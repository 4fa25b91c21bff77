using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Guildhall.Cli.Output;
using Guildhall.TopGg.Webhooks;

namespace Guildhall.Cli.Commands.TopGg;

/// <summary>
/// One accepted delivery as one line of JSON, for <c>guildhall topgg listen</c>. The integration secret is never
/// written: the output may end up in a log.
/// </summary>
internal static class WebhookEventJson
{
    // One buffer and one JSON writer per thread, reused for every line that thread prints: nothing is allocated per vote.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>Queues the delivery's line on <paramref name="lines"/>.</summary>
    public static void Print(TopGgWebhookEvent webhookEvent, BatchedLineWriter lines)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        Write(writer, webhookEvent);
        writer.Flush();
        lines.WriteLine(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, TopGgWebhookEvent webhookEvent)
    {
        writer.WriteStartObject();
        writer.WriteString("event", EventName(webhookEvent));
        writer.WriteString("format", webhookEvent.Format == TopGgWebhookFormat.V2 ? "v2" : "legacy");
        WriteOptional(writer, "trace", webhookEvent.TraceId);
        if (webhookEvent is TopGgVoteEvent vote)
        {
            WriteVote(writer, vote);
        }

        switch (webhookEvent)
        {
            case VoteCreateEvent created:
                WriteProjectAndUser(writer, created.Project, created.User);
                break;
            case WebhookTestEvent test:
                WriteProjectAndUser(writer, test.Project, test.User);
                break;
            case IntegrationCreateEvent integration:
                writer.WriteString("connection_id", integration.ConnectionId);
                WriteProjectAndUser(writer, integration.Project, integration.User);
                break;
            case IntegrationDeleteEvent deleted:
                writer.WriteString("connection_id", deleted.ConnectionId);
                break;
            case UnknownWebhookEvent unknown:
                writer.WritePropertyName("data");
                unknown.Data.WriteTo(writer);
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteVote(Utf8JsonWriter writer, TopGgVoteEvent vote)
    {
        WriteId(writer, "voter_id", vote.VoterId);
        WriteId(writer, "target_id", vote.TargetId);
        writer.WriteString("target_type", Lowercase(vote.TargetType));
        writer.WriteNumber("weight", vote.Weight);
        writer.WriteBoolean("is_test", vote.IsTest);
        switch (vote)
        {
            case VoteCreateEvent created:
                WriteId(writer, "vote_id", created.VoteId);
                writer.WriteString("created_at", created.CreatedAt);
                writer.WriteString("expires_at", created.ExpiresAt);
                break;
            case LegacyVoteEvent legacy:
                if (legacy is LegacyBotVoteEvent bot)
                {
                    writer.WriteBoolean("is_weekend", bot.IsWeekend);
                }

                writer.WriteStartObject("query");
                foreach (var (name, value) in legacy.Query)
                {
                    writer.WriteString(name, value);
                }

                writer.WriteEndObject();
                break;
        }
    }

    private static void WriteProjectAndUser(Utf8JsonWriter writer, WebhookProject project, WebhookUser user)
    {
        writer.WriteStartObject("project");
        WriteId(writer, "id", project.Id);
        writer.WriteString("type", Lowercase(project.Type));
        writer.WriteString("platform", Lowercase(project.Platform));
        WriteId(writer, "platform_id", project.PlatformId);
        writer.WriteEndObject();
        writer.WriteStartObject("user");
        WriteId(writer, "id", user.Id);
        WriteId(writer, "platform_id", user.PlatformId);
        WriteOptional(writer, "name", user.Name);
        WriteOptional(writer, "avatar_url", user.AvatarUrl);
        writer.WriteEndObject();
    }

    private static string EventName(TopGgWebhookEvent webhookEvent) => webhookEvent switch
    {
        LegacyBotVoteEvent => "bot.vote",
        LegacyServerVoteEvent => "server.vote",
        VoteCreateEvent => VoteCreateEvent.EventType,
        WebhookTestEvent => WebhookTestEvent.EventType,
        IntegrationCreateEvent => IntegrationCreateEvent.EventType,
        IntegrationDeleteEvent => IntegrationDeleteEvent.EventType,
        UnknownWebhookEvent unknown => unknown.Type,
        _ => "unknown",
    };

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes a snowflake as a JSON string (ids do not fit a double), formatted on the stack.</summary>
    private static void WriteId(Utf8JsonWriter writer, string name, ulong id)
    {
        Span<byte> digits = stackalloc byte[20];
        id.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
        writer.WriteString(name, digits[..written]);
    }

    /// <summary>An enum member's lowercase name, as printed.</summary>
    private static string Lowercase<TEnum>(TEnum member)
        where TEnum : struct, Enum => LowercaseNames<TEnum>.Of(member);

    /// <summary>The lowercase names of an enum's members, computed once.</summary>
    private static class LowercaseNames<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly Dictionary<TEnum, string> Names = Enum.GetValues<TEnum>().Distinct()
            .ToDictionary(member => member, member => member.ToString().ToLowerInvariant());

        public static string Of(TEnum member) => Names.TryGetValue(member, out var name) ? name : member.ToString().ToLowerInvariant();
    }
}
