using System.Text.Json;
using static Guildhall.TopGg.Webhooks.OnePassJson;

namespace Guildhall.TopGg.Webhooks;

/// <summary>
/// Reads a legacy body of the shape Top.gg sends (ids as digit strings, a lowercase <c>type</c>, <c>isWeekend</c> as a
/// boolean, nothing escaped) in one pass of the JSON reader, without building a document. Any other body, valid or
/// not, is left to <see cref="TopGgWebhookParser.ParseLegacyDocument"/>, so whatever this reader accepts reads exactly
/// as the general way reads it, and every error still comes from the general way.
/// </summary>
/// <remarks>
/// The document cost as much as the rest of a vote's verification: the reader first walked the body to find the end of
/// its value, the document then parsed a copy of it, and each field was a lookup over the object.
/// </remarks>
internal static class LegacyBodyReader
{
    /// <summary>Reads <paramref name="body"/> when it has the common shape; <see langword="false"/> leaves it to the general way.</summary>
    public static bool TryRead(ReadOnlySpan<byte> body, out LegacyVote vote)
    {
        vote = default;
        if (!TryReadBody(body, ReadField, out Fields fields) || fields.User is not { } voter || (fields.Bot ?? fields.Guild) is not { } target)
        {
            return false;
        }

        var isBot = fields.Bot.HasValue;
        vote = new LegacyVote(target, isBot, voter, fields.Type, IsWeekend: isBot && fields.IsWeekend, fields.Query);
        return true;
    }

    private static bool ReadField(ref Utf8JsonReader reader, scoped ReadOnlySpan<byte> name, ref Fields fields) => name switch
    {
        _ when name.SequenceEqual("user"u8) => TryReadSnowflake(ref reader, out fields.User),
        _ when name.SequenceEqual("bot"u8) => TryReadSnowflake(ref reader, out fields.Bot),
        _ when name.SequenceEqual("guild"u8) => TryReadSnowflake(ref reader, out fields.Guild),
        _ when name.SequenceEqual("type"u8) => IsPlainString(ref reader)
            && WebhookJsonFields.TryMatchLowercaseName(reader.ValueSpan, out fields.Type),
        _ when name.SequenceEqual("isWeekend"u8) => TryReadBoolean(ref reader, out fields.IsWeekend),
        _ when name.SequenceEqual("query"u8) => TryReadOptionalString(ref reader, out fields.Query),
        _ => reader.TrySkip(),
    };

    private static bool TryReadBoolean(ref Utf8JsonReader reader, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        return reader.TokenType is JsonTokenType.True or JsonTokenType.False;
    }

    /// <summary>The fields a legacy body had; absent ones keep their defaults, which are the general way's too.</summary>
    private struct Fields
    {
        public ulong? Bot;
        public ulong? Guild;
        public ulong? User;
        public LegacyVoteType Type;
        public bool IsWeekend;
        public string? Query;
    }
}
