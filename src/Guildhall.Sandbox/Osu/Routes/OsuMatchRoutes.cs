using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// <c>/matches</c> (<c>limit</c> 1–50, default 50; <c>sort</c> id_desc or id_asc; <c>active</c>; cursor
/// <c>{"match_id": n}</c>) and <c>/matches/{match}</c> with a window of events: <c>after</c> gives the oldest events
/// after an id, <c>before</c> the newest before one, neither the newest; <c>limit</c> 1–101, default 100.
/// </summary>
internal static class OsuMatchRoutes
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/matches", Index).Requires(OsuScopes.Public);
        api.MapGet("/matches/{match}", Show).Requires(OsuScopes.Public);
    }

    private static IResult Index(HttpContext context, OsuWorld world, OsuCommunity community)
    {
        var request = context.Request;
        var limit = Math.Clamp(OsuQuery.Int(request, "limit") ?? 50, 1, 50);
        var ascending = OsuQuery.String(request, "sort") == "id_asc";
        var active = OsuQuery.Bool(request, "active");
        var after = OsuCursorValue.Long(OsuCursor.FromRequest(request)?["match_id"]);
        lock (world.Sync)
        {
            IEnumerable<OsuMatch> matches = community.Multiplayer.Matches.Values;
            if (active is { } open)
            {
                matches = matches.Where(m => (m.EndTime is null) == open);
            }

            matches = ascending ? matches.OrderBy(m => m.Id) : matches.OrderByDescending(m => m.Id);
            var rest = after is { } last ? matches.Where(m => ascending ? m.Id > last : m.Id < last).ToList() : matches.ToList();
            var page = rest.Take(limit).ToList();
            var body = new JsonObject
            {
                ["matches"] = new JsonArray([.. page.Select(m => (JsonNode)OsuMultiplayerPresenter.Match(m))]),
                ["params"] = new JsonObject { ["limit"] = limit, ["sort"] = ascending ? "id_asc" : "id_desc", ["active"] = active },
            };
            OsuCursor.AddTo(body, rest.Count > page.Count ? new JsonObject { ["match_id"] = page[^1].Id } : null);
            return OsuResponses.Json(body);
        }
    }

    private static IResult Show(HttpContext context, OsuWorld world, OsuCommunity community, string match)
    {
        var request = context.Request;
        var limit = Math.Clamp(OsuQuery.Int(request, "limit") ?? 100, 1, 101);
        var after = OsuQuery.Long(request, "after");
        var before = OsuQuery.Long(request, "before");
        lock (world.Sync)
        {
            if (!long.TryParse(match, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || !community.Multiplayer.Matches.TryGetValue(id, out var found))
            {
                return OsuResponses.ModelNotFound("LegacyMatch\\LegacyMatch");
            }

            var view = OsuRequestView.Of(context, world);
            var events = after is { } a ? found.Events.Where(e => e.Id > a).Take(limit).ToList()
                : before is { } b ? found.Events.Where(e => e.Id < b).TakeLast(limit).ToList()
                : found.Events.TakeLast(limit).ToList();
            var userIds = events.Where(e => e.UserId is not null).Select(e => e.UserId!.Value)
                .Concat(events.Where(e => e.Game is not null).SelectMany(e => e.Game!.Scores.Select(s => s.Score.UserId)))
                .Distinct().Order();
            return OsuResponses.Json(new JsonObject
            {
                ["match"] = OsuMultiplayerPresenter.Match(found),
                ["events"] = new JsonArray([.. events.Select(e => (JsonNode)OsuMultiplayerPresenter.Event(view, found, e))]),
                ["users"] = new JsonArray([.. userIds.Select(u => (JsonNode)OsuMultiplayerPresenter.MatchUser(world.Users[u]))]),
                ["first_event_id"] = found.Events[0].Id,
                ["latest_event_id"] = found.Events[^1].Id,
                ["current_game_id"] = null,
            });
        }
    }
}
