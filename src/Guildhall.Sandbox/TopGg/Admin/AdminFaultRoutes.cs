using System.Text.Json.Nodes;
using Guildhall.Sandbox.TopGg.Faults;
using Guildhall.Sandbox.TopGg.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Guildhall.Sandbox.TopGg.Admin;

/// <summary>
/// Failures on demand, for testing a client's error handling:
/// <list type="bullet">
/// <item><c>POST /_sandbox/topgg/faults</c>
/// <c>{preset?, status?, body?, contentType?, headers?, count?, path?, abort?}</c> → 201: the next <c>count</c>
/// (default 1) emulated-API responses whose path (under <c>/topgg/api</c>) starts with <c>path</c> (default: any) are
/// replaced. Presets: <c>json-500</c>, <c>html-502</c>, <c>rate-limit-header-only</c>,
/// <c>rate-limit-body-only</c>, <c>truncated-json</c>, <c>connection-reset</c>; other fields override the preset.</item>
/// <item><c>GET /_sandbox/topgg/faults</c> — the faults still queued.</item>
/// <item><c>DELETE /_sandbox/topgg/faults</c> — drops them.</item>
/// </list>
/// </summary>
internal static class AdminFaultRoutes
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        admin.MapPost("/faults", QueueAsync);
        admin.MapGet("/faults", (TopGgFaultQueue faults) =>
            JsonReplies.Json(new JsonArray([.. faults.Pending().Select(Describe)])));
        admin.MapDelete("/faults", (TopGgFaultQueue faults) => JsonReplies.Json(new JsonObject { ["cleared"] = faults.Clear() }));
    }

    private static async Task<IResult> QueueAsync(HttpContext http, TopGgFaultQueue faults)
    {
        var (body, unreadable) = await AdminJson.ReadObjectAsync(http).ConfigureAwait(false);
        if (unreadable is not null)
        {
            return unreadable;
        }

        var (fault, error) = FaultRequestParser.Parse(body!);
        if (fault is null)
        {
            return AdminJson.Error(error!);
        }

        AdminJson.TryReadInt(body!, "count", out var count);
        faults.Enqueue(fault, count ?? 1);
        return JsonReplies.Json(
            new JsonObject { ["queued"] = count ?? 1, ["fault"] = Describe(fault) }, StatusCodes.Status201Created);
    }

    private static JsonObject Describe(TopGgFault fault) => new()
    {
        ["status"] = fault.Abort ? null : fault.Status,
        ["contentType"] = fault.ContentType,
        ["body"] = fault.Body,
        ["headers"] = new JsonObject(fault.Headers.Select(h => KeyValuePair.Create(h.Key, (JsonNode?)h.Value))),
        ["abort"] = fault.Abort,
        ["path"] = fault.PathPrefix,
    };
}
