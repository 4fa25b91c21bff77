namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Reads the <c>mods</c> of a difficulty-attributes request as osu-web accepts them: a stable bit set, acronym strings,
/// or mod objects (<c>{"acronym": "DT", "settings": {...}}</c>), validated for the ruleset with osu-web's messages.
/// </summary>
internal static class OsuModInput
{
    private static readonly Dictionary<string, string[]> KnownSettings = new(StringComparer.Ordinal)
    {
        ["DT"] = ["speed_change", "adjust_pitch"],
        ["NC"] = ["speed_change"],
        ["HT"] = ["speed_change", "adjust_pitch"],
        ["DC"] = ["speed_change"],
        ["DA"] = ["circle_size", "approach_rate", "drain_rate", "overall_difficulty", "extended_limits", "scroll_speed"],
        ["CL"] = ["no_slider_head_accuracy", "classic_note_lock", "always_play_tail_sample", "fade_hit_circle_early", "classic_health"],
        ["HD"] = ["only_fade_approach_circles"],
        ["FL"] = ["follow_delay", "size_multiplier", "combo_based_size"],
    };

    /// <summary>The star-rating factor of the mods, or the 422 message that rejects them.</summary>
    public static (double Factor, string? Error) Parse(JsonNode? mods, int rulesetId)
    {
        if (mods is null)
        {
            return (1, null);
        }

        List<(string Acronym, JsonObject? Settings)> parsed;
        if (mods is JsonValue value && TryBitset(value, out var bitset))
        {
            parsed = [.. OsuMods.FromBitset(bitset).Select(a => (a, (JsonObject?)null))];
        }
        else if (mods is JsonArray array)
        {
            parsed = [];
            foreach (var item in array)
            {
                var acronym = item switch
                {
                    JsonValue text when text.TryGetValue<string>(out var s) => s,
                    JsonObject mod when mod["acronym"] is JsonValue a && a.TryGetValue<string>(out var s) => s,
                    _ => null,
                };
                if (string.IsNullOrWhiteSpace(acronym))
                {
                    return (1, "invalid mod array");
                }

                parsed.Add((acronym, (item as JsonObject)?["settings"] as JsonObject));
            }
        }
        else
        {
            return (1, "invalid mods specified");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var factor = 1.0;
        foreach (var (acronym, settings) in parsed)
        {
            if (!OsuMods.IsValid(rulesetId, acronym))
            {
                return (1, $"invalid mod for ruleset: {acronym}");
            }

            if (!seen.Add(acronym))
            {
                return (1, $"duplicate mod for ruleset: {acronym}");
            }

            foreach (var (key, setting) in settings ?? [])
            {
                if (!KnownSettings.TryGetValue(acronym, out var known) || !known.Contains(key))
                {
                    return (1, $"unknown setting for {acronym} ({key})");
                }

                if (key == "speed_change" && setting is JsonValue speed && speed.TryGetValue<double>(out var rate))
                {
                    factor *= 1 + ((rate - (acronym is "DT" or "NC" ? 1.5 : 0.75)) * 0.8);
                }
            }

            factor *= OsuMods.StarRatingFactor([acronym]);
        }

        return (factor, null);
    }

    private static bool TryBitset(JsonValue value, out long bitset)
    {
        if (value.TryGetValue<long>(out bitset))
        {
            return true;
        }

        return value.TryGetValue<string>(out var text) && long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out bitset);
    }
}
