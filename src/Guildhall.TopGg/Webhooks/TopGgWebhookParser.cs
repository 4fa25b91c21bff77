using Guildhall.TopGg.Models;
using System.Security.Cryptography;
using System.Text.Json;
using static Guildhall.TopGg.Webhooks.WebhookJsonFields;

namespace Guildhall.TopGg.Webhooks;

/// <summary>Turns an authenticated body into a typed event, or a rejection naming what is wrong with it.</summary>
internal static class TopGgWebhookParser
{
    // One hasher per thread: SHA256.HashData sets up and frees an OpenSSL context on every call, a fixed cost of about
    // a quarter of what hashing a vote's body took in all.
    [ThreadStatic]
    private static IncrementalHash? t_bodyHasher;

    /// <summary>The byte order mark some senders put before a UTF-8 body; it is skipped.</summary>
    internal static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Reads a legacy body: a bot vote when it has <c>bot</c>, a server vote when it has <c>guild</c>.</summary>
    public static TopGgWebhookResult ParseLegacy(ReadOnlySpan<byte> body)
    {
        // Retries repeat the body byte for byte; a user's next real vote is 12 hours away, past any deduplication window.
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        var hasher = t_bodyHasher ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hasher.AppendData(body);
        hasher.GetHashAndReset(digest);
        var key = DeduplicationKeys.Legacy(digest);
        return LegacyBodyReader.TryRead(body, out var vote)
            ? TopGgWebhookResult.Accepted(vote.ToEvent(key))
            : ParseLegacyDocument(body, key);
    }

    /// <summary>
    /// Reads a legacy body the general way, through a parsed document: every shape a field may take, and for a body that
    /// is wrong, the error that names what is wrong. <see cref="LegacyBodyReader"/> reads the common shape without it.
    /// </summary>
    internal static TopGgWebhookResult ParseLegacyDocument(ReadOnlySpan<byte> body, string key) =>
        Parse(body, key, static (root, digestKey) =>
        {
            var isBot = root.TryGetProperty("bot", out _);
            if (!isBot && !root.TryGetProperty("guild", out _))
            {
                throw new WebhookPayloadException("A legacy vote needs a bot or a guild field.");
            }

            var type = ReadEnum<LegacyVoteType>(root, "type", "");
            var voter = RequireSnowflake(root, "user", "");
            var query = OptionalString(root, "query", "");
            if (isBot)
            {
                var isWeekend = OptionalBool(root, "isWeekend", "");
                return new LegacyVote(RequireSnowflake(root, "bot", ""), IsBot: true, voter, type, isWeekend, query).ToEvent(digestKey);
            }

            return new LegacyVote(RequireSnowflake(root, "guild", ""), IsBot: false, voter, type, IsWeekend: false, query).ToEvent(digestKey);
        });

    /// <summary>Reads a V2 envelope <c>{type, data}</c>.</summary>
    public static TopGgWebhookResult ParseV2(ReadOnlySpan<byte> body, string? trace) =>
        VoteCreateBodyReader.TryRead(body, trace, out var vote) ? TopGgWebhookResult.Accepted(vote) : ParseV2Document(body, trace);

    /// <summary>
    /// Reads a V2 envelope the general way, through a parsed document: every event type, every shape a field may take,
    /// and for a body that is wrong, the error that names what is wrong.
    /// </summary>
    internal static TopGgWebhookResult ParseV2Document(ReadOnlySpan<byte> body, string? trace) =>
        Parse(body, trace, static (root, trace) =>
        {
            // Votes are nearly every delivery: recognising their type needs no new string.
            var isVote = root.TryGetProperty("type", out var wireType) && wireType.ValueKind == JsonValueKind.String
                && wireType.ValueEquals(VoteCreateEvent.EventType);
            var type = isVote ? VoteCreateEvent.EventType : RequireString(root, "type", "");
            var data = RequireObject(root, "data", "");
            return type switch
            {
                VoteCreateEvent.EventType => ReadVote(data, trace),
                WebhookTestEvent.EventType => new WebhookTestEvent
                {
                    Project = ReadProject(data),
                    User = ReadUser(data),
                    TraceId = trace,
                },
                IntegrationCreateEvent.EventType => new IntegrationCreateEvent
                {
                    ConnectionId = RequireString(data, "connection_id", "data"),
                    WebhookSecret = RequireString(data, "webhook_secret", "data"),
                    Project = ReadProject(data),
                    User = ReadUser(data),
                    TraceId = trace,
                },
                IntegrationDeleteEvent.EventType => new IntegrationDeleteEvent
                {
                    ConnectionId = RequireString(data, "connection_id", "data"),
                    TraceId = trace,
                },
                _ => new UnknownWebhookEvent { Type = type, Data = data.Clone(), TraceId = trace },
            };
        });

    private static VoteCreateEvent ReadVote(JsonElement data, string? trace)
    {
        var project = ReadProject(data);
        var user = ReadUser(data);
        var id = RequireSnowflake(data, "id", "data");
        var weight = OptionalInt(data, "weight", "data", 1);
        return CreateVote(id, weight, RequireDate(data, "created_at", "data"), RequireDate(data, "expires_at", "data"), project, user, trace);
    }

    /// <summary>A <c>vote.create</c> event from its fields, read by <see cref="VoteCreateBodyReader"/> or the general way.</summary>
    internal static VoteCreateEvent CreateVote(
        ulong id, int weight, DateTimeOffset createdAt, DateTimeOffset expiresAt, WebhookProject project, WebhookUser user, string? trace) =>
        new()
        {
            VoteId = id,
            Weight = weight,
            CreatedAt = createdAt,
            ExpiresAt = expiresAt,
            Project = project,
            User = user,
            VoterId = user.PlatformId,
            TargetId = project.PlatformId,
            TargetType = project.Type,
            TraceId = trace,
            DeduplicationKey = DeduplicationKeys.Vote(id),
        };

    private static WebhookProject ReadProject(JsonElement data)
    {
        var project = RequireObject(data, "project", "data");
        return new WebhookProject
        {
            Id = RequireSnowflake(project, "id", "data.project"),
            Type = ReadEnum<TopGgProjectType>(project, "type", "data.project"),
            Platform = ReadEnum<TopGgPlatform>(project, "platform", "data.project"),
            PlatformId = RequireSnowflake(project, "platform_id", "data.project"),
        };
    }

    private static WebhookUser ReadUser(JsonElement data)
    {
        var user = RequireObject(data, "user", "data");
        return new WebhookUser
        {
            Id = RequireSnowflake(user, "id", "data.user"),
            PlatformId = RequireSnowflake(user, "platform_id", "data.user"),
            Name = OptionalString(user, "name", "data.user"),
            AvatarUrl = OptionalString(user, "avatar_url", "data.user"),
        };
    }

    private static TopGgWebhookResult Parse<TState>(ReadOnlySpan<byte> body, TState state, Func<JsonElement, TState, TopGgWebhookEvent> read)
    {
        if (body.StartsWith(Utf8Bom))
        {
            body = body[Utf8Bom.Length..];
        }

        // The JSON reader accepts any bytes inside a string and fails only when the string is read, with an exception
        // that is no JsonException; JSON is UTF-8, so a body that is not is malformed before anything is read from it.
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            return TopGgWebhookResult.Rejected(TopGgWebhookRejectionReason.MalformedBody, "The body is not valid UTF-8.");
        }

        JsonDocument document;
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 16 });
        try
        {
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException exception)
        {
            return NotJson(exception);
        }

        try
        {
            if (reader.Read())
            {
                document.Dispose();
                return TopGgWebhookResult.Rejected(TopGgWebhookRejectionReason.MalformedBody, "The body has content after its JSON value.");
            }
        }
        catch (JsonException exception)
        {
            document.Dispose();
            return NotJson(exception);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return TopGgWebhookResult.Rejected(TopGgWebhookRejectionReason.MalformedBody, "The body is not a JSON object.");
            }

            try
            {
                return TopGgWebhookResult.Accepted(read(document.RootElement, state));
            }
            catch (WebhookPayloadException exception)
            {
                return TopGgWebhookResult.Rejected(TopGgWebhookRejectionReason.InvalidPayload, exception.Message);
            }
        }
    }

    private static TopGgWebhookResult NotJson(JsonException exception) =>
        TopGgWebhookResult.Rejected(
            TopGgWebhookRejectionReason.MalformedBody,
            $"The body is not valid JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}).");
}
