using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
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
            case JsonValueKind.String when TryGetSnowflakeText(value, out var parsed):
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
        // The common shape (ISO 8601 with an offset or Z) is read straight from the UTF-8 bytes; anything else, including
        // a date without an offset (taken as UTC here, where the JSON reader would take it as local time), goes the
        // general way.
        if (parent.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String
            && HasExplicitOffset(JsonMarshal.GetRawUtf8Value(element)[1..^1]) && element.TryGetDateTimeOffset(out var exact))
        {
            return exact;
        }

        var text = RequireString(parent, name, path);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw new WebhookPayloadException($"{Join(path, name)} is not a date.");
    }

    public static TEnum ReadEnum<TEnum>(JsonElement parent, string name, string path)
        where TEnum : struct, Enum
    {
        // The wire's lowercase member names are matched on the UTF-8 bytes; any other spelling goes the general way.
        if (parent.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String)
        {
            foreach (var (utf8, member) in LowercaseNames<TEnum>.All)
            {
                if (element.ValueEquals(utf8))
                {
                    return member;
                }
            }
        }

        var text = OptionalString(parent, name, path);
        return text is not null && !char.IsAsciiDigit(text[0]) && Enum.TryParse<TEnum>(text, ignoreCase: true, out var parsed) ? parsed : default;
    }

    /// <summary>Matches a member of <typeparamref name="TEnum"/> (not the default one) by its lowercase wire name in UTF-8.</summary>
    public static bool TryMatchLowercaseName<TEnum>(ReadOnlySpan<byte> utf8, out TEnum member)
        where TEnum : struct, Enum
    {
        foreach (var (name, candidate) in LowercaseNames<TEnum>.All)
        {
            if (utf8.SequenceEqual(name))
            {
                member = candidate;
                return true;
            }
        }

        member = default;
        return false;
    }

    /// <summary>A snowflake written as a JSON string: its digits are parsed from the UTF-8 bytes, with no string made.</summary>
    private static bool TryGetSnowflakeText(JsonElement value, out ulong parsed)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value);
        // The raw value keeps its quotes and escapes; an escaped snowflake is odd enough to take the general way.
        if (raw.Length >= 2 && raw.IndexOf((byte)'\\') < 0)
        {
            return ulong.TryParse(raw[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out parsed);
        }

        return ulong.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out parsed);
    }

    /// <summary>Whether a date's text (UTF-8, without its quotes) ends in <c>Z</c> or a <c>±hh:mm</c> offset after its time.</summary>
    public static bool HasExplicitOffset(ReadOnlySpan<byte> text)
    {
        if (text.IsEmpty || text.IndexOf((byte)'T') < 0)
        {
            return false;
        }

        return text[^1] == (byte)'Z' || (text.Length > 6 && text[^6] is (byte)'+' or (byte)'-' && text[^3] == (byte)':');
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

    /// <summary>Every member of <typeparamref name="TEnum"/> but the default one, by its lowercase name in UTF-8.</summary>
    private static class LowercaseNames<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly (byte[] Utf8, TEnum Member)[] All = [.. Enum.GetValues<TEnum>()
            .Where(member => !EqualityComparer<TEnum>.Default.Equals(member, default))
            .Select(member => (Encoding.UTF8.GetBytes(member.ToString().ToLowerInvariant()), member))];
    }
}
