
using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary><c>/beatmaps</c>: one, many by id, lookup, difficulty attributes.</summary>
internal static class OsuBeatmapRoutes
{
    private const string Model = "beatmap difficulty";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/beatmaps/lookup", Lookup).Requires(OsuScopes.Public);
        api.MapGet("/beatmaps", Index).Requires(OsuScopes.Public);
        api.MapGet("/beatmaps/{beatmap}", Show).Requires(OsuScopes.Public);
        api.MapPost("/beatmaps/{beatmap}/attributes", AttributesAsync).Requires(OsuScopes.Public);
    }

    /// <summary>Finds a beatmap by its path id; non-numeric ids find nothing.</summary>
    public static OsuBeatmap? Find(OsuWorld world, string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var beatmapId) ? world.Beatmaps.GetValueOrDefault(beatmapId) : null;

    private static IResult Show(HttpContext context, OsuWorld world, string beatmap)
    {
        lock (world.Sync)
        {
            var found = Find(world, beatmap);
            return found is null
                ? OsuResponses.ModelNotFound(Model)
                : OsuResponses.Json(OsuBeatmapPresenter.Extended(OsuRequestView.Of(context, world), found));
        }
    }

    // At most 50 ids; unknown ids are skipped; ordered by id.
    private static IResult Index(HttpContext context, OsuWorld world)
    {
        var ids = OsuQuery.LongArray(context.Request, "ids").Take(50).ToHashSet();
        lock (world.Sync)
        {
            var view = OsuRequestView.Of(context, world);
            var beatmaps = ids.Where(world.Beatmaps.ContainsKey).Order().Select(id => (JsonNode)OsuBeatmapPresenter.Extended(view, world.Beatmaps[id]));
            return OsuResponses.Json(new JsonObject { ["beatmaps"] = new JsonArray([.. beatmaps]) });
        }
    }

    // checksum, then filename, then id: the first parameter that matches wins; a miss is {"error":null}.
    private static IResult Lookup(HttpContext context, OsuWorld world)
    {
        var request = context.Request;
        lock (world.Sync)
        {
            var found = (OsuQuery.Present(request, "checksum") is { } checksum ? world.Beatmaps.Values.FirstOrDefault(b => b.Checksum == checksum) : null)
                ?? (OsuQuery.Present(request, "filename") is { } filename ? world.Beatmaps.Values.FirstOrDefault(b => b.Filename == filename) : null)
                ?? (OsuQuery.Int(request, "id") is { } id ? world.Beatmaps.GetValueOrDefault(id) : null);
            return found is null
                ? OsuResponses.NotFound()
                : OsuResponses.Json(OsuBeatmapPresenter.Extended(OsuRequestView.Of(context, world), found));
        }
    }

    private static async Task<IResult> AttributesAsync(HttpContext context, OsuWorld world, string beatmap)
    {
        var input = await OsuRequestInput.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        lock (world.Sync)
        {
            var found = Find(world, beatmap);
            if (found is null)
            {
                return OsuResponses.ModelNotFound(Model);
            }

            if (input is null)
            {
                return OsuResponses.Invalid("invalid mods specified");
            }

            int? rulesetId = null;
            if (input["ruleset_id"] is { } rulesetIdNode)
            {
                rulesetId = OsuQuery.ParseInt(rulesetIdNode.ToString());
                if (rulesetId is not (>= 0 and <= 3))
                {
                    return OsuResponses.Invalid("invalid ruleset_id specified");
                }
            }
            else if (input["ruleset"] is { } rulesetNode)
            {
                if (!OsuRuleset.TryParse(rulesetNode.ToString(), out var parsed))
                {
                    return OsuResponses.Invalid("invalid ruleset specified");
                }

                rulesetId = parsed;
            }

            if (rulesetId is { } target && !OsuRuleset.CanConvert(found.RulesetId, target))
            {
                return OsuResponses.Invalid("specified beatmap can't be converted to the specified ruleset");
            }

            var ruleset = rulesetId ?? found.RulesetId;
            var (factor, error) = OsuModInput.Parse(input["mods"], ruleset);
            if (error is not null)
            {
                return OsuResponses.Invalid(error);
            }

            return OsuResponses.Json(OsuDifficultyAttributes.For(found, ruleset, factor));
        }
    }
}
