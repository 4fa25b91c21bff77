

using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// <c>/rankings/{mode}/charts</c>: a spotlight's beatmapsets, the ranking of the users who played them (each user's
/// best score per map summed) and the spotlight with its participant count. Without <c>spotlight</c> the newest one.
/// Each spotlight's maps are a stable pick from the seeded sets of the ruleset.
/// </summary>
internal static class OsuSpotlightCharts
{
    private const int SetsPerSpotlight = 6;

    public static IResult Respond(OsuView view, int rulesetId, HttpRequest request)
    {
        var world = view.World;
        var filter = OsuQuery.String(request, "filter") ?? "all";
        if (filter is not ("all" or "friends"))
        {
            return OsuResponses.Invalid("invalid filter parameter specified");
        }

        var requested = OsuQuery.Int(request, "spotlight");
        var spotlight = requested is null
            ? world.Spotlights.OrderByDescending(s => s["id"]!.ToInt64()).FirstOrDefault()
            : world.Spotlights.FirstOrDefault(s => s["id"]!.ToInt64() == requested);
        if (spotlight is null)
        {
            return requested is null ? OsuResponses.NotFound() : OsuResponses.ModelNotFound("Spotlight");
        }

        var spotlightId = spotlight["id"]!.ToInt64();
        var candidates = world.Beatmapsets.Values
            .Where(s => s.Status is "ranked" or "approved" or "loved" && s.Beatmaps.Any(b => b.RulesetId == rulesetId))
            .OrderBy(s => OsuDeterministic.Hash(spotlightId, s.Id))
            .Take(SetsPerSpotlight)
            .ToList();
        var beatmapIds = candidates.SelectMany(s => s.Beatmaps).Where(b => b.RulesetId == rulesetId).Select(b => b.Id).ToHashSet();
        var bests = beatmapIds
            .SelectMany(id => world.Leaderboard(id, rulesetId, legacyOnly: false))
            .Where(s => filter == "all" || (view.Viewer is { } viewer && (s.UserId == viewer.Id || viewer.FriendIds.Contains(s.UserId))))
            .GroupBy(s => s.UserId)
            .Select(g => (User: world.Users[g.Key], Scores: g.ToList()))
            .OrderByDescending(e => e.Scores.Sum(s => s.TotalScore))
            .ThenBy(e => e.User.Id)
            .ToList();

        var ranking = new JsonArray();
        for (var i = 0; i < bests.Count; i++)
        {
            var (user, scores) = bests[i];
            var row = OsuRankingPresenter.UserRow(user, rulesetId, null, null);
            row["ranked_score"] = scores.Sum(s => s.TotalScore);
            row["play_count"] = scores.Count;
            row["accuracy"] = Math.Round(scores.Average(s => s.Accuracy), 6);
            row["hit_accuracy"] = Math.Round(scores.Average(s => s.Accuracy) * 100, 4);
            row["maximum_combo"] = scores.Max(s => s.MaxCombo);
            row["pp"] = Math.Round(scores.Sum(s => s.Pp ?? 0), 3);
            row["global_rank"] = i + 1;
            ranking.Add((JsonNode)row);
        }

        var spotlightBody = (JsonObject)spotlight.DeepClone();
        spotlightBody["participant_count"] = bests.Count;
        return OsuResponses.Json(new JsonObject
        {
            ["beatmapsets"] = new JsonArray([.. candidates.Select(s => (JsonNode)OsuBeatmapsetPresenter.WithBeatmaps(s))]),
            ["ranking"] = ranking,
            ["spotlight"] = spotlightBody,
        });
    }
}
