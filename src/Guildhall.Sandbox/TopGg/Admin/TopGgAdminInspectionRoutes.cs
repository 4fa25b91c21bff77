

using Guildhall.Sandbox.TopGg.State;
using Guildhall.Sandbox.TopGg.Wire;

namespace Guildhall.Sandbox.TopGg.Admin;

/// <summary>
/// What clients posted, oldest first, each as <c>{bot, method, path, received_at, body}</c> with the body exactly as
/// sent; <c>?bot=&lt;id&gt;</c> filters by bot:
/// <c>GET /_sandbox/topgg/posted-stats</c> (v0 stats), <c>/project-edits</c> (PATCH @me), <c>/commands</c>,
/// <c>/announcements</c>, <c>/metrics</c> (PATCH and batch). <c>DELETE /_sandbox/topgg/posted</c> forgets them all.
/// </summary>
internal static class TopGgAdminInspectionRoutes
{
    private static readonly (string Path, TopGgPostedKind Kind)[] Logs =
    [
        ("/posted-stats", TopGgPostedKind.Stats),
        ("/project-edits", TopGgPostedKind.ProjectEdit),
        ("/commands", TopGgPostedKind.Commands),
        ("/announcements", TopGgPostedKind.Announcement),
        ("/metrics", TopGgPostedKind.Metrics),
    ];

    public static void Map(IEndpointRouteBuilder admin)
    {
        foreach (var (path, kind) in Logs)
        {
            admin.MapGet(path, (HttpRequest request, TopGgState state) => List(kind, request, state));
        }

        admin.MapDelete("/posted", (TopGgState state) =>
        {
            state.Posted.Clear();
            return Results.NoContent();
        });
    }

    private static IResult List(TopGgPostedKind kind, HttpRequest request, TopGgState state)
    {
        ulong? bot = null;
        if (request.Query.ContainsKey("bot"))
        {
            if (!TopGgSnowflakes.TryParse(request.Query["bot"], out var id))
            {
                return TopGgAdminJson.Error("bot must be a snowflake.");
            }

            bot = id;
        }

        var records = state.Posted.List(kind, bot).Select(r => new JsonObject
        {
            ["bot"] = TopGgV0Json.Id(r.BotId),
            ["method"] = r.Method,
            ["path"] = r.Path,
            ["received_at"] = TopGgWireDates.V1(r.ReceivedAt),
            ["body"] = r.Body?.DeepClone(),
        });
        return TopGgJsonReplies.Json(new JsonArray([.. records]));
    }
}
