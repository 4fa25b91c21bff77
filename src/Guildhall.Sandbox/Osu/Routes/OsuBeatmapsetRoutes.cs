
using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary><c>/beatmapsets</c>: one set, lookup by beatmap id, search.</summary>
internal static class OsuBeatmapsetRoutes
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/beatmapsets/search", Search).Requires(OsuScopes.Public);
        api.MapGet("/beatmapsets/lookup", Lookup).Requires(OsuScopes.Public);
        api.MapGet("/beatmapsets/{beatmapset}", Show).Requires(OsuScopes.Public);
    }

    private static IResult Show(HttpContext context, OsuWorld world, string beatmapset)
    {
        lock (world.Sync)
        {
            var set = long.TryParse(beatmapset, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? world.Beatmapsets.GetValueOrDefault(id) : null;
            return set is null
                ? OsuResponses.ModelNotFound("beatmap")
                : OsuResponses.Json(OsuBeatmapsetPresenter.Full(OsuRequestView.Of(context, world), set));
        }
    }

    // Without beatmap_id: {"error":null}; with an unknown one: the beatmap (difficulty) model error.
    private static IResult Lookup(HttpContext context, OsuWorld world)
    {
        if (OsuQuery.Int(context.Request, "beatmap_id") is not { } beatmapId)
        {
            return OsuResponses.NotFound();
        }

        lock (world.Sync)
        {
            return world.Beatmaps.TryGetValue(beatmapId, out var beatmap)
                ? OsuResponses.Json(OsuBeatmapsetPresenter.Full(OsuRequestView.Of(context, world), world.Beatmapsets[beatmap.BeatmapsetId]))
                : OsuResponses.ModelNotFound("beatmap difficulty");
        }
    }

    private static IResult Search(HttpContext context, OsuWorld world)
    {
        var query = OsuBeatmapsetSearchQuery.From(context.Request);
        var cursor = OsuCursor.FromRequest(context.Request);
        lock (world.Sync)
        {
            return OsuResponses.Json(new OsuBeatmapsetSearch(OsuRequestView.Of(context, world), query).Run(cursor));
        }
    }
}
