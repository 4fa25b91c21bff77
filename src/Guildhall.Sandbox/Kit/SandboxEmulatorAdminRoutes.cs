namespace Guildhall.Sandbox.Kit;

/// <summary>
/// The admin routes every emulator has under <c>/_sandbox/{api}</c>: <c>GET /requests</c> lists the requests the API
/// received (oldest first: <c>at</c>, <c>method</c>, <c>path</c> below the API's prefix, <c>status</c>,
/// <c>caller_id</c>, <c>user_agent</c>, <c>body</c>), <c>DELETE /requests</c> forgets them.
/// </summary>
internal static class SandboxEmulatorAdminRoutes
{
    public static void Map(IEndpointRouteBuilder admin, string api)
    {
        admin.MapGet("/requests", (SandboxRequestLog log) => Results.Json(new JsonArray([.. log.Snapshot(api).Select(JsonNode (record) => record.ToJson())])));
        admin.MapDelete("/requests", (SandboxRequestLog log) =>
        {
            log.Clear(api);
            return Results.NoContent();
        });
    }
}
