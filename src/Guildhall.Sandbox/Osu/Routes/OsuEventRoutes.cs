
using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary><c>/events</c>: every user's events, 50 per page, <c>sort</c> id_desc (default) or id_asc, cursor <c>{"event_id": n}</c>.</summary>
internal static class OsuEventRoutes
{
    private const int PageSize = 50;

    public static void Map(IEndpointRouteBuilder api) => api.MapGet("/events", Index).Requires(OsuScopes.Public);

    private static IResult Index(HttpContext context, OsuWorld world)
    {
        var ascending = OsuQuery.String(context.Request, "sort") == "id_asc";
        var after = OsuQuery.ParseInt(OsuCursor.FromRequest(context.Request)?["event_id"]?.ToString());
        lock (world.Sync)
        {
            var events = ascending ? world.Events.OrderBy(e => e.Id) : world.Events.OrderByDescending(e => e.Id);
            var page = events.Where(e => after is not { } id || (ascending ? e.Id > id : e.Id < id)).Take(PageSize + 1).ToList();
            var hasMore = page.Count > PageSize;
            page = [.. page.Take(PageSize)];
            var body = new JsonObject { ["events"] = new JsonArray([.. page.Select(e => e.Body.DeepClone())]) };
            OsuCursor.AddTo(body, hasMore ? new JsonObject { ["event_id"] = page[^1].Id } : null);
            return OsuResponses.Json(body);
        }
    }
}
