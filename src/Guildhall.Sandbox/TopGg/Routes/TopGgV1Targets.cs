

using Guildhall.Sandbox.TopGg.State;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>The project (<c>@me</c>) a v1 request acts on: the token's bot and its project record.</summary>
internal static class TopGgV1Targets
{
    public static (TopGgBot Bot, TopGgProject Project) Me(HttpContext http, TopGgState state)
    {
        var botId = TopGgCaller.Of(http).BotId;
        var bot = state.Bots.Find(botId) ?? throw new InvalidOperationException("A token was issued for a bot that does not exist.");
        var project = state.Projects.Find(botId) ?? new TopGgProject { BotId = botId };
        return (bot, project);
    }
}
