using System.Text.Json;
using Guildhall.Sandbox.Faults;

namespace Guildhall.Sandbox.TopGg.Admin;

/// <summary>Turns a <c>POST /_sandbox/topgg/faults</c> body into a fault for the host's shared fault queue.</summary>
internal static class TopGgFaultRequestParser
{
    public const int MaxCount = 10_000;

    public static (SandboxFault? Fault, string? Error) Parse(JsonObject body)
    {
        if (!TopGgAdminJson.TryReadString(body, "preset", out var presetName) || !TopGgAdminJson.TryReadInt(body, "status", out var status)
            || !TopGgAdminJson.TryReadString(body, "body", out var text) || !TopGgAdminJson.TryReadString(body, "contentType", out var contentType)
            || !TopGgAdminJson.TryReadString(body, "path", out var path) || !TopGgAdminJson.TryReadBool(body, "abort", out var abort)
            || !TopGgAdminJson.TryReadInt(body, "count", out var count))
        {
            return (null, "preset, body, contentType and path must be strings, status and count integers, abort a boolean.");
        }

        SandboxFault? preset = null;
        if (presetName is not null && !TopGgFaultPresets.All.TryGetValue(presetName, out preset))
        {
            return (null, $"Unknown preset '{presetName}'. Presets: {string.Join(", ", TopGgFaultPresets.All.Keys)}.");
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

        var template = preset ?? TopGgFaultPresets.Answer(500, TopGgFaultPresets.JsonContentType, null);
        var fault = template with
        {
            Kind = abort ?? template.Kind == SandboxFaultKind.Abort ? SandboxFaultKind.Abort : SandboxFaultKind.Status,
            PathPrefix = TopGg.Routes.TopGgGate.Prefix + (path ?? "/"),
            Status = status ?? template.Status,
            // A content type given without a body still goes out, on an empty body.
            Body = text ?? template.Body ?? (contentType is null ? null : ""),
            ContentType = contentType ?? template.ContentType,
            Headers = headers ?? template.Headers,
            Times = count ?? 1,
        };
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
