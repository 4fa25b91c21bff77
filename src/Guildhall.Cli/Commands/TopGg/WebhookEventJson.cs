using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Guildhall.TopGg.Webhooks;

namespace Guildhall.Cli.Commands.TopGg;

/// <summary>
/// One accepted delivery as one line of JSON, for <c>guildhall topgg listen</c>. The integration secret is never
/// written: the output may end up in a log.
/// </summary>
internal static class WebhookEventJson
{
    public static string ToLine(TopGgWebhookEvent webhookEvent)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
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

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteVote(Utf8JsonWriter writer, TopGgVoteEvent vote)
    {
        writer.WriteString("voter_id", Id(vote.VoterId));
        writer.WriteString("target_id", Id(vote.TargetId));
        writer.WriteString("target_type", vote.TargetType.ToString().ToLowerInvariant());
        writer.WriteNumber("weight", vote.Weight);
        writer.WriteBoolean("is_test", vote.IsTest);
        switch (vote)
        {
            case VoteCreateEvent created:
                writer.WriteString("vote_id", Id(created.VoteId));
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
        writer.WriteString("id", Id(project.Id));
        writer.WriteString("type", project.Type.ToString().ToLowerInvariant());
        writer.WriteString("platform", project.Platform.ToString().ToLowerInvariant());
        writer.WriteString("platform_id", Id(project.PlatformId));
        writer.WriteEndObject();
        writer.WriteStartObject("user");
        writer.WriteString("id", Id(user.Id));
        writer.WriteString("platform_id", Id(user.PlatformId));
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

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
