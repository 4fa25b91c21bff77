

using Guildhall.Sandbox.TopGg.State;
using Guildhall.Sandbox.TopGg.Wire;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary><c>GET /weekend</c> and the retired <c>GET /users/{id}</c>.</summary>
internal static class TopGgV0MiscRoutes
{
    public static void Map(IEndpointRouteBuilder api, IEndpointFilter gate)
    {
        api.MapGet("/weekend", (TopGgState state) =>
                TopGgJsonReplies.Json(new JsonObject { ["is_weekend"] = TopGgWeekend.IsWeekend(state.Now) }))
            .AddEndpointFilter(gate);

        // Top.gg no longer serves user profiles: every id is 404 (the 2.0 SDKs treat the endpoint as gone).
        api.MapGet("/users/{userId}", () =>
                TopGgJsonReplies.Message(StatusCodes.Status404NotFound, "User not found."))
            .AddEndpointFilter(gate);
    }
}
