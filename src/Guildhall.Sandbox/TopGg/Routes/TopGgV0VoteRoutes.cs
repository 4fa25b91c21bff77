

using Guildhall.Sandbox.TopGg.State;
using Guildhall.Sandbox.TopGg.Wire;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>
/// <c>GET /bots[/{id}]/votes?page=</c> (the last 1000 distinct voters, newest first, <see cref="PageSize"/> per page)
/// and <c>GET /bots[/{id}]/check?userId=</c> (<c>{"voted":1}</c> within 12 hours). Both only for the token's own bot.
/// </summary>
internal static class TopGgV0VoteRoutes
{
    /// <summary>The real page size is not documented; the sandbox serves 100 voters per page, pages from 1 to 10.</summary>
    public const int PageSize = 100;

    public const int MaxVoters = 1000;

    public static void Map(IEndpointRouteBuilder bots)
    {
        bots.MapWithAndWithoutBotId(HttpMethods.Get, "votes", (http, botId, state) => Task.FromResult(Votes(http, botId, state)));
        bots.MapWithAndWithoutBotId(HttpMethods.Get, "check", (http, botId, state) => Task.FromResult(Check(http, botId, state)));
    }

    private static IResult Votes(HttpContext http, string? pathId, TopGgState state)
    {
        var (bot, error) = TopGgV0Targets.Own(http, pathId, state);
        if (error is not null)
        {
            return error;
        }

        var pageText = (string?)http.Request.Query["page"];
        var page = 1;
        if (!string.IsNullOrEmpty(pageText)
            && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            return TopGgJsonReplies.Message(StatusCodes.Status400BadRequest, "page must be an integer starting at 1");
        }

        var voters = state.Votes.RecentVoters(bot!.Id, MaxVoters, state.Now)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(state.Users.FindByDiscordId)
            .OfType<TopGgUser>()
            .Select(TopGgV0Json.Voter);
        return TopGgJsonReplies.Json(new JsonArray([.. voters]));
    }

    private static IResult Check(HttpContext http, string? pathId, TopGgState state)
    {
        var (bot, error) = TopGgV0Targets.Own(http, pathId, state);
        if (error is not null)
        {
            return error;
        }

        var userIdText = (string?)http.Request.Query["userId"];
        if (string.IsNullOrEmpty(userIdText))
        {
            return TopGgJsonReplies.Message(StatusCodes.Status400BadRequest, "userId is required");
        }

        if (!TopGgSnowflakes.TryParse(userIdText, out var userId))
        {
            return TopGgJsonReplies.Message(StatusCodes.Status400BadRequest, "userId must be a Discord user id");
        }

        if (state.Users.FindByDiscordId(userId) is null)
        {
            return TopGgJsonReplies.Message(StatusCodes.Status404NotFound, "User not found.");
        }

        var now = state.Now;
        var voted = state.Votes.Latest(bot!.Id, userId, now)?.IsActiveAt(now) == true;
        return TopGgJsonReplies.Json(new JsonObject { ["voted"] = voted ? 1 : 0 });
    }
}
