using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Guildhall.Sandbox.Faults;

/// <summary>
/// <c>/_sandbox/faults</c>: inject faults into any emulated API, to test how a client copes with a 500, an HTML page
/// from a CDN, a 429, a truncated body, a slow answer or a dropped connection.
/// <list type="bullet">
/// <item><c>POST /_sandbox/faults</c> with <c>{path, method?, kind, status?, body?, content_type?, headers?, delay_ms?, times?}</c>
/// (kind: <c>status</c>, <c>html</c>, <c>truncated</c>, <c>delay</c>, <c>abort</c>; times defaults to 1).</item>
/// <item><c>GET /_sandbox/faults</c> lists the faults still pending; <c>DELETE /_sandbox/faults</c> clears them.</item>
/// </list>
/// </summary>
internal static class SandboxFaultRoutes
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/_sandbox/faults");
        group.MapGet("", (SandboxFaults faults) => Results.Json(new JsonArray([.. faults.Pending().Select(JsonNode (fault) => fault.ToJson())])));
        group.MapDelete("", (SandboxFaults faults) =>
        {
            faults.Clear();
            return Results.NoContent();
        });
        group.MapPost("", async (HttpRequest request, SandboxFaults faults) =>
        {
            var json = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonObject;
            if (json is null)
            {
                return Results.BadRequest(new { message = "The body must be a JSON object." });
            }

            if (!TryRead(json, out var fault, out var problem))
            {
                return Results.BadRequest(new { message = problem });
            }

            faults.Add(fault);
            return Results.Json(fault.ToJson(), statusCode: StatusCodes.Status201Created);
        });
    }

    private static bool TryRead(JsonObject json, out SandboxFault fault, out string? problem)
    {
        fault = null!;
        problem = null;
        var path = (string?)json["path"];
        if (string.IsNullOrEmpty(path) || !path.StartsWith('/'))
        {
            problem = "\"path\" must be a path prefix starting with '/', for example /tatsu/v1/guilds.";
            return false;
        }

        if (!Enum.TryParse<SandboxFaultKind>((string?)json["kind"] ?? "status", ignoreCase: true, out var kind))
        {
            problem = "\"kind\" must be one of status, html, truncated, delay, abort.";
            return false;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (json["headers"] is JsonObject headerObject)
        {
            foreach (var (name, value) in headerObject)
            {
                headers[name] = value?.ToString() ?? "";
            }
        }

        var times = (int?)json["times"] ?? 1;
        var status = (int?)json["status"] ?? (kind == SandboxFaultKind.Html ? 502 : 500);
        if (times < 1 || status is < 100 or > 599)
        {
            problem = "\"times\" must be at least 1 and \"status\" a valid HTTP status.";
            return false;
        }

        fault = new SandboxFault(
            kind,
            path,
            (string?)json["method"],
            status,
            (string?)json["body"],
            (string?)json["content_type"] ?? "application/json",
            headers,
            TimeSpan.FromMilliseconds((long?)json["delay_ms"] ?? 0),
            times);
        return true;
    }
}
