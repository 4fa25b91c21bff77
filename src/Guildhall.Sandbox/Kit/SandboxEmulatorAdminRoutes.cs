using Guildhall.Sandbox.Faults;

namespace Guildhall.Sandbox.Kit;

/// <summary>
/// The admin routes every emulator has under <c>/_sandbox/{api}</c>:
/// <list type="bullet">
/// <item><c>GET /requests</c> lists the requests the API received (oldest first: <c>at</c>, <c>method</c>, <c>path</c>
/// below the API's prefix, <c>status</c>, <c>caller_id</c>, <c>user_agent</c>, <c>body</c>), <c>DELETE /requests</c>
/// forgets them.</item>
/// <item><c>POST /faults</c> queues a fault for the API's requests in the host's shared queue, in the body the
/// emulator's <see cref="SandboxFaultDialect"/> reads; <c>GET /faults</c> lists the API's faults still waiting,
/// <c>DELETE /faults</c> drops them (the host-wide <c>/_sandbox/faults</c> sees them all).</item>
/// </list>
/// </summary>
internal static class SandboxEmulatorAdminRoutes
{
    public static void Map(IEndpointRouteBuilder admin, string api, string apiPrefix, SandboxFaultDialect faultDialect)
    {
        admin.MapGet("/requests", (SandboxRequestLog log) => SandboxJson.Result(new JsonArray([.. log.Snapshot(api).Select(JsonNode (record) => record.ToJson())])));
        admin.MapDelete("/requests", (SandboxRequestLog log) =>
        {
            log.Clear(api);
            return Results.NoContent();
        });

        admin.MapPost("/faults", async (HttpContext context, SandboxFaults faults) =>
        {
            var (fault, refusal) = await faultDialect.ReadAsync(context, apiPrefix).ConfigureAwait(false);
            if (fault is null)
            {
                return refusal!;
            }

            faults.Add(fault);
            return faultDialect.Queued(fault, faults.Pending(apiPrefix));
        });
        admin.MapGet("/faults", (SandboxFaults faults) => faultDialect.Listed(faults.Pending(apiPrefix)));
        admin.MapDelete("/faults", (SandboxFaults faults) => faultDialect.Cleared(faults.Clear(apiPrefix)));
    }
}
