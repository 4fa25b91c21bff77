
using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>Beatmap leaderboards: <c>/beatmaps/{id}/scores</c> and a user's scores on a beatmap.</summary>
internal static class OsuBeatmapScoreRoutes
{
    private const string SupporterOnly = "You must be an osu!supporter to use this feature.";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/beatmaps/{beatmap}/scores", Leaderboard).Requires(OsuScopes.Public);
        api.MapGet("/beatmaps/{beatmap}/scores/users/{user}", UserBest).Requires(OsuScopes.Public);
        api.MapGet("/beatmaps/{beatmap}/scores/users/{user}/all", UserAll).Requires(OsuScopes.Public);
    }

    // mode (default: the map's), mods[] (exact set; NM = none), type global/country/friend/team (country and friend
    // need osu!supporter), limit 1-100 (default 50), legacy_only. Maps without a leaderboard answer {"scores":[]}.
    private static IResult Leaderboard(HttpContext context, OsuWorld world, string beatmap) =>
        OnBeatmap(context, world, beatmap, scoreableOnly: false, (view, found) =>
        {
            var request = context.Request;
            if (found.Data["ranked"]!.ToInt32() <= 0)
            {
                return OsuResponses.Json(new JsonObject { ["scores"] = new JsonArray() });
            }

            if (!TryMode(request, found, out var rulesetId))
            {
                return OsuResponses.Invalid("invalid mode specified");
            }

            var type = OsuQuery.Present(request, "type") ?? "global";
            var viewer = view.Viewer;
            if (type is "country" or "friend" && viewer?.IsSupporter != true)
            {
                return OsuResponses.Invalid(SupporterOnly);
            }

            var limit = Math.Clamp(OsuQuery.Int(request, "limit") ?? 50, 1, 100);
            var mods = RequestedMods(request);
            var board = world.Leaderboard(found.Id, rulesetId, LegacyOnly(request), s => ModsMatch(s, mods) && InScope(world, viewer, type, s));

            // score_count comes first in the recorded response.
            var body = new JsonObject
            {
                ["score_count"] = board.Count,
                ["scores"] = new JsonArray([.. board.Take(limit).Select(s => (JsonNode)OsuScorePresenter.ForLeaderboard(view, s))]),
            };
            var own = viewer is null ? -1 : board.FindIndex(s => s.UserId == viewer.Id);
            if (own >= 0)
            {
                body["user_score"] = new JsonObject { ["position"] = own + 1, ["score"] = OsuScorePresenter.ForLeaderboard(view, board[own]) };
                body["userScore"] = body["user_score"]!.DeepClone();
            }

            return OsuResponses.Json(body);
        });

    private static IResult UserBest(HttpContext context, OsuWorld world, string beatmap, string user) =>
        OnBeatmap(context, world, beatmap, scoreableOnly: true, (view, found) =>
        {
            var request = context.Request;
            if (!TryMode(request, found, out var rulesetId))
            {
                return OsuResponses.Invalid("invalid mode specified");
            }

            var mods = RequestedMods(request);
            var board = world.Leaderboard(found.Id, rulesetId, LegacyOnly(request), s => ModsMatch(s, mods));
            var position = board.FindIndex(s => IsUser(s, user));
            return position < 0
                ? OsuResponses.NotFound()
                : OsuResponses.Json(new JsonObject { ["position"] = position + 1, ["score"] = OsuScorePresenter.ForUserOnBeatmap(view, board[position]) });
        });

    // ruleset (or the deprecated mode) picks the ruleset; every passed score of the user, highest first.
    private static IResult UserAll(HttpContext context, OsuWorld world, string beatmap, string user) =>
        OnBeatmap(context, world, beatmap, scoreableOnly: true, (view, found) =>
        {
            var request = context.Request;
            var rulesetId = found.RulesetId;
            if ((OsuQuery.Present(request, "ruleset") ?? OsuQuery.Present(request, "mode")) is { } ruleset && !OsuRuleset.TryParse(ruleset, out rulesetId))
            {
                return OsuResponses.Error(StatusCodes.Status404NotFound, "unknown ruleset name");
            }

            var legacyOnly = LegacyOnly(request);
            var scores = world.ScoresOnBeatmap(found.Id)
                .Where(s => IsUser(s, user) && s.RulesetId == rulesetId && s.Passed && (!legacyOnly || s.IsLegacy))
                .OrderByDescending(s => s.TotalScore);
            return OsuResponses.Json(new JsonObject { ["scores"] = new JsonArray([.. scores.Select(s => (JsonNode)OsuScorePresenter.Core(view, s))]) });
        });

    // Holds the world while the beatmap is found (404 with the model message when not) and the answer is built.
    private static IResult OnBeatmap(HttpContext context, OsuWorld world, string beatmap, bool scoreableOnly, Func<OsuView, OsuBeatmap, IResult> respond)
    {
        lock (world.Sync)
        {
            var found = scoreableOnly ? ScoreableBeatmap(world, beatmap) : OsuBeatmapRoutes.Find(world, beatmap);
            return found is null ? OsuResponses.ModelNotFound("beatmap difficulty") : respond(OsuRequestView.Of(context, world), found);
        }
    }

    // "mode" defaults to the beatmap's own ruleset; an unknown name is refused.
    private static bool TryMode(HttpRequest request, OsuBeatmap beatmap, out int rulesetId)
    {
        rulesetId = beatmap.RulesetId;
        return OsuQuery.String(request, "mode") is not { } mode || OsuRuleset.TryParse(mode, out rulesetId);
    }

    private static List<string> RequestedMods(HttpRequest request) => [.. OsuQuery.Array(request, "mods").Where(m => m.Length > 0)];

    private static bool LegacyOnly(HttpRequest request) => OsuQuery.Bool(request, "legacy_only") ?? false;

    // The {user} path segment is cast to an integer id by osu-web; anything else matches nobody.
    private static bool IsUser(OsuScore score, string user) =>
        string.Equals(score.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture), user, StringComparison.Ordinal);

    private static OsuBeatmap? ScoreableBeatmap(OsuWorld world, string id) =>
        OsuBeatmapRoutes.Find(world, id) is { } beatmap && beatmap.Data["status"]!.GetValue<string>() is "ranked" or "approved" or "qualified" or "loved"
            ? beatmap
            : null;

    // Mods must match exactly (CL, which every stable play carries on lazer, is ignored); "NM" asks for no mods.
    private static bool ModsMatch(OsuScore score, List<string> mods)
    {
        if (mods.Count == 0)
        {
            return true;
        }

        var played = score.Mods.Select(m => m.Acronym).Where(a => a != "CL").ToHashSet(StringComparer.Ordinal);
        var wanted = mods.Where(m => m != "NM").ToHashSet(StringComparer.Ordinal);
        return played.SetEquals(wanted);
    }

    private static bool InScope(OsuWorld world, OsuUser? viewer, string type, OsuScore score)
    {
        var player = world.Users[score.UserId];
        return type switch
        {
            "country" => player.CountryCode == viewer!.CountryCode,
            "friend" => score.UserId == viewer!.Id || viewer.FriendIds.Contains(score.UserId),
            "team" => viewer?.Profile["team"]?["id"] is JsonValue team && player.Profile["team"]?["id"]?.ToInt64() == team.ToInt64(),
            _ => true,
        };
    }
}
