

using Guildhall.Sandbox.Osu.State;

namespace Guildhall.Sandbox.Osu.Wire;

/// <summary>
/// Writes scores as osu-web's <c>ScoreTransformer</c> does: the lazer ("solo") format from <c>x-api-version</c>
/// 20220705 on, the legacy format below it (derived through <see cref="OsuScoreMath.LegacyCounts"/>), each with the
/// includes of the route.
/// </summary>
internal static class OsuScorePresenter
{
    /// <summary>A score in user profile lists: beatmap (as played, converts included), compact set and user; <paramref name="weight"/> for top plays.</summary>
    public static JsonObject ForProfile(OsuView view, OsuScore score, double? weight = null)
    {
        var result = Core(view, score);
        var beatmap = view.World.Beatmaps[score.BeatmapId];
        result["beatmap"] = OsuBeatmapPresenter.Base(beatmap, score.RulesetId);
        result["beatmapset"] = OsuBeatmapsetPresenter.Compact(view.World.Beatmapsets[beatmap.BeatmapsetId]);
        result["user"] = OsuUserPresenter.Compact(view.World.Users[score.UserId]);
        if (weight is { } factor && score.Pp is { } pp)
        {
            result["weight"] = new JsonObject { ["percentage"] = Math.Round(factor * 100, 6), ["pp"] = Math.Round(pp * factor, 6) };
        }

        return result;
    }

    /// <summary>A leaderboard entry: the user with country, cover and team.</summary>
    public static JsonObject ForLeaderboard(OsuView view, OsuScore score)
    {
        var result = Core(view, score);
        result["user"] = OsuUserPresenter.Card(view.World.Users[score.UserId], groups: false);
        return result;
    }

    /// <summary>A user's own best on a beatmap (<c>/beatmaps/{id}/scores/users/{user}</c>): beatmap with owners, user with country, cover, team.</summary>
    public static JsonObject ForUserOnBeatmap(OsuView view, OsuScore score)
    {
        var result = Core(view, score);
        var beatmap = OsuBeatmapPresenter.Base(view.World.Beatmaps[score.BeatmapId], score.RulesetId);
        beatmap["owners"] = view.World.Beatmaps[score.BeatmapId].Data["owners"]!.DeepClone();
        result["beatmap"] = beatmap;
        result["user"] = OsuUserPresenter.Card(view.World.Users[score.UserId], groups: false);
        return result;
    }

    /// <summary>One score on its own page (<c>/scores/...</c>): beatmap with max combo, owners and mapper, set, global rank, user card, replay views.</summary>
    public static JsonObject ForShow(OsuView view, OsuScore score)
    {
        var world = view.World;
        var result = Core(view, score);
        var stored = world.Beatmaps[score.BeatmapId];
        var beatmap = OsuBeatmapPresenter.Base(stored, score.RulesetId);
        beatmap["max_combo"] = stored.MaxCombo;
        beatmap["owners"] = stored.Data["owners"]!.DeepClone();
        var mapperId = stored.Data["user_id"]!.ToInt64();
        beatmap["user"] = world.Users.TryGetValue(mapperId, out var mapper) ? OsuUserPresenter.Compact(mapper) : null;
        result["beatmap"] = beatmap;
        result["beatmapset"] = OsuBeatmapsetPresenter.Compact(world.Beatmapsets[stored.BeatmapsetId]);
        var position = world.Leaderboard(score.BeatmapId, score.RulesetId, legacyOnly: false).FindIndex(s => s.Id == score.Id) + 1;
        result["rank_global"] = position > 0 ? position : null;
        result["user"] = OsuUserPresenter.Card(world.Users[score.UserId]);
        result["replay_views"] = score.ReplayViews;
        return result;
    }

    /// <summary>The score's own fields plus the always-present <c>current_user_attributes</c>.</summary>
    public static JsonObject Core(OsuView view, OsuScore score)
    {
        var result = view.LegacyScores ? Legacy(score) : Lazer(view.World, score);
        result["current_user_attributes"] = new JsonObject
        {
            ["pin"] = view.Viewer?.Id == score.UserId
                ? new JsonObject { ["is_pinned"] = score.IsPinned, ["score_id"] = score.Id }
                : null,
        };
        return result;
    }

    private static JsonObject Legacy(OsuScore score)
    {
        var counts = OsuScoreMath.LegacyCounts(score.RulesetId, score.Statistics);
        var mode = OsuRuleset.Name(score.RulesetId);
        return new JsonObject
        {
            ["accuracy"] = OsuScoreMath.LegacyAccuracy(score.RulesetId, counts),
            ["best_id"] = score.LegacyScoreId,
            ["created_at"] = OsuJsonTime.Zulu(score.EndedAt),
            ["id"] = score.LegacyScoreId ?? score.Id,
            ["max_combo"] = score.MaxCombo,
            ["mode"] = mode,
            ["mode_int"] = score.RulesetId,
            ["mods"] = new JsonArray([.. score.Mods.Where(m => OsuMods.HasLegacyBit(m.Acronym)).Select(m => (JsonNode)m.Acronym)]),
            ["passed"] = score.Passed,
            ["perfect"] = score.LegacyPerfect ?? score.IsPerfectCombo,
            ["pp"] = score.Pp,
            ["rank"] = score.Rank,
            ["replay"] = score.HasReplay,
            ["score"] = score.LegacyTotalScore,
            ["statistics"] = new JsonObject
            {
                ["count_100"] = counts.Count100,
                ["count_300"] = counts.Count300,
                ["count_50"] = counts.Count50,
                ["count_geki"] = counts.CountGeki,
                ["count_katu"] = counts.CountKatu,
                ["count_miss"] = counts.CountMiss,
            },
            ["type"] = score.IsLegacy ? $"score_best_{mode}" : "solo_score",
            ["user_id"] = score.UserId,
        };
    }

    private static JsonObject Lazer(OsuWorld world, OsuScore score)
    {
        var status = world.Beatmaps[score.BeatmapId].Data["status"]!.GetValue<string>();
        return new JsonObject
        {
            ["classic_total_score"] = score.ClassicTotalScore,
            ["preserve"] = true,
            ["processed"] = true,
            ["ranked"] = status is "ranked" or "approved" or "loved",
            ["maximum_statistics"] = Counts(score.MaximumStatistics),
            ["mods"] = new JsonArray([.. score.Mods.Select(Mod)]),
            ["statistics"] = Counts(score.Statistics),
            ["beatmap_id"] = score.BeatmapId,
            ["best_id"] = null,
            ["id"] = score.Id,
            ["rank"] = score.Rank,
            ["type"] = "solo_score",
            ["user_id"] = score.UserId,
            ["accuracy"] = score.Accuracy,
            ["build_id"] = score.BuildId,
            ["ended_at"] = OsuJsonTime.Zulu(score.EndedAt),
            ["has_replay"] = score.HasReplay,
            ["is_perfect_combo"] = score.IsPerfectCombo,
            ["legacy_perfect"] = score.LegacyPerfect ?? score.IsPerfectCombo,
            ["legacy_score_id"] = score.LegacyScoreId,
            ["legacy_total_score"] = score.LegacyTotalScore,
            ["max_combo"] = score.MaxCombo,
            ["passed"] = score.Passed,
            ["pp"] = score.Pp,
            ["ruleset_id"] = score.RulesetId,
            ["started_at"] = score.StartedAt is { } started ? OsuJsonTime.Zulu(started) : null,
            ["total_score"] = score.TotalScore,
            ["replay"] = score.HasReplay,
        };
    }

    private static JsonNode Mod(OsuMod mod)
    {
        var result = new JsonObject { ["acronym"] = mod.Acronym };
        if (mod.Settings is { Count: > 0 } settings)
        {
            result["settings"] = settings.DeepClone();
        }

        return result;
    }

    private static JsonObject Counts(IReadOnlyDictionary<string, int> counts) =>
        new(counts.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));
}
