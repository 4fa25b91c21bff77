using System.Text;

namespace Guildhall.Core.Http;

/// <summary>Tolerant reading of response bodies: JSON detection and charset decoding.</summary>
internal static class BodyFormat
{
    /// <summary>Whether a body is JSON: a JSON media type, or no media type and a body that starts like JSON.</summary>
    public static bool LooksLikeJson(string? mediaType, ReadOnlySpan<byte> body)
    {
        if (mediaType is not null)
        {
            return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
                || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase);
        }

        var trimmed = body.TrimStart(" \t\r\n"u8);
        if (trimmed.StartsWith("\uFEFF"u8))
        {
            trimmed = trimmed[3..];
        }

        return !trimmed.IsEmpty && (trimmed[0] == (byte)'{' || trimmed[0] == (byte)'[');
    }

    /// <summary>Whether the declared charset is UTF-8 (or absent, which JSON defaults to).</summary>
    public static bool IsUtf8(string? charset) =>
        charset is null || charset.Trim('"').Replace("-", "", StringComparison.Ordinal).Equals("utf8", StringComparison.OrdinalIgnoreCase);

    /// <summary>Decodes a body with the declared charset; an unknown charset falls back to UTF-8 rather than failing.</summary>
    public static string Decode(ReadOnlySpan<byte> body, string? charset)
    {
        if (IsUtf8(charset))
        {
            return Encoding.UTF8.GetString(body);
        }

        try
        {
            return Encoding.GetEncoding(charset!.Trim('"')).GetString(body);
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8.GetString(body);
        }
    }

    /// <summary>Shortens a body for an exception or a log: at most <paramref name="maxChars"/> characters, marked when cut.</summary>
    public static string Truncate(string text, int maxChars) =>
        text.Length <= maxChars ? text : string.Concat(text.AsSpan(0, maxChars), "… (truncated)");
}
