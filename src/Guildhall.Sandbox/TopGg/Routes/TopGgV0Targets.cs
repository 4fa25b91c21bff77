

using Guildhall.Sandbox.TopGg.State;
using Guildhall.Sandbox.TopGg.Wire;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>
/// Which bot a v0 route acts on: the one in the path, or the token's bot for the id-less forms (<c>/bots/stats</c>).
/// </summary>
internal static class TopGgV0Targets
{
    /// <summary>
    /// For routes restricted to the token's own bot (votes, check, posting stats): any other id, including one that
    /// is not a snowflake (a client that put <c>None</c> in the path), is 403, as on the real service.
    /// </summary>
    public static (TopGgBot? Bot, IResult? Error) Own(HttpContext http, string? pathId, TopGgState state)
    {
        var caller = TopGgCaller.Of(http);
        if (pathId is not null && (!TopGgSnowflakes.TryParse(pathId, out var id) || id != caller.BotId))
        {
            return (null, TopGgJsonReplies.Forbidden());
        }

        var bot = state.Bots.Find(caller.BotId);
        return bot is null ? (null, TopGgJsonReplies.BotNotFound()) : (bot, null);
    }

    /// <summary>For routes that read any bot (the bot itself, its stats): an unknown id is 404 "Bot not found".</summary>
    public static (TopGgBot? Bot, IResult? Error) Any(HttpContext http, string? pathId, TopGgState state)
    {
        var id = TopGgCaller.Of(http).BotId;
        if (pathId is not null && !TopGgSnowflakes.TryParse(pathId, out id))
        {
            return (null, TopGgJsonReplies.BotNotFound());
        }

        var bot = state.Bots.Find(id);
        return bot is null ? (null, TopGgJsonReplies.BotNotFound()) : (bot, null);
    }
}
