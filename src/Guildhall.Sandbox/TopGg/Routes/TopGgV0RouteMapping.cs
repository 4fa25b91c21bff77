

using Guildhall.Sandbox.TopGg.State;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>
/// Maps a v0 bot route in both forms: with the bot id in the path (<c>/bots/{id}/stats</c>, in every SDK) and without
/// it (<c>/bots/stats</c>, for tokens that name their bot). The handler gets the path id, or <see langword="null"/>.
/// </summary>
internal static class TopGgV0RouteMapping
{
    public static void MapWithAndWithoutBotId(
        this IEndpointRouteBuilder bots, string method, string suffix, Func<HttpContext, string?, TopGgState, Task<IResult>> handler)
    {
        bots.MapMethods($"/{suffix}", [method], (HttpContext http, TopGgState state) => handler(http, null, state));
        bots.MapMethods($"/{{botId}}/{suffix}", [method], (string botId, HttpContext http, TopGgState state) => handler(http, botId, state));
    }
}
