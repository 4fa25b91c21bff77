
namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Difficulty attributes (<c>POST /beatmaps/{id}/attributes</c>) in each ruleset's layout: star rating from the beatmap
/// (converted when asked for another ruleset) moved by the mods, maximum combo, and for osu! and taiko the skill
/// breakdown, estimated from the star rating and the object counts.
/// </summary>
internal static class OsuDifficultyAttributes
{
    public static JsonObject For(OsuBeatmap beatmap, int rulesetId, double starFactor)
    {
        var stars = beatmap.DifficultyRating * starFactor * (rulesetId == beatmap.RulesetId ? 1 : rulesetId switch { 1 => 0.79, 2 => 0.92, _ => 1.06 });
        var attributes = new JsonObject { ["star_rating"] = stars, ["max_combo"] = beatmap.MaxCombo };
        var circles = beatmap.Data["count_circles"]!.ToInt32();
        var sliders = beatmap.Data["count_sliders"]!.ToInt32();
        switch (rulesetId)
        {
            case 0:
                // Star rating grows with both skills; the split leans on aim when the map has many sliders.
                var aimShare = 0.5 + (0.1 * sliders / Math.Max(1.0, circles + sliders));
                attributes["aim_difficulty"] = stars * aimShare;
                attributes["aim_difficult_slider_count"] = sliders * 0.18;
                attributes["speed_difficulty"] = stars * (1 - aimShare) * 0.95;
                attributes["speed_note_count"] = circles * 0.42;
                attributes["slider_factor"] = 1 - (0.04 * sliders / Math.Max(1.0, circles + sliders));
                attributes["aim_difficult_strain_count"] = 40 + (stars * 14);
                attributes["speed_difficult_strain_count"] = 30 + (stars * 11);
                break;
            case 1:
                attributes["mono_stamina_factor"] = 0.0004 + (OsuDeterministic.Unit(beatmap.Id, 60) * 0.004);
                break;
        }

        return new JsonObject { ["attributes"] = attributes };
    }
}
