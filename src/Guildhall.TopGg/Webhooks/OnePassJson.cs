using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;

namespace Guildhall.TopGg.Webhooks;

/// <summary>
/// What the one-pass body readers (<see cref="LegacyBodyReader"/>, <see cref="VoteCreateBodyReader"/>) share: one walk of
/// the JSON reader over an object's fields, accepting only the plain shapes Top.gg sends. Every method answers
/// <see langword="false"/> for anything else (escapes, other kinds, malformed JSON), and the caller then leaves the body
/// to the general way, which reads every shape and names every error.
/// </summary>
internal static class OnePassJson
{
    /// <summary>Reads the value of the field <paramref name="name"/> into <paramref name="fields"/>; <see langword="false"/> to give up.</summary>
    public delegate bool FieldReader<TFields>(ref Utf8JsonReader reader, scoped ReadOnlySpan<byte> name, ref TFields fields)
        where TFields : struct;

    /// <summary>
    /// Reads a body that is one JSON object, field by field. A body with a byte order mark, bytes that are not UTF-8, or
    /// anything after the object is left to the general way, which names it.
    /// </summary>
    public static bool TryReadBody<TFields>(ReadOnlySpan<byte> body, FieldReader<TFields> readField, out TFields fields)
        where TFields : struct
    {
        fields = default;
        if (body.StartsWith(TopGgWebhookParser.Utf8Bom) || !Utf8.IsValid(body))
        {
            return false;
        }

        // The same depth limit as the general way, so a body too deep for it is too deep here.
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 16 });
        try
        {
            // The reader throws on anything after the object but white space.
            return reader.Read() && TryReadObject(ref reader, readField, out fields) && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads the object the reader is on into fresh fields. A field that repeats overwrites the earlier value, as on a
    /// document the last one wins. Fails on an escaped field name or when <paramref name="readField"/> gives up.
    /// </summary>
    public static bool TryReadObject<TFields>(ref Utf8JsonReader reader, FieldReader<TFields> readField, out TFields fields)
        where TFields : struct
    {
        fields = default;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped)
            {
                return false;
            }

            var name = reader.ValueSpan;
            if (!reader.Read() || !readField(ref reader, name, ref fields))
            {
                return false;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject;
    }

    /// <summary>A string token without escapes: its <see cref="Utf8JsonReader.ValueSpan"/> is its text.</summary>
    public static bool IsPlainString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped;

    /// <summary>A snowflake id written as a string of digits, as the general way reads it.</summary>
    public static bool TryReadSnowflake(ref Utf8JsonReader reader, out ulong? value)
    {
        value = IsPlainString(ref reader) && ulong.TryParse(reader.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
        return value.HasValue;
    }

    /// <summary>An optional string; an empty one reads as none, as the general way reads it.</summary>
    public static bool TryReadOptionalString(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        if (!IsPlainString(ref reader))
        {
            return false;
        }

        value = reader.ValueSpan.IsEmpty ? null : reader.GetString();
        return true;
    }
}
