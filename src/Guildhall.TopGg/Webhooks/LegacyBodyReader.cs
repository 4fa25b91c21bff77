using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;

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
        if (body.StartsWith(TopGgWebhookParser.Utf8Bom) || !Utf8.IsValid(body))
        {
            return false;
        }

        ulong? bot = null, guild = null, user = null;
        var type = LegacyVoteType.Unknown;
        var isWeekend = false;
        string? query = null;
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 16 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            // A repeated field overwrites the earlier value: on a document the last one wins too.
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueIsEscaped)
                {
                    return false;
                }

                var name = reader.ValueSpan;
                reader.Read();
                var read = name switch
                {
                    _ when name.SequenceEqual("user"u8) => TryReadSnowflake(ref reader, ref user),
                    _ when name.SequenceEqual("bot"u8) => TryReadSnowflake(ref reader, ref bot),
                    _ when name.SequenceEqual("guild"u8) => TryReadSnowflake(ref reader, ref guild),
                    _ when name.SequenceEqual("type"u8) => IsPlainString(ref reader)
                        && WebhookJsonFields.TryMatchLowercaseName(reader.ValueSpan, out type),
                    _ when name.SequenceEqual("isWeekend"u8) => TryReadBoolean(ref reader, ref isWeekend),
                    _ when name.SequenceEqual("query"u8) => TryReadQuery(ref reader, ref query),
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

        if (user is not { } voter || (bot ?? guild) is not { } target)
        {
            return false;
        }

        vote = new LegacyVote(target, IsBot: bot.HasValue, voter, type, IsWeekend: bot.HasValue && isWeekend, query);
        return true;
    }

    private static bool IsPlainString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped;

    private static bool TryReadSnowflake(ref Utf8JsonReader reader, ref ulong? value)
    {
        if (!IsPlainString(ref reader) || !ulong.TryParse(reader.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        value = id;
        return true;
    }

    private static bool TryReadBoolean(ref Utf8JsonReader reader, ref bool value)
    {
        if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
        {
            return false;
        }

        value = reader.TokenType == JsonTokenType.True;
        return true;
    }

    /// <summary>An empty query reads as none, as the general way reads it.</summary>
    private static bool TryReadQuery(ref Utf8JsonReader reader, ref string? value)
    {
        if (!IsPlainString(ref reader))
        {
            return false;
        }

        value = reader.ValueSpan.IsEmpty ? null : reader.GetString();
        return true;
    }
}
