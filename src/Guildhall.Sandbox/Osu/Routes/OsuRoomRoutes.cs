using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// <c>/rooms</c> (query <c>mode</c> active, all, ended, participated, owned — the last two need a user; <c>type_group</c>
/// playlists, realtime, ranked-play; <c>category</c>; <c>limit</c> up to 250; a plain array), one room, its leaderboard
/// (<c>limit</c> 1–50) and a playlist item's scores (<c>sort</c> score_desc or score_asc, <c>limit</c> 1–50, cursor
/// <c>{"total_score": n, "score_id": n}</c>). Mode in the path (<c>/rooms/owned</c>) was removed from osu-web and is read
/// as a room id, so it is not found.
/// </summary>
internal static class OsuRoomRoutes
{
    private static readonly string[] Modes = ["active", "all", "ended", "participated", "owned"];

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/rooms", Index).Requires(OsuScopes.Public);
        api.MapGet("/rooms/{room}", Show).Requires(OsuScopes.Public);
        api.MapGet("/rooms/{room}/leaderboard", Leaderboard).Requires(OsuScopes.Public);
        api.MapGet("/rooms/{room}/playlist/{item}/scores", Scores).Requires(OsuScopes.Public);
    }

    private static IResult Index(HttpContext context, OsuWorld world, OsuCommunity community)
    {
        var request = context.Request;
        var mode = OsuQuery.String(request, "mode") ?? "active";
        if (!Modes.Contains(mode, StringComparer.Ordinal))
        {
            return OsuResponses.Invalid("invalid mode specified");
        }

        var view = OsuRequestView.Of(context, world);
        if (mode is "participated" or "owned" && view.Viewer is null)
        {
            return OsuResponses.Unauthenticated();
        }

        var typeGroup = OsuQuery.String(request, "type_group") ?? "playlists";
        var category = OsuQuery.String(request, "category");
        var limit = Math.Clamp(OsuQuery.Int(request, "limit") ?? 250, 1, 250);
        lock (world.Sync)
        {
            var rooms = community.Multiplayer.Rooms.Values
                .Where(r => r.TypeGroup == typeGroup && (category is null || r.Category == category))
                .Where(r => mode switch
                {
                    "active" => r.IsActive(view.Now),
                    "ended" => !r.IsActive(view.Now),
                    "participated" => r.AllScores.Any(s => s.UserId == view.Viewer!.Id),
                    "owned" => r.HostId == view.Viewer!.Id,
                    _ => true,
                })
                .OrderByDescending(r => r.Id)
                .Take(limit);
            return OsuResponses.Json(new JsonArray([.. rooms.Select(r => (JsonNode)OsuMultiplayerPresenter.Room(view, r, details: false))]));
        }
    }

    private static IResult Show(HttpContext context, OsuWorld world, OsuCommunity community, string room)
    {
        lock (world.Sync)
        {
            if (room == "latest")
            {
                // osu-web: the last of Room::featured(), a bare abort(404) when there is none.
                return LatestFeatured(community) is { } latest
                    ? OsuResponses.Json(OsuMultiplayerPresenter.Room(OsuRequestView.Of(context, world), latest, details: true))
                    : OsuResponses.NotFound();
            }

            return Find(community, room) is { } found
                ? OsuResponses.Json(OsuMultiplayerPresenter.Room(OsuRequestView.Of(context, world), found, details: true))
                : OsuResponses.ModelNotFound("Multiplayer\\Room");
        }
    }

    private static IResult Leaderboard(HttpContext context, OsuWorld world, OsuCommunity community, string room)
    {
        var limit = Math.Clamp(OsuQuery.Int(context.Request, "limit") ?? 50, 1, 50);
        lock (world.Sync)
        {
            if (Find(community, room) is not { } found)
            {
                return OsuResponses.ModelNotFound("Multiplayer\\Room");
            }

            var viewer = OsuCaller.From(context).User;
            var board = OsuMultiplayer.Leaderboard(found);
            var mine = viewer is null ? -1 : board.FindIndex(a => a.UserId == viewer.Id);
            JsonObject? userScore = null;
            if (mine >= 0)
            {
                userScore = OsuMultiplayerPresenter.Aggregate(board[mine], withAttempts: false, world.Users[viewer!.Id]);
                userScore["position"] = mine + 1;
            }

            return OsuResponses.Json(new JsonObject
            {
                ["leaderboard"] = new JsonArray([.. board.Take(limit).Select(a => (JsonNode)OsuMultiplayerPresenter.Aggregate(a, withAttempts: false, world.Users[a.UserId]))]),
                ["user_score"] = userScore,
            });
        }
    }

    private static IResult Scores(HttpContext context, OsuWorld world, OsuCommunity community, string room, string item)
    {
        var request = context.Request;
        var limit = Math.Clamp(OsuQuery.Int(request, "limit") ?? 50, 1, 50);
        var ascending = OsuQuery.String(request, "sort") == "score_asc";
        var cursor = OsuCursor.FromRequest(request);
        lock (world.Sync)
        {
            var found = Find(community, room)?.Playlist.FirstOrDefault(i => long.TryParse(item, out var id) && i.Id == id);
            if (found is null)
            {
                return OsuResponses.ModelNotFound("Multiplayer\\PlaylistItem");
            }

            // One score per user, their best on the item, as the item's leaderboard shows them.
            var bests = found.Scores.GroupBy(s => s.UserId).Select(g => g.OrderByDescending(s => s.TotalScore).ThenBy(s => s.Id).First());
            var ordered = (ascending ? bests.OrderBy(s => s.TotalScore).ThenByDescending(s => s.Id) : bests.OrderByDescending(s => s.TotalScore).ThenBy(s => s.Id)).ToList();
            // Keyset paging as osu-web's cursors do: the scores after (total_score, score_id) in the order, so a cursor
            // whose score has gone (or never existed) still goes on from where it points.
            var rest = OsuCursorValue.Long(cursor?["total_score"]) is { } lastTotal && OsuCursorValue.Long(cursor?["score_id"]) is { } lastId
                ? ordered.Where(s => ascending
                    ? s.TotalScore > lastTotal || (s.TotalScore == lastTotal && s.Id < lastId)
                    : s.TotalScore < lastTotal || (s.TotalScore == lastTotal && s.Id > lastId)).ToList()
                : ordered;
            var page = rest.Take(limit).ToList();
            var view = OsuRequestView.Of(context, world);
            var viewerBest = view.Viewer is null ? null : ordered.FirstOrDefault(s => s.UserId == view.Viewer.Id);
            var body = new JsonObject
            {
                ["params"] = new JsonObject { ["limit"] = limit, ["sort"] = ascending ? "score_asc" : "score_desc" },
                ["scores"] = new JsonArray([.. page.Select(s => (JsonNode)OsuMultiplayerPresenter.PlaylistScore(view, found, s))]),
                ["total"] = ordered.Count,
                ["user_score"] = viewerBest is null ? null : OsuMultiplayerPresenter.PlaylistScore(view, found, viewerBest),
            };
            OsuCursor.AddTo(body, page.Count < rest.Count ? new JsonObject { ["total_score"] = page[^1].TotalScore, ["score_id"] = page[^1].Id } : null);
            return OsuResponses.Json(body);
        }
    }

    // The featured categories are the spotlight and featured-artist rooms the website shows as featured; the daily
    // challenge has its own page.
    private static OsuRoom? LatestFeatured(OsuCommunity community) =>
        community.Multiplayer.Rooms.Values.Where(r => r.Category is "spotlight" or "featured_artist").MaxBy(r => r.Id);

    private static OsuRoom? Find(OsuCommunity community, string room) =>
        long.TryParse(room, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? community.Multiplayer.Rooms.GetValueOrDefault(id) : null;
}
