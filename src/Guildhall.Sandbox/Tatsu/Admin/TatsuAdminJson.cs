using Guildhall.Sandbox.Hosting;

namespace Guildhall.Sandbox.Tatsu.Admin;

/// <summary>Reading admin request bodies, which are forgiving: snowflakes may be JSON strings or numbers.</summary>
internal static class TatsuAdminJson
{
    /// <summary>Reads the body as a JSON object; null when it is empty or not an object.</summary>
    public static async Task<JsonObject?> ReadObjectAsync(HttpRequest request) =>
        (await AdminRequestBody.ReadObjectAsync(request).ConfigureAwait(false)).Body;

    public static bool TryGetId(JsonNode? node, out ulong id)
    {
        id = 0;
        return node is JsonValue value
            && (value.TryGetValue<ulong>(out id)
                || (value.TryGetValue<string>(out var text) && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id)));
    }

    public static bool TryGetId(string segment, out ulong id) =>
        ulong.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id != 0;

    /// <summary>Reads an optional unsigned number; absent gives <paramref name="fallback"/>, anything else fails.</summary>
    public static bool TryGetOptional(JsonObject body, string name, ulong fallback, out ulong value)
    {
        value = fallback;
        return body[name] is null || (body[name] is JsonValue json && json.TryGetValue(out value));
    }

    /// <summary>Reads an optional, non-empty string; null when absent, empty or not a string.</summary>
    public static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    /// <summary>The admin routes' error: <c>{"error": "..."}</c> with a 400, 404 or 409.</summary>
    public static IResult Problem(int status, string message) => SandboxJson.Result(new JsonObject { ["error"] = message }, status);
}
