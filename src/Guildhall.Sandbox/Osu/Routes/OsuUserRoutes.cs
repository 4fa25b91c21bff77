

using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary><c>/users/{user}/{mode?}</c> and <c>/users?ids[]=</c>.</summary>
internal static class OsuUserRoutes
{
    private const int MaxIds = 50;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/users/{user}/{mode?}", Show).Requires(OsuScopes.Public);
        api.MapGet("/users", Index).Requires(OsuScopes.Public).Costs(IdsCost);
    }

    // An id, a username or @username; "key" (deprecated) forces "id" or "username". Without a mode: the user's own.
    private static IResult Show(HttpContext context, OsuWorld world, string user, string? mode)
    {
        lock (world.Sync)
        {
            var view = OsuRequestView.Of(context, world);
            var found = world.FindUser(user, OsuQuery.Present(context.Request, "key"));
            if (found is null || !OsuRuleset.TryParse(mode ?? found.Playmode, out var rulesetId))
            {
                return OsuResponses.NotFound();
            }

            return OsuResponses.Json(OsuUserPresenter.Extended(view, found, rulesetId, ownProfile: false));
        }
    }

    // At most 50 ids are read; unknown ids are skipped; users come back in id order.
    private static IResult Index(HttpContext context, OsuWorld world)
    {
        var ids = OsuQuery.LongArray(context.Request, "ids").Take(MaxIds).ToHashSet();
        var variants = OsuQuery.Bool(context.Request, "include_variant_statistics") ?? false;
        lock (world.Sync)
        {
            var users = ids.Where(world.Users.ContainsKey).Order().Select(id => (JsonNode)OsuUserPresenter.WithRulesetStatistics(world.Users[id], variants));
            return OsuResponses.Json(new JsonObject { ["users"] = new JsonArray([.. users]) });
        }
    }

    // osu-web charges one hit per requested id, three with variant statistics.
    private static int IdsCost(HttpRequest request) =>
        OsuQuery.LongArray(request, "ids").Count * (OsuQuery.Bool(request, "include_variant_statistics") == true ? 3 : 1);
}
