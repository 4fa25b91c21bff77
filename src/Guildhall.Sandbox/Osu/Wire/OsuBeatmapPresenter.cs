

using Guildhall.Sandbox.Osu.State;

namespace Guildhall.Sandbox.Osu.Wire;

/// <summary>Writes beatmaps in the shapes of osu-web's <c>BeatmapCompactTransformer</c>/<c>BeatmapTransformer</c> and their includes.</summary>
internal static class OsuBeatmapPresenter
{
    private static readonly string[] CompactFields =
        ["beatmapset_id", "difficulty_rating", "id", "lazer_only", "mode", "status", "total_length", "user_id", "version"];

    private static readonly string[] BaseFields =
    [
        .. CompactFields, "accuracy", "ar", "bpm", "convert", "count_circles", "count_sliders", "count_spinners", "cs",
        "deleted_at", "drain", "hit_length", "is_scoreable", "last_updated", "mode_int", "passcount", "playcount",
        "ranked", "url", "checksum",
    ];

    /// <summary>The 9 compact fields (most-played lists).</summary>
    public static JsonObject Compact(OsuBeatmap beatmap) => OsuJsonFields.Pick(beatmap.Data, CompactFields);

    /// <summary>
    /// The 28 base fields. With a <paramref name="rulesetId"/> other than the map's own, the map shows as converted to
    /// it (<c>convert: true</c>, that ruleset's mode and difficulty), as scores on converts and <c>converts</c> do.
    /// </summary>
    public static JsonObject Base(OsuBeatmap beatmap, int? rulesetId = null)
    {
        var result = OsuJsonFields.Pick(beatmap.Data, BaseFields);
        if (rulesetId is { } target && target != beatmap.RulesetId)
        {
            result["convert"] = true;
            result["mode"] = OsuRuleset.Name(target);
            result["mode_int"] = target;
            result["difficulty_rating"] = ConvertedDifficulty(beatmap, target);
        }

        return result;
    }

    /// <summary>The full beatmap of <c>/beatmaps/{id}</c>, <c>/beatmaps</c> and <c>/beatmaps/lookup</c>: base + set (with ratings) + playcount, failtimes, max combo, owners.</summary>
    public static JsonObject Extended(OsuView view, OsuBeatmap beatmap)
    {
        var result = Base(beatmap);
        result["beatmapset"] = OsuBeatmapsetPresenter.WithRatings(view.World.Beatmapsets[beatmap.BeatmapsetId]);
        result["current_user_playcount"] = UserPlaycount(view, beatmap);
        result["failtimes"] = beatmap.Data["failtimes"]!.DeepClone();
        result["max_combo"] = beatmap.MaxCombo;
        result["owners"] = beatmap.Data["owners"]!.DeepClone();
        return result;
    }

    /// <summary>A difficulty inside a full beatmapset.</summary>
    public static JsonObject InFullSet(OsuView view, OsuBeatmap beatmap)
    {
        var result = Base(beatmap);
        result["current_user_playcount"] = UserPlaycount(view, beatmap);
        result["current_user_tag_ids"] = new JsonArray();
        result["failtimes"] = beatmap.Data["failtimes"]!.DeepClone();
        result["max_combo"] = beatmap.MaxCombo;
        result["owners"] = beatmap.Data["owners"]!.DeepClone();
        result["top_tag_ids"] = beatmap.Data["top_tag_ids"]!.DeepClone();
        return result;
    }

    /// <summary>An osu! difficulty as converted to another ruleset, inside a full set's <c>converts</c>.</summary>
    public static JsonObject Convert(OsuBeatmap beatmap, int rulesetId)
    {
        var result = Base(beatmap, rulesetId);
        result["failtimes"] = beatmap.Data["failtimes"]!.DeepClone();
        result["owners"] = beatmap.Data["owners"]!.DeepClone();
        result["top_tag_ids"] = beatmap.Data["top_tag_ids"]!.DeepClone();
        return result;
    }

    /// <summary>Base fields plus <c>max_combo</c> (search results).</summary>
    public static JsonObject WithMaxCombo(OsuBeatmap beatmap)
    {
        var result = Base(beatmap);
        result["max_combo"] = beatmap.MaxCombo;
        return result;
    }

    private static int UserPlaycount(OsuView view, OsuBeatmap beatmap) => view.Viewer?.Playcounts.GetValueOrDefault(beatmap.Id) ?? 0;

    // Converted star ratings differ per ruleset; a fixed factor keeps them stable and plausible.
    private static double ConvertedDifficulty(OsuBeatmap beatmap, int rulesetId) =>
        Math.Round(beatmap.DifficultyRating * rulesetId switch { 1 => 0.79, 2 => 0.92, _ => 1.06 }, 5);
}
