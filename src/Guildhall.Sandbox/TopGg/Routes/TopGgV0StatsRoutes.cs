using System.Text;
using Guildhall.Sandbox.TopGg.State;
using Guildhall.Sandbox.TopGg.Wire;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>
/// <c>GET /bots[/{id}]/stats</c> (any bot) and <c>POST /bots[/{id}]/stats</c> (only the token's bot; another id is
/// 403). A successful post answers an empty 200; a malformed one a 400 <c>{"message":...}</c> and changes nothing.
/// </summary>
/// <remarks>
/// The reference records the empty 200 but not its type. topggpy 1.4.0 reads <c>Content-Type</c> on every answer
/// (a missing one raises <c>KeyError</c>) and JSON-decodes the body only when the type is exactly
/// <c>application/json; charset=utf-8</c>, and it posts stats against Top.gg without failing: so the real empty answer
/// is typed, and not as that JSON. The emulator sends it as empty UTF-8 text.
/// </remarks>
internal static class TopGgV0StatsRoutes
{
    public static void Map(IEndpointRouteBuilder bots)
    {
        bots.MapWithAndWithoutBotId(HttpMethods.Get, "stats", (http, botId, state) => Task.FromResult(Get(http, botId, state)));
        bots.MapWithAndWithoutBotId(HttpMethods.Post, "stats", PostAsync);
    }

    private static IResult Get(HttpContext http, string? pathId, TopGgState state)
    {
        var (bot, error) = TopGgV0Targets.Any(http, pathId, state);
        return error ?? TopGgJsonReplies.Json(TopGgV0Json.Stats(bot!.Stats));
    }

    private static async Task<IResult> PostAsync(HttpContext http, string? pathId, TopGgState state)
    {
        var (bot, error) = TopGgV0Targets.Own(http, pathId, state);
        if (error is not null)
        {
            return error;
        }

        var body = await TopGgRequestBody.ReadAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (body.Error is not null || body.IsEmpty)
        {
            return TopGgJsonReplies.Message(StatusCodes.Status400BadRequest, body.IsEmpty ? "A JSON body is required" : "The body is not valid JSON");
        }

        // Applied to the stored record under the store's lock: two clusters posting their shards at the same moment
        // must both land, as they do on Top.gg.
        string? invalid = null;
        state.Bots.Update(bot!.Id, current =>
        {
            var (stats, problem) = TopGgStatsPost.Apply(current.Stats, body.Node);
            invalid = problem;
            return stats is null ? current : current with { Stats = stats };
        });
        if (invalid is not null)
        {
            return TopGgJsonReplies.Message(StatusCodes.Status400BadRequest, invalid);
        }

        state.RecordPosted(TopGgPostedKind.Stats, bot.Id, http.Request, body.Node);
        return Results.Text(string.Empty, "text/plain", Encoding.UTF8);
    }
}
