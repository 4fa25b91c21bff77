using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using Guildhall.TopGg.Models;

namespace Guildhall.TopGg.Webhooks;

/// <summary>
/// Reads a V2 <c>vote.create</c> body of the shape Top.gg sends (ids as digit strings, dates with an offset, lowercase
/// enum names, integer weights, nothing escaped) in one pass of the JSON reader, without building a document. Any other
/// body, valid or not, and every other event type, is left to <see cref="TopGgWebhookParser.ParseV2Document"/>, so
/// whatever this reader accepts reads exactly as the general way reads it, and every error still comes from there.
/// </summary>
/// <remarks>
/// Votes are nearly every delivery, and reading one through a document cost about as much as checking its signature:
/// the body was walked to find its end, parsed again as a copy, and each of fourteen fields looked up by name.
/// </remarks>
internal static class VoteCreateBodyReader
{
    /// <summary>Reads <paramref name="body"/> when it is a vote of the common shape; <see langword="false"/> leaves it to the general way.</summary>
    public static bool TryRead(ReadOnlySpan<byte> body, string? trace, [NotNullWhen(true)] out VoteCreateEvent? vote)
    {
        vote = null;
        if (body.StartsWith(TopGgWebhookParser.Utf8Bom) || !Utf8.IsValid(body))
        {
            return false;
        }

        var isVote = false;
        var hasData = false;
        Fields data = default;
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 16 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            // A repeated field or object overwrites the earlier one: on a document the last one wins too.
            while (TryReadName(ref reader, out var name))
            {
                var read = name switch
                {
                    _ when name.SequenceEqual("type"u8) => IsPlainString(ref reader)
                        && (isVote = reader.ValueSpan.SequenceEqual("vote.create"u8)),
                    _ when name.SequenceEqual("data"u8) => hasData = TryReadObject(ref reader, ReadDataField, out data),
                    _ => reader.TrySkip(),
                };
                if (!read)
                {
                    return false;
                }
            }

            // Anything after the object (the reader throws on all but white space) is for the general way to name.
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return false;
            }
        }
        catch (JsonException)
        {
            return false;
        }

        if (!isVote || !hasData || data is not { Id: { } id, CreatedAt: { } created, ExpiresAt: { } expires, Project: { } project, User: { } user })
        {
            return false;
        }

        vote = TopGgWebhookParser.CreateVote(id, data.Weight ?? 1, created, expires, project, user, trace);
        return true;
    }

    /// <summary>Moves to the next property's value; <see langword="false"/> at the end of the object or on an escaped name.</summary>
    private static bool TryReadName(ref Utf8JsonReader reader, out ReadOnlySpan<byte> name)
    {
        name = default;
        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped)
        {
            return false;
        }

        name = reader.ValueSpan;
        return reader.Read();
    }

    private delegate bool FieldReader(ref Utf8JsonReader reader, scoped ReadOnlySpan<byte> name, ref Fields fields);

    /// <summary>Reads an object's fields into fresh <see cref="Fields"/>; fails unless every field read and the object ended.</summary>
    private static bool TryReadObject(ref Utf8JsonReader reader, FieldReader readField, out Fields fields)
    {
        fields = default;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (TryReadName(ref reader, out var name))
        {
            if (!readField(ref reader, name, ref fields))
            {
                return false;
            }
        }

        // An escaped name ends the loop on a property name, not on the object's end.
        return reader.TokenType == JsonTokenType.EndObject;
    }

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
        project = null;
        if (!TryReadObject(ref reader, ReadProjectField, out var fields) || fields is not { Id: { } id, PlatformId: { } platformId })
        {
            return false;
        }

        project = new WebhookProject { Id = id, Type = fields.Type, Platform = fields.Platform, PlatformId = platformId };
        return true;
    }

    private static bool ReadProjectField(ref Utf8JsonReader reader, scoped ReadOnlySpan<byte> name, ref Fields project) => name switch
    {
        _ when name.SequenceEqual("id"u8) => TryReadSnowflake(ref reader, out project.Id),
        _ when name.SequenceEqual("platform_id"u8) => TryReadSnowflake(ref reader, out project.PlatformId),
        _ when name.SequenceEqual("type"u8) => IsPlainString(ref reader)
            && WebhookJsonFields.TryMatchLowercaseName(reader.ValueSpan, out project.Type),
        _ when name.SequenceEqual("platform"u8) => IsPlainString(ref reader)
            && WebhookJsonFields.TryMatchLowercaseName(reader.ValueSpan, out project.Platform),
        _ => reader.TrySkip(),
    };

    private static bool TryReadUser(ref Utf8JsonReader reader, out WebhookUser? user)
    {
        user = null;
        if (!TryReadObject(ref reader, ReadUserField, out var fields) || fields is not { Id: { } id, PlatformId: { } platformId })
        {
            return false;
        }

        user = new WebhookUser { Id = id, PlatformId = platformId, Name = fields.Name, AvatarUrl = fields.AvatarUrl };
        return true;
    }

    private static bool ReadUserField(ref Utf8JsonReader reader, scoped ReadOnlySpan<byte> name, ref Fields user) => name switch
    {
        _ when name.SequenceEqual("id"u8) => TryReadSnowflake(ref reader, out user.Id),
        _ when name.SequenceEqual("platform_id"u8) => TryReadSnowflake(ref reader, out user.PlatformId),
        _ when name.SequenceEqual("name"u8) => TryReadOptionalString(ref reader, out user.Name),
        _ when name.SequenceEqual("avatar_url"u8) => TryReadOptionalString(ref reader, out user.AvatarUrl),
        _ => reader.TrySkip(),
    };

    private static bool IsPlainString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped;

    private static bool TryReadSnowflake(ref Utf8JsonReader reader, out ulong? value)
    {
        value = IsPlainString(ref reader) && ulong.TryParse(reader.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
        return value.HasValue;
    }

    /// <summary>An integer weight; the general way rounds other numbers, which are left to it.</summary>
    private static bool TryReadWeight(ref Utf8JsonReader reader, out int? value)
    {
        value = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var weight) ? weight : null;
        return value.HasValue;
    }

    /// <summary>A date with an explicit offset, which the general way reads with the same parser.</summary>
    private static bool TryReadDate(ref Utf8JsonReader reader, out DateTimeOffset? value)
    {
        value = IsPlainString(ref reader) && WebhookJsonFields.HasExplicitOffset(reader.ValueSpan)
            && reader.TryGetDateTimeOffset(out var date)
            ? date
            : null;
        return value.HasValue;
    }

    /// <summary>An empty string reads as none, as the general way reads it.</summary>
    private static bool TryReadOptionalString(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        if (!IsPlainString(ref reader))
        {
            return false;
        }

        value = reader.ValueSpan.IsEmpty ? null : reader.GetString();
        return true;
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
