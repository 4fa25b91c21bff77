

using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// The paged lists of a profile: scores (best, firsts, pinned, recent), beatmapsets by type, most played, kudosu and
/// recent activity. As on osu!, <c>{user}</c> must be an id here, <c>mode</c> defaults to the user's ruleset and an
/// unknown user, mode or type is a 404 <c>{"error":null}</c>.
/// </summary>
internal static class OsuUserListRoutes
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/users/{user}/scores/{type}", Scores).Requires(OsuScopes.Public);
        api.MapGet("/users/{user}/beatmapsets/{type}", Beatmapsets).Requires(OsuScopes.Public);
        api.MapGet("/users/{user}/kudosu", Kudosu).Requires(OsuScopes.Public);
        api.MapGet("/users/{user}/recent_activity", RecentActivity).Requires(OsuScopes.Public);
    }

    private static IResult Scores(HttpContext context, OsuWorld world, string user, string type)
    {
        var request = context.Request;
        var includeFails = OsuQuery.Bool(request, "include_fails") ?? false;
        var legacyOnly = OsuQuery.Bool(request, "legacy_only") ?? false;
        lock (world.Sync)
        {
            if (!TryResolve(context, world, user, out var view, out var owner, out var rulesetId))
            {
                return OsuResponses.NotFound();
            }

            var paging = type == "recent" ? OsuPaging.Capped(request) : OsuPaging.Uncapped(request);
            var page = new JsonArray();
            switch (type)
            {
                case "best":
                    {
                        var best = world.BestScores(owner.Id, rulesetId, legacyOnly);
                        for (var i = paging.Offset; i < Math.Min(best.Count, paging.Offset + paging.Limit); i++)
                        {
                            page.Add((JsonNode)OsuScorePresenter.ForProfile(view, best[i], Math.Pow(0.95, i)));
                        }

                        break;
                    }

                case "firsts":
                    Add(page, paging.Apply(world.FirstPlaces(owner.Id, rulesetId, legacyOnly)), view);
                    break;
                case "pinned":
                    Add(page, paging.Apply(world.ScoresOfUser(owner.Id).Where(s => s.IsPinned && s.RulesetId == rulesetId)), view);
                    break;
                case "recent":
                    Add(page, paging.Apply(world.ScoresOfUser(owner.Id)
                        .Where(s => s.RulesetId == rulesetId && s.EndedAt > view.Now.AddDays(-1) && (includeFails || s.Passed))
                        .OrderByDescending(s => s.EndedAt)), view);
                    break;
                default:
                    return OsuResponses.NotFound();
            }

            return OsuResponses.Json(page);
        }
    }

    private static IResult Beatmapsets(HttpContext context, OsuWorld world, string user, string type)
    {
        lock (world.Sync)
        {
            if (!TryResolve(context, world, user, out var view, out var owner, out _))
            {
                return OsuResponses.NotFound();
            }

            var paging = OsuPaging.Uncapped(context.Request);
            if (type == "most_played")
            {
                var played = owner.Playcounts.OrderByDescending(p => p.Value).ThenByDescending(p => p.Key)
                    .Where(p => world.Beatmaps.ContainsKey(p.Key));
                return OsuResponses.Json(new JsonArray([.. paging.Apply(played).Select(p => (JsonNode)MostPlayed(world, p.Key, p.Value))]));
            }

            var sets = OsuProfileSets.Of(view.World, owner.Id, type);
            return sets is null
                ? OsuResponses.NotFound()
                : OsuResponses.Json(new JsonArray([.. paging.Apply(sets).Select(s => (JsonNode)OsuBeatmapsetPresenter.WithBeatmaps(s))]));
        }
    }

    private static IResult Kudosu(HttpContext context, OsuWorld world, string user)
    {
        lock (world.Sync)
        {
            return TryResolve(context, world, user, out _, out var owner, out _)
                ? OsuResponses.Json(new JsonArray([.. OsuPaging.Capped(context.Request).Apply(owner.KudosuHistory).Select(k => k.DeepClone())]))
                : OsuResponses.NotFound();
        }
    }

    private static IResult RecentActivity(HttpContext context, OsuWorld world, string user)
    {
        lock (world.Sync)
        {
            if (!TryResolve(context, world, user, out _, out var owner, out _))
            {
                return OsuResponses.NotFound();
            }

            var events = world.Events.Where(e => e.UserId == owner.Id).OrderByDescending(e => e.Id);
            return OsuResponses.Json(new JsonArray([.. OsuPaging.Capped(context.Request).Apply(events).Select(e => e.Body.DeepClone())]));
        }
    }

    // FindForProfilePage with type "id": only numeric ids resolve on these routes.
    private static bool TryResolve(HttpContext context, OsuWorld world, string user, out OsuView view, out OsuUser owner, out int rulesetId)
    {
        view = OsuRequestView.Of(context, world);
        owner = world.FindUser(user, "id")!;
        rulesetId = -1;
        return owner is not null && OsuRuleset.TryParse(OsuQuery.String(context.Request, "mode") ?? owner.Playmode, out rulesetId);
    }

    private static void Add(JsonArray page, IEnumerable<OsuScore> scores, OsuView view)
    {
        foreach (var score in scores)
        {
            page.Add((JsonNode)OsuScorePresenter.ForProfile(view, score));
        }
    }

    private static JsonObject MostPlayed(OsuWorld world, long beatmapId, int count)
    {
        var beatmap = world.Beatmaps[beatmapId];
        return new JsonObject
        {
            ["beatmap_id"] = beatmapId,
            ["count"] = count,
            ["beatmap"] = OsuBeatmapPresenter.Compact(beatmap),
            ["beatmapset"] = OsuBeatmapsetPresenter.Compact(world.Beatmapsets[beatmap.BeatmapsetId]),
        };
    }
}
