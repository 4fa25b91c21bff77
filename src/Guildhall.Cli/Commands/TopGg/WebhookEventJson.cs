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
        writer.WriteString(Names.Event, EventName(webhookEvent));
        writer.WriteString(Names.Format, webhookEvent.Format == TopGgWebhookFormat.V2 ? "v2" : "legacy");
        WriteOptional(writer, Names.Trace, webhookEvent.TraceId);
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
                writer.WriteString(Names.ConnectionId, integration.ConnectionId);
                WriteProjectAndUser(writer, integration.Project, integration.User);
                break;
            case IntegrationDeleteEvent deleted:
                writer.WriteString(Names.ConnectionId, deleted.ConnectionId);
                break;
            case UnknownWebhookEvent unknown:
                writer.WritePropertyName(Names.Data);
                unknown.Data.WriteTo(writer);
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteVote(Utf8JsonWriter writer, TopGgVoteEvent vote)
    {
        WriteId(writer, Names.VoterId, vote.VoterId);
        WriteId(writer, Names.TargetId, vote.TargetId);
        writer.WriteString(Names.TargetType, Lowercase(vote.TargetType));
        writer.WriteNumber(Names.Weight, vote.Weight);
        writer.WriteBoolean(Names.IsTest, vote.IsTest);
        switch (vote)
        {
            case VoteCreateEvent created:
                WriteId(writer, Names.VoteId, created.VoteId);
                writer.WriteString(Names.CreatedAt, created.CreatedAt);
                writer.WriteString(Names.ExpiresAt, created.ExpiresAt);
                break;
            case LegacyVoteEvent legacy:
                if (legacy is LegacyBotVoteEvent bot)
                {
                    writer.WriteBoolean(Names.IsWeekend, bot.IsWeekend);
                }

                writer.WriteStartObject(Names.Query);
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
        writer.WriteStartObject(Names.Project);
        WriteId(writer, Names.Id, project.Id);
        writer.WriteString(Names.Type, Lowercase(project.Type));
        writer.WriteString(Names.Platform, Lowercase(project.Platform));
        WriteId(writer, Names.PlatformId, project.PlatformId);
        writer.WriteEndObject();
        writer.WriteStartObject(Names.User);
        WriteId(writer, Names.Id, user.Id);
        WriteId(writer, Names.PlatformId, user.PlatformId);
        WriteOptional(writer, Names.Name, user.Name);
        WriteOptional(writer, Names.AvatarUrl, user.AvatarUrl);
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

    private static void WriteOptional(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes a snowflake as a JSON string (ids do not fit a double), formatted on the stack.</summary>
    private static void WriteId(Utf8JsonWriter writer, JsonEncodedText name, ulong id)
    {
        Span<byte> digits = stackalloc byte[20];
        id.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
        writer.WriteString(name, digits[..written]);
    }

    /// <summary>An enum member's lowercase name, as printed.</summary>
    private static JsonEncodedText Lowercase<TEnum>(TEnum member)
        where TEnum : struct, Enum => LowercaseNames<TEnum>.Of(member);

    /// <summary>The lines' property names, encoded once: written per vote, they would otherwise be checked for escaping and transcoded every time.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText AvatarUrl = JsonEncodedText.Encode("avatar_url");

        public static readonly JsonEncodedText ConnectionId = JsonEncodedText.Encode("connection_id");

        public static readonly JsonEncodedText CreatedAt = JsonEncodedText.Encode("created_at");

        public static readonly JsonEncodedText Data = JsonEncodedText.Encode("data");

        public static readonly JsonEncodedText Event = JsonEncodedText.Encode("event");

        public static readonly JsonEncodedText ExpiresAt = JsonEncodedText.Encode("expires_at");

        public static readonly JsonEncodedText Format = JsonEncodedText.Encode("format");

        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");

        public static readonly JsonEncodedText IsTest = JsonEncodedText.Encode("is_test");

        public static readonly JsonEncodedText IsWeekend = JsonEncodedText.Encode("is_weekend");

        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");

        public static readonly JsonEncodedText Platform = JsonEncodedText.Encode("platform");

        public static readonly JsonEncodedText PlatformId = JsonEncodedText.Encode("platform_id");

        public static readonly JsonEncodedText Project = JsonEncodedText.Encode("project");

        public static readonly JsonEncodedText Query = JsonEncodedText.Encode("query");

        public static readonly JsonEncodedText TargetId = JsonEncodedText.Encode("target_id");

        public static readonly JsonEncodedText TargetType = JsonEncodedText.Encode("target_type");

        public static readonly JsonEncodedText Trace = JsonEncodedText.Encode("trace");

        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");

        public static readonly JsonEncodedText User = JsonEncodedText.Encode("user");

        public static readonly JsonEncodedText VoteId = JsonEncodedText.Encode("vote_id");

        public static readonly JsonEncodedText VoterId = JsonEncodedText.Encode("voter_id");

        public static readonly JsonEncodedText Weight = JsonEncodedText.Encode("weight");
    }

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
