using System.Buffers.Text;
using System.Text.Json;
using System.Text;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// osu-web cursors: a JSON object sent back as <c>cursor</c> and as <c>cursor_string</c> (unpadded base64url of the
/// JSON), read from <c>cursor_string</c> or from <c>cursor[field]</c> parameters.
/// </summary>
internal static class OsuCursor
{
    public static string Encode(JsonObject cursor) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(cursor.ToJsonString()));

    public static JsonObject? Decode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(Base64Url.DecodeFromChars(value.Trim())) as JsonObject;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    /// <summary>The request's cursor: <c>cursor_string</c> first, then <c>cursor[...]</c> parameters.</summary>
    public static JsonObject? FromRequest(HttpRequest request)
    {
        if (Decode(OsuQuery.String(request, "cursor_string")) is { } decoded)
        {
            return decoded;
        }

        var fields = request.Query.Where(p => p.Key.StartsWith("cursor[", StringComparison.Ordinal) && p.Key.EndsWith(']')).ToList();
        if (fields.Count == 0)
        {
            return null;
        }

        var cursor = new JsonObject();
        foreach (var field in fields)
        {
            cursor[field.Key["cursor[".Length..^1]] = field.Value[0];
        }

        return cursor;
    }

    /// <summary>Adds <c>cursor</c> and <c>cursor_string</c> (both null at the end) to a response body.</summary>
    public static void AddTo(JsonObject body, JsonObject? next)
    {
        body["cursor"] = next;
        body["cursor_string"] = next is null ? null : Encode(next);
    }
}
