using System.Globalization;
using System.Text.Json;

namespace Guildhall.TopGg.Webhooks;

/// <summary>
/// Reads delivery fields tolerantly (snowflakes as strings or numbers, <c>""</c> as absent, any ISO 8601 date) and
/// strictly where it matters (a missing id is an error naming the field's path).
/// </summary>
internal static class WebhookJsonFields
{
    public static JsonElement RequireObject(JsonElement parent, string name, string path)
    {
        var value = Require(parent, name, path);
        return value.ValueKind == JsonValueKind.Object ? value : throw Wrong(path, name, "an object", value);
    }

    public static ulong RequireSnowflake(JsonElement parent, string name, string path)
    {
        var value = Require(parent, name, path);
        switch (value.ValueKind)
        {
            case JsonValueKind.Number when value.TryGetUInt64(out var number):
                return number;
            case JsonValueKind.String when ulong.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed):
                return parsed;
            default:
                throw Wrong(path, name, "a snowflake id", value);
        }
    }

    public static string RequireString(JsonElement parent, string name, string path) =>
        OptionalString(parent, name, path) ?? throw Missing(path, name);

    /// <summary>A string, a number written as text, or <see langword="null"/> when absent, <c>null</c> or <c>""</c>.</summary>
    public static string? OptionalString(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => value.GetString() is { Length: > 0 } text ? text : null,
            JsonValueKind.Number => value.GetRawText(),
            _ => throw Wrong(path, name, "a string", value),
        };
    }

    public static int OptionalInt(JsonElement parent, string name, string path, int fallback)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && number is >= int.MinValue and <= int.MaxValue)
        {
            return (int)Math.Round(number, MidpointRounding.AwayFromZero);
        }

        if (value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw Wrong(path, name, "an integer", value);
    }

    public static bool OptionalBool(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False or JsonValueKind.Null => false,
            JsonValueKind.String when bool.TryParse(value.GetString(), out var parsed) => parsed,
            _ => throw Wrong(path, name, "a boolean", value),
        };
    }

    public static DateTimeOffset RequireDate(JsonElement parent, string name, string path)
    {
        var text = RequireString(parent, name, path);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw new WebhookPayloadException($"{Join(path, name)} is not a date.");
    }

    public static TEnum ReadEnum<TEnum>(JsonElement parent, string name, string path)
        where TEnum : struct, Enum
    {
        var text = OptionalString(parent, name, path);
        return text is not null && !char.IsAsciiDigit(text[0]) && Enum.TryParse<TEnum>(text, ignoreCase: true, out var parsed) ? parsed : default;
    }

    private static JsonElement Require(JsonElement parent, string name, string path) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : throw Missing(path, name);

    private static WebhookPayloadException Missing(string path, string name) => new($"{Join(path, name)} is missing.");

    private static WebhookPayloadException Wrong(string path, string name, string expected, JsonElement found) =>
        new($"{Join(path, name)} should be {expected} but is {DescribeKind(found.ValueKind)}.");

    private static string DescribeKind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string that does not fit",
        JsonValueKind.Number => "a number that does not fit",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
}
