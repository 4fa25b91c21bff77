using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Guildhall.TopGg.Models;
using static Guildhall.TopGg.Webhooks.OnePassJson;

namespace Guildhall.TopGg.Webhooks;

/// <summary>
/// Reads a V2 <c>vote.create</c> body of the shape Top.gg sends (ids as digit strings, dates with an offset, lowercase
/// enum names, integer weights, nothing escaped) in one pass of the JSON reader, without building a document. Any other
/// body, valid or not, and every other event type, is left to <see cref="TopGgWebhookParser.ParseV2Document"/>, so
/// whatever this reader accepts reads exactly as the general way reads it, and every error still comes from there.
/// </summary>
/// <remarks>
/// Votes are nearly every delivery, and reading one through a document cost about as much as checking its signature:
/// the body was walked to find its end, parsed again as a copy, and each field looked up by name in its object.
/// </remarks>
internal static class VoteCreateBodyReader
{
    /// <summary>Reads <paramref name="body"/> when it is a vote of the common shape; <see langword="false"/> leaves it to the general way.</summary>
    public static bool TryRead(ReadOnlySpan<byte> body, string? trace, [NotNullWhen(true)] out VoteCreateEvent? vote)
    {
        vote = null;
        if (!TryReadBody(body, ReadEnvelopeField, out Envelope envelope) || !envelope.IsVote || !envelope.HasData
            || envelope.Data is not { Id: { } id, CreatedAt: { } created, ExpiresAt: { } expires, Project: { } project, User: { } user })
        {
            return false;
        }

        vote = TopGgWebhookParser.CreateVote(id, envelope.Data.Weight ?? 1, created, expires, project, user, trace);
        return true;
    }

    private static bool ReadEnvelopeField(ref Utf8JsonReader reader, scoped ReadOnlySpan<byte> name, ref Envelope envelope) => name switch
    {
        // Any other type, even a known one, is for the general way.
        _ when name.SequenceEqual("type"u8) => IsPlainString(ref reader)
            && (envelope.IsVote = reader.ValueSpan.SequenceEqual("vote.create"u8)),
        _ when name.SequenceEqual("data"u8) => envelope.HasData = TryReadObject(ref reader, ReadDataField, out envelope.Data),
        _ => reader.TrySkip(),
    };

    private static bool ReadDataField(ref Utf8JsonReader reader, scoped ReadOnlySpan<byte> name, ref Fields data) => name switch
    {
        _ when name.SequenceEqual("id"u8) => TryReadSnowflake(ref reader, out data.Id),
        _ when name.SequenceEqual("weight"u8) => TryReadWeight(ref reader, out data.Weight),
        _ when name.SequenceEqual("created_at"u8) => TryReadDate(ref reader, out data.CreatedAt),
        _ when name.SequenceEqual("expires_at"u8) => TryReadDate(ref reader, out data.ExpiresAt),
        _ when name.SequenceEqual("project"u8) => TryReadProject(ref reader, out data.Project),
        _ when name.SequenceEqual("user"u8) => TryReadUser(ref reader, out data.User),
        _ => reader.TrySkip(),
    };

    private static bool TryReadProject(ref Utf8JsonReader reader, out WebhookProject? project)
    {
        project = TryReadPlatformObject(ref reader, out var fields, out var id, out var platformId)
            ? new WebhookProject { Id = id, Type = fields.Type, Platform = fields.Platform, PlatformId = platformId }
            : null;
        return project is not null;
    }

    private static bool TryReadUser(ref Utf8JsonReader reader, out WebhookUser? user)
    {
        user = TryReadPlatformObject(ref reader, out var fields, out var id, out var platformId)
            ? new WebhookUser { Id = id, PlatformId = platformId, Name = fields.Name, AvatarUrl = fields.AvatarUrl }
            : null;
        return user is not null;
    }

    /// <summary>
    /// A project or a user: an object with a Top.gg id and a platform id, both required. One field reader serves both:
    /// a field of the other kind is read and left unused, and one of a shape it does not take leaves the body to the
    /// general way, which reads it the same.
    /// </summary>
    private static bool TryReadPlatformObject(ref Utf8JsonReader reader, out Fields fields, out ulong id, out ulong platformId)
    {
        var read = TryReadObject(ref reader, ReadPlatformObjectField, out fields);
        id = fields.Id.GetValueOrDefault();
        platformId = fields.PlatformId.GetValueOrDefault();
        return read && fields.Id.HasValue && fields.PlatformId.HasValue;
    }

    private static bool ReadPlatformObjectField(ref Utf8JsonReader reader, scoped ReadOnlySpan<byte> name, ref Fields fields) => name switch
    {
        _ when name.SequenceEqual("id"u8) => TryReadSnowflake(ref reader, out fields.Id),
        _ when name.SequenceEqual("platform_id"u8) => TryReadSnowflake(ref reader, out fields.PlatformId),
        _ when name.SequenceEqual("type"u8) => IsPlainString(ref reader)
            && WebhookJsonFields.TryMatchLowercaseName(reader.ValueSpan, out fields.Type),
        _ when name.SequenceEqual("platform"u8) => IsPlainString(ref reader)
            && WebhookJsonFields.TryMatchLowercaseName(reader.ValueSpan, out fields.Platform),
        _ when name.SequenceEqual("name"u8) => TryReadOptionalString(ref reader, out fields.Name),
        _ when name.SequenceEqual("avatar_url"u8) => TryReadOptionalString(ref reader, out fields.AvatarUrl),
        _ => reader.TrySkip(),
    };

    /// <summary>An integer weight; the general way rounds other numbers, which are left to it.</summary>
    private static bool TryReadWeight(ref Utf8JsonReader reader, out int? value)
    {
        value = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var weight) ? weight : null;
        return value.HasValue;
    }

    /// <summary>
    /// A date with an explicit offset, which the general way reads with the same parser. One without is left to the
    /// general way, which takes it as UTC where the reader would take it as local time.
    /// </summary>
    private static bool TryReadDate(ref Utf8JsonReader reader, out DateTimeOffset? value)
    {
        value = IsPlainString(ref reader) && WebhookJsonFields.HasExplicitOffset(reader.ValueSpan)
            && reader.TryGetDateTimeOffset(out var date)
            ? date
            : null;
        return value.HasValue;
    }

    /// <summary>The envelope: whether its type is <c>vote.create</c>, and its data.</summary>
    private struct Envelope
    {
        public bool IsVote;
        public bool HasData;
        public Fields Data;
    }

    /// <summary>What one object of the body held; each object (data, project, user) uses the fields it has.</summary>
    private struct Fields
    {
        public ulong? Id;
        public ulong? PlatformId;
        public int? Weight;
        public DateTimeOffset? CreatedAt;
        public DateTimeOffset? ExpiresAt;
        public WebhookProject? Project;
        public WebhookUser? User;
        public TopGgProjectType Type;
        public TopGgPlatform Platform;
        public string? Name;
        public string? AvatarUrl;
    }
}
