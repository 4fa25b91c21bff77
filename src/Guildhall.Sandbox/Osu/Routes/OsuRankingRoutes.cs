
using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// <c>/rankings/{mode}/{type}</c> (performance, score, global, country, team, charts), <c>/rankings/kudosu</c> and
/// <c>/spotlights</c>. Pages hold 50 rows; the cursor is <c>{"page": n}</c>. The real ranking always has 10,000 rows;
/// the sandbox's is as long as its seeded world, so <c>total</c> counts real rows and the cursor ends on the last page.
/// </summary>
internal static class OsuRankingRoutes
{
    private const int PageSize = 50;
    private const int MaxResults = 10_000;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/rankings/kudosu", Kudosu).Requires(OsuScopes.Public);
        api.MapGet("/rankings/{mode}/{type}", Rankings).Requires(OsuScopes.Public);
        api.MapGet("/spotlights", Spotlights).Requires(OsuScopes.Public);
    }

    private static IResult Rankings(HttpContext context, OsuWorld world, string mode, string type)
    {
        var request = context.Request;
        if (!OsuRuleset.TryParse(mode, out var rulesetId))
        {
            return OsuResponses.Error(StatusCodes.Status404NotFound, "invalid ruleset specified");
        }

        var sort = type is "performance" or "score" ? type : "performance";
        type = type is "performance" or "score" ? "global" : type;
        if (type is not ("charts" or "country" or "global" or "team"))
        {
            return OsuResponses.Error(StatusCodes.Status404NotFound, "invalid type specified");
        }

        lock (world.Sync)
        {
            var view = OsuRequestView.Of(context, world);
            if (type == "charts")
            {
                return OsuSpotlightCharts.Respond(view, rulesetId, request);
            }

            List<JsonObject> rows;
            if (type == "global")
            {
                var filter = OsuQuery.String(request, "filter") ?? "all";
                var variant = OsuQuery.String(request, "variant");
                if (filter is not ("all" or "friends"))
                {
                    return OsuResponses.Invalid("invalid filter parameter specified");
                }

                if (variant == "all")
                {
                    variant = null;
                }

                if (variant is not null && !(rulesetId == 3 && variant is "4k" or "7k"))
                {
                    return OsuResponses.Invalid("invalid variant parameter specified");
                }

                var country = OsuQuery.String(request, "country");
                if (country is not null && !world.Users.Values.Any(u => u.CountryCode == country && u.Pp(rulesetId) > 0))
                {
                    return OsuResponses.ModelNotFound("CountryStatistics");
                }

                rows = GlobalRows(view, rulesetId, sort, country, filter == "friends", variant);
            }
            else if (type == "country")
            {
                rows = [.. world.Users.Values.Where(u => u.Pp(rulesetId) > 0).GroupBy(u => u.CountryCode)
                    .Select(g => OsuRankingPresenter.CountryRow(g.Key, g.ToList(), rulesetId))
                    .OrderByDescending(r => r["performance"]!.ToDouble())];
            }
            else
            {
                rows = [.. world.Users.Values.Where(u => u.Profile["team"] is JsonObject && u.RankedScore(rulesetId) > 0)
                    .GroupBy(u => u.Profile["team"]!["id"]!.ToInt64())
                    .Select(g => OsuRankingPresenter.TeamRow(g.First().Profile["team"]!.AsObject(), g.ToList(), rulesetId))
                    .OrderByDescending(r => r["performance"]!.ToDouble())];
            }

            return Page(rows, request);
        }
    }

    private static List<JsonObject> GlobalRows(OsuView view, int rulesetId, string sort, string? country, bool friendsOnly, string? variant)
    {
        var users = view.World.Users.Values.Where(u => u.Pp(rulesetId) > 0 && (country is null || u.CountryCode == country));
        if (friendsOnly)
        {
            // friendsOf(): the user's friends and the user; a token without a user has no friends.
            var viewer = view.Viewer;
            users = users.Where(u => viewer is not null && (u.Id == viewer.Id || viewer.FriendIds.Contains(u.Id)));
        }

        var ordered = variant is not null
            ? users.OrderByDescending(u => u.VariantPp(variant))
            : sort == "score" ? users.OrderByDescending(u => u.RankedScore(rulesetId)) : users.OrderByDescending(u => u.Pp(rulesetId));
        var showRankChange = sort == "performance" && country is null && !friendsOnly && variant is null;
        return [.. ordered.ThenBy(u => u.Id).Take(MaxResults).Select((u, i) => OsuRankingPresenter.UserRow(
            u,
            rulesetId,
            country is null ? null : i + 1,
            showRankChange ? OsuDeterministic.Between(-40, 40, u.Id, rulesetId, 60) : null))];
    }

    // The page comes from cursor[page] / cursor_string, else page; clamped to the pages there are.
    private static IResult Page(List<JsonObject> rows, HttpRequest request)
    {
        var maxPages = Math.Max(1, (int)Math.Ceiling(rows.Count / (double)PageSize));
        var cursor = OsuCursor.FromRequest(request);
        var page = Math.Clamp(OsuQuery.ParseInt(cursor?["page"]?.ToString()) ?? OsuQuery.Int(request, "page") ?? 1, 1, maxPages);
        var ranking = rows.Skip((page - 1) * PageSize).Take(PageSize).Select(r => (JsonNode)r).ToList();
        var body = new JsonObject();
        OsuCursor.AddTo(body, ranking.Count == 0 || page >= maxPages ? null : new JsonObject { ["page"] = page + 1 });
        body["ranking"] = new JsonArray([.. ranking]);
        body["total"] = rows.Count;
        return OsuResponses.Json(body);
    }

    // 50 per page, at most 20 pages, highest total kudosu first.
    private static IResult Kudosu(HttpContext context, OsuWorld world)
    {
        var page = Math.Clamp(OsuQuery.Int(context.Request, "page") ?? 1, 1, 20);
        lock (world.Sync)
        {
            var ranking = world.Users.Values.OrderByDescending(u => u.KudosuTotal).ThenBy(u => u.Id)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(u => (JsonNode)OsuUserPresenter.WithKudosu(u));
            return OsuResponses.Json(new JsonObject { ["ranking"] = new JsonArray([.. ranking]) });
        }
    }

    private static IResult Spotlights(OsuWorld world)
    {
        lock (world.Sync)
        {
            return OsuResponses.Json(new JsonObject { ["spotlights"] = new JsonArray([.. world.Spotlights.Select(s => s.DeepClone())]) });
        }
    }
}
