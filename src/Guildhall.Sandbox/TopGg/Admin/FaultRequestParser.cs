using System.Text.Json;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.TopGg.Faults;

namespace Guildhall.Sandbox.TopGg.Admin;

/// <summary>Turns a <c>POST /_sandbox/topgg/faults</c> body into a <see cref="TopGgFault"/>.</summary>
internal static class FaultRequestParser
{
    public const int MaxCount = 10_000;

    public static (TopGgFault? Fault, string? Error) Parse(JsonObject body)
    {
        if (!AdminJson.TryReadString(body, "preset", out var presetName) || !AdminJson.TryReadInt(body, "status", out var status)
            || !AdminJson.TryReadString(body, "body", out var text) || !AdminJson.TryReadString(body, "contentType", out var contentType)
            || !AdminJson.TryReadString(body, "path", out var path) || !AdminJson.TryReadBool(body, "abort", out var abort)
            || !AdminJson.TryReadInt(body, "count", out var count))
        {
            return (null, "preset, body, contentType and path must be strings, status and count integers, abort a boolean.");
        }

        TopGgFault? preset = null;
        if (presetName is not null && !FaultPresets.All.TryGetValue(presetName, out preset))
        {
            return (null, $"Unknown preset '{presetName}'. Presets: {string.Join(", ", FaultPresets.All.Keys)}.");
        }

        if (preset is null && status is null && abort != true)
        {
            return (null, "Give a preset, a status, or abort: true.");
        }

        if (status is < 100 or > 599 || count is < 1 or > MaxCount || (path is not null && !path.StartsWith('/')))
        {
            return (null, $"status must be 100-599, count 1-{MaxCount}, and path must start with '/'.");
        }

        if (!TryReadHeaders(body, out var headers))
        {
            return (null, "headers must be an object of string values.");
        }

        var fault = new TopGgFault(
            status ?? preset?.Status ?? 500,
            contentType ?? preset?.ContentType ?? (text is null ? null : "application/json; charset=utf-8"),
            text ?? preset?.Body ?? "",
            headers ?? preset?.Headers ?? new Dictionary<string, string>(),
            abort ?? preset?.Abort ?? false,
            path);
        return (fault, null);
    }

    private static bool TryReadHeaders(JsonObject body, out Dictionary<string, string>? headers)
    {
        headers = null;
        if (body["headers"] is null)
        {
            return true;
        }

        if (body["headers"] is not JsonObject members)
        {
            return false;
        }

        headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in members)
        {
            if (value is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
            {
                return false;
            }

            headers[name] = v.GetValue<string>();
        }

        return true;
    }
}
