using System.Globalization;
using System.Text.Json;

namespace Guildhall.Core.Json;

/// <summary>Shared scalar readers for the converters.</summary>
internal static class JsonScalars
{
    /// <summary>Reads a snowflake from a number or a numeric string; <c>""</c> gives <see langword="null"/>.</summary>
    public static ulong? ReadSnowflake(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetUInt64(out var number):
                return number;
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                    ? parsed
                    : throw new JsonException($"\"{Shorten(text)}\" is not a snowflake id.");
            default:
                throw new JsonException($"Expected a snowflake id but found {reader.TokenType}.");
        }
    }

    /// <summary>Reads a date from an ISO 8601 string or Unix seconds; <c>""</c> and year-zero dates give <see langword="null"/>.</summary>
    public static DateTimeOffset? ReadDate(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                return UnixTime.TryFromSeconds(reader.GetDouble(), out var moment)
                    ? moment
                    : throw new JsonException("The number is not a date: it lies outside the years 1 to 9999 in Unix seconds.");
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text) || text.StartsWith("0000", StringComparison.Ordinal))
                {
                    return null;
                }

                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date))
                {
                    throw new JsonException($"\"{Shorten(text)}\" is not a date.");
                }

                return date == DateTimeOffset.MinValue ? null : date;
            default:
                throw new JsonException($"Expected a date but found {reader.TokenType}.");
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
