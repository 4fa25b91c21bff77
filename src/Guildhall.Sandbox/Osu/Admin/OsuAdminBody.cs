using System.Text.Json;

namespace Guildhall.Sandbox.Osu.Admin;

/// <summary>Reads the JSON body of an admin request; a missing or malformed body reads as an empty object.</summary>
internal static class OsuAdminBody
{
    public static async Task<JsonObject> ReadAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static string? String(JsonObject body, string name) =>
        body[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    public static long? Long(JsonObject body, string name) =>
        body[name] is JsonValue value && (value.TryGetValue<long>(out var number) || (value.TryGetValue<string>(out var text) && long.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out number)))
            ? number
            : null;

    public static double? Double(JsonObject body, string name) =>
        body[name] is JsonValue value && value.TryGetValue<double>(out var number) ? number : null;

    public static bool? Bool(JsonObject body, string name) =>
        body[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    /// <summary>A 400 naming what is wrong with the admin request.</summary>
    public static IResult BadRequest(string message) => Error(StatusCodes.Status400BadRequest, message);

    /// <summary>The admin routes' error shape: <c>{"error": message}</c>.</summary>
    public static IResult Error(int status, string message) => SandboxJson.Result(new JsonObject { ["error"] = message }, status);
}
