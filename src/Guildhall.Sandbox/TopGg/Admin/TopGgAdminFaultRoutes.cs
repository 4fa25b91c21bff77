using Guildhall.Sandbox.Faults;
using Guildhall.Sandbox.TopGg.Routes;
using Guildhall.Sandbox.TopGg.Wire;

namespace Guildhall.Sandbox.TopGg.Admin;

/// <summary>
/// Failures on demand, for testing a client's error handling; they go to the host's shared fault queue
/// (<c>/_sandbox/faults</c>), scoped to <c>/topgg/api</c>:
/// <list type="bullet">
/// <item><c>POST /_sandbox/topgg/faults</c>
/// <c>{preset?, status?, body?, contentType?, headers?, count?, path?, abort?}</c> → 201: the next <c>count</c>
/// (default 1) emulated-API responses whose path (under <c>/topgg/api</c>) starts with <c>path</c> (default: any) are
/// replaced. Presets: <c>json-500</c>, <c>html-502</c>, <c>rate-limit-header-only</c>,
/// <c>rate-limit-body-only</c>, <c>truncated-json</c>, <c>connection-reset</c>; other fields override the preset.</item>
/// <item><c>GET /_sandbox/topgg/faults</c> — the Top.gg faults still queued.</item>
/// <item><c>DELETE /_sandbox/topgg/faults</c> — drops them, answering how many responses they would have spoiled.</item>
/// </list>
/// </summary>
internal static class TopGgAdminFaultRoutes
{
    /// <summary>The prefix the faults of these routes are scoped to, and the ones they list and clear.</summary>
    public const string Scope = TopGgGate.Prefix + "/";

    public static void Map(IEndpointRouteBuilder admin)
    {
        admin.MapPost("/faults", QueueAsync);
        admin.MapGet("/faults", (SandboxFaults faults) => TopGgJsonReplies.Json(faults.Describe(Scope)));
        admin.MapDelete("/faults", (SandboxFaults faults) =>
            TopGgJsonReplies.Json(new JsonObject { ["cleared"] = faults.Clear(Scope).Sum(fault => fault.Times) }));
    }

    private static async Task<IResult> QueueAsync(HttpContext http, SandboxFaults faults)
    {
        var (body, unreadable) = await TopGgAdminJson.ReadObjectAsync(http).ConfigureAwait(false);
        if (unreadable is not null)
        {
            return unreadable;
        }

        var (fault, error) = TopGgFaultRequestParser.Parse(body!);
        if (fault is null)
        {
            return TopGgAdminJson.Error(error!);
        }

        faults.Add(fault);
        return TopGgJsonReplies.Json(new JsonObject { ["queued"] = fault.Times, ["fault"] = fault.ToJson() }, StatusCodes.Status201Created);
    }
}
