

using Guildhall.Sandbox.TopGg.State;
using Guildhall.Sandbox.TopGg.Wire;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary><c>GET /bots</c> (search, deprecated but served) and <c>GET /bots/{id}</c>.</summary>
internal static class TopGgV0BotRoutes
{
    public static void Map(IEndpointRouteBuilder bots)
    {
        bots.MapGet("", Search);
        bots.MapGet("/{botId}", GetBot);
    }

    private static IResult Search(HttpRequest request, TopGgState state)
    {
        var (search, error) = TopGgBotSearchRequest.Parse(request.Query);
        if (search is null)
        {
            return TopGgJsonReplies.Message(StatusCodes.Status400BadRequest, error!);
        }

        var matches = state.Bots.Snapshot().Where(search.Filter.Matches).ToList();
        matches.Sort(search.Order);
        var results = new JsonArray(
            [.. matches.Skip(search.Offset).Take(search.Limit).Select(b => SelectFields(TopGgV0Json.Bot(b), search.Fields))]);
        return TopGgJsonReplies.Json(new JsonObject
        {
            ["results"] = results,
            ["limit"] = search.Limit,
            ["offset"] = search.Offset,
            ["count"] = results.Count,
            ["total"] = matches.Count,
        });
    }

    private static IResult GetBot(string botId, HttpContext http, TopGgState state)
    {
        var (bot, error) = TopGgV0Targets.Any(http, botId, state);
        return error ?? TopGgJsonReplies.Json(TopGgV0Json.Bot(bot!));
    }

    private static JsonObject SelectFields(JsonObject bot, IReadOnlySet<string>? fields)
    {
        if (fields is not null)
        {
            foreach (var name in bot.Select(p => p.Key).Where(k => !fields.Contains(k)).ToList())
            {
                bot.Remove(name);
            }
        }

        return bot;
    }
}
