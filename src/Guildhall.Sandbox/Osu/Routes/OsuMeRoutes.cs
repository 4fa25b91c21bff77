using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;
using Microsoft.Extensions.Logging;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>The token owner's routes: <c>/me</c>, <c>/friends</c> and token revocation.</summary>
internal static class OsuMeRoutes
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/me/{mode?}", Me).Requires(OsuScopes.Identify, user: true);
        api.MapGet("/friends", Friends).Requires(OsuScopes.FriendsRead, user: true);
        api.MapDelete("/oauth/tokens/current", RevokeCurrent).Requires("any");
    }

    private static IResult Me(HttpContext context, OsuWorld world, string? mode)
    {
        lock (world.Sync)
        {
            var view = OsuRequestView.Of(context, world);
            var user = view.Viewer!;
            var ruleset = mode ?? user.Playmode;
            return OsuRuleset.TryParse(ruleset, out var rulesetId)
                ? OsuResponses.Json(OsuUserPresenter.Extended(view, user, rulesetId, ownProfile: true))
                : OsuResponses.NotFound();
        }
    }

    // Sorted by username; from x-api-version 20241022 on as UserRelation objects wrapping the same user.
    private static IResult Friends(HttpContext context, OsuWorld world)
    {
        lock (world.Sync)
        {
            var view = OsuRequestView.Of(context, world);
            var user = view.Viewer!;
            var rulesetId = OsuRuleset.TryParse(user.Playmode, out var playmode) ? playmode : 0;
            var friends = user.FriendIds.Where(world.Users.ContainsKey).Select(id => world.Users[id]).OrderBy(u => u.Username, StringComparer.OrdinalIgnoreCase);
            var result = new JsonArray();
            foreach (var friend in friends)
            {
                var entry = OsuUserPresenter.ListEntry(friend, rulesetId);
                result.Add((JsonNode)(view.ApiVersion >= OsuView.UserRelationsVersion
                    ? new JsonObject
                    {
                        ["target_id"] = friend.Id,
                        ["relation_type"] = "friend",
                        ["mutual"] = friend.FriendIds.Contains(user.Id),
                        ["target"] = entry,
                    }
                    : entry));
            }

            return OsuResponses.Json(result);
        }
    }

    private static IResult RevokeCurrent(HttpContext context, OsuTokenStore tokens, ILogger<OsuTokenStore> logger)
    {
        if (OsuCaller.From(context).Token is { } token)
        {
            tokens.Revoke(token);
            OsuLog.TokenRevoked(logger, token.Id);
        }

        return Results.NoContent();
    }
}
