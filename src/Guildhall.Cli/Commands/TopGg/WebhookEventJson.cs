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
    // One line writer per thread, reused for every line that thread prints: nothing is allocated per vote.
    [ThreadStatic]
    private static JsonLineWriter? t_writer;

    /// <summary>Queues the delivery's line on <paramref name="lines"/>.</summary>
    public static void Print(TopGgWebhookEvent webhookEvent, BatchedLineWriter lines) => lines.WriteLine(Line(webhookEvent));

    /// <summary>The delivery's line (UTF-8, without a line break), valid until this thread formats the next one.</summary>
    public static ReadOnlySpan<byte> Line(TopGgWebhookEvent webhookEvent)
    {
        var writer = t_writer ??= new JsonLineWriter();
        writer.Reset();
        Write(writer, webhookEvent);
        return writer.WrittenSpan;
    }

    private static void Write(JsonLineWriter writer, TopGgWebhookEvent webhookEvent)
    {
        writer.StartObject();
        writer.String("event"u8, EventName(webhookEvent));
        writer.String("format"u8, webhookEvent.Format == TopGgWebhookFormat.V2 ? "v2" : "legacy");
        WriteOptional(writer, "trace"u8, webhookEvent.TraceId);
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
                writer.String("connection_id"u8, integration.ConnectionId);
                WriteProjectAndUser(writer, integration.Project, integration.User);
                break;
            case IntegrationDeleteEvent deleted:
                writer.String("connection_id"u8, deleted.ConnectionId);
                break;
            case UnknownWebhookEvent unknown:
                writer.Element("data"u8, unknown.Data);
                break;
        }

        writer.EndObject();
    }

    private static void WriteVote(JsonLineWriter writer, TopGgVoteEvent vote)
    {
        writer.Id("voter_id"u8, vote.VoterId);
        writer.Id("target_id"u8, vote.TargetId);
        writer.String("target_type"u8, Lowercase(vote.TargetType));
        writer.Number("weight"u8, vote.Weight);
        writer.Boolean("is_test"u8, vote.IsTest);
        switch (vote)
        {
            case VoteCreateEvent created:
                writer.Id("vote_id"u8, created.VoteId);
                writer.Date("created_at"u8, created.CreatedAt);
                writer.Date("expires_at"u8, created.ExpiresAt);
                break;
            case LegacyVoteEvent legacy:
                if (legacy is LegacyBotVoteEvent bot)
                {
                    writer.Boolean("is_weekend"u8, bot.IsWeekend);
                }

                writer.StartObject("query"u8);
                foreach (var (name, value) in legacy.Query)
                {
                    writer.String(name, value);
                }

                writer.EndObject();
                break;
        }
    }

    private static void WriteProjectAndUser(JsonLineWriter writer, WebhookProject project, WebhookUser user)
    {
        writer.StartObject("project"u8);
        writer.Id("id"u8, project.Id);
        writer.String("type"u8, Lowercase(project.Type));
        writer.String("platform"u8, Lowercase(project.Platform));
        writer.Id("platform_id"u8, project.PlatformId);
        writer.EndObject();
        writer.StartObject("user"u8);
        writer.Id("id"u8, user.Id);
        writer.Id("platform_id"u8, user.PlatformId);
        WriteOptional(writer, "name"u8, user.Name);
        WriteOptional(writer, "avatar_url"u8, user.AvatarUrl);
        writer.EndObject();
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

    private static void WriteOptional(JsonLineWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.String(name, value);
        }
    }

    /// <summary>An enum member's lowercase name, as printed.</summary>
    private static JsonEncodedText Lowercase<TEnum>(TEnum member)
        where TEnum : struct, Enum => LowercaseNames<TEnum>.Of(member);

    /// <summary>The lowercase names of an enum's members, computed once.</summary>
    private static class LowercaseNames<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly Dictionary<TEnum, JsonEncodedText> Names = Enum.GetValues<TEnum>().Distinct()
            .ToDictionary(member => member, Encode);

        public static JsonEncodedText Of(TEnum member) => Names.TryGetValue(member, out var name) ? name : Encode(member);

        private static JsonEncodedText Encode(TEnum member) => JsonEncodedText.Encode(member.ToString().ToLowerInvariant());
    }
}
