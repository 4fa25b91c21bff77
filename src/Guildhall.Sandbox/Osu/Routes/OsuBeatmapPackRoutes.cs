using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// <c>/beatmaps/packs</c> (<c>type</c> standard by default, featured, tournament, loved, chart, theme, artist; 100 per
/// page, newest first, cursor <c>{pack_id}</c>) and <c>/beatmaps/packs/{tag}</c> (with its sets and, for a user, which
/// of them the user passed a map of; <c>legacy_only</c> counts only stable plays).
/// </summary>
internal static class OsuBeatmapPackRoutes
{
    private const int PageSize = 100;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/beatmaps/packs", Index).Requires(OsuScopes.Public);
        api.MapGet("/beatmaps/packs/{pack}", Show).Requires(OsuScopes.Public);
    }

    private static IResult Index(HttpContext context, OsuWorld world)
    {
        var type = OsuQuery.Present(context.Request, "type") ?? "standard";
        var after = OsuCursorValue.Long(OsuCursor.FromRequest(context.Request)?["pack_id"]);
        lock (world.Sync)
        {
            if (!world.SiteContent.Packs.TryGetValue(type, out var packs))
            {
                return OsuResponses.NotFound();
            }

            // Newest first: a pack's id is its place counted from the oldest.
            var numbered = packs.Select((p, i) => (p.Pack, Id: (long)(packs.Count - i))).Where(p => after is null || p.Id < after).ToList();
            var page = numbered.Take(PageSize).ToList();
            var body = new JsonObject { ["beatmap_packs"] = new JsonArray([.. page.Select(p => p.Pack.DeepClone())]) };
            OsuCursor.AddTo(body, numbered.Count > page.Count ? new JsonObject { ["pack_id"] = page[^1].Id } : null);
            return OsuResponses.Json(body);
        }
    }

    private static IResult Show(HttpContext context, OsuWorld world, string pack)
    {
        var legacyOnly = OsuQuery.Bool(context.Request, "legacy_only") == true;
        var user = OsuCaller.From(context).User;
        lock (world.Sync)
        {
            var found = world.SiteContent.Packs.Values.SelectMany(p => p).FirstOrDefault(p => p.Pack["tag"]!.GetValue<string>() == pack);
            if (found.Pack is null)
            {
                return OsuResponses.ModelNotFound("BeatmapPack");
            }

            var body = (JsonObject)found.Pack.DeepClone();
            body["beatmapsets"] = new JsonArray([.. found.BeatmapsetIds.Select(id => (JsonNode)OsuBeatmapsetPresenter.Base(world.Beatmapsets[id]))]);
            if (user is not null)
            {
                var passed = world.ScoresOfUser(user.Id).Where(s => s.Passed && (!legacyOnly || s.IsLegacy)).Select(s => world.Beatmaps[s.BeatmapId].BeatmapsetId).ToHashSet();
                var completed = found.BeatmapsetIds.Where(passed.Contains).ToList();
                body["user_completion_data"] = new JsonObject
                {
                    ["beatmapset_ids"] = new JsonArray([.. completed.Select(id => (JsonNode)id)]),
                    ["completed"] = completed.Count == found.BeatmapsetIds.Count,
                };
            }

            return OsuResponses.Json(body);
        }
    }
}
