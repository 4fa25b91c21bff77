

using Guildhall.Sandbox.TopGg.Routes;
using Guildhall.Sandbox.TopGg.Wire;

namespace Guildhall.Sandbox.TopGg.Admin;

/// <summary>
/// <c>POST /_sandbox/topgg/rate-limits/reset</c> <c>{token?}</c> → <c>{"reset": n}</c>: lifts the block and clears
/// the counters of one token, or of every token when none is given.
/// </summary>
internal static class TopGgAdminRateLimitRoutes
{
    public static void Map(IEndpointRouteBuilder admin) => admin.MapPost("/rate-limits/reset", ResetAsync);

    private static async Task<IResult> ResetAsync(HttpContext http, TopGgRateLimiter limiter)
    {
        var (body, unreadable) = await TopGgAdminJson.ReadObjectAsync(http).ConfigureAwait(false);
        if (unreadable is not null)
        {
            return unreadable;
        }

        if (!TopGgAdminJson.TryReadString(body!, "token", out var token))
        {
            return TopGgAdminJson.Error("token must be a string.");
        }

        return TopGgJsonReplies.Json(new JsonObject { ["reset"] = limiter.Reset(token) });
    }
}
