
namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// The arithmetic of a score: accuracy and grade from hit results, the stable counts derived from lazer results (the
/// mapping of osu-web's <c>Solo\Score::makeLegacyEntry</c>), and plausible score and pp values for synthesized plays.
/// </summary>
internal static class OsuScoreMath
{
    /// <summary>Lazer accuracy of a set of hit results.</summary>
    public static double Accuracy(int rulesetId, IReadOnlyDictionary<string, int> s)
    {
        int Get(string key) => s.GetValueOrDefault(key);
        return rulesetId switch
        {
            0 => Ratio(300.0 * Get("great") + 100.0 * Get("ok") + 50.0 * Get("meh"), 300.0 * (Get("great") + Get("ok") + Get("meh") + Get("miss"))),
            1 => Ratio(Get("great") + 0.5 * Get("ok"), Get("great") + Get("ok") + Get("miss")),
            2 => Ratio(
                Get("great") + Get("large_tick_hit") + Get("small_tick_hit"),
                Get("great") + Get("large_tick_hit") + Get("small_tick_hit") + Get("small_tick_miss") + Get("large_tick_miss") + Get("miss")),
            _ => Ratio(
                305.0 * Get("perfect") + 300.0 * Get("great") + 200.0 * Get("good") + 100.0 * Get("ok") + 50.0 * Get("meh"),
                305.0 * (Get("perfect") + Get("great") + Get("good") + Get("ok") + Get("meh") + Get("miss"))),
        };
    }

    /// <summary>The grade of a play: X/S/A/B/C/D by accuracy, silver (XH/SH) with HD or FL, F when failed.</summary>
    public static string Grade(int rulesetId, double accuracy, int misses, IEnumerable<OsuMod> mods, bool passed)
    {
        if (!passed)
        {
            return "F";
        }

        var silver = mods.Any(m => m.Acronym is "HD" or "FL" or "FI");
        var grade = accuracy >= 1.0 ? "X"
            : accuracy >= 0.95 && (misses == 0 || rulesetId >= 2) ? "S"
            : accuracy >= 0.9 ? "A"
            : accuracy >= 0.8 ? "B"
            : accuracy >= 0.7 ? "C"
            : "D";
        return silver && grade is "X" or "S" ? grade + "H" : grade;
    }

    /// <summary>The stable counts of a play, <see langword="null"/> where stable has no such count for the ruleset.</summary>
    public static OsuLegacyCounts LegacyCounts(int rulesetId, IReadOnlyDictionary<string, int> s)
    {
        int Get(string key) => s.GetValueOrDefault(key);
        return rulesetId switch
        {
            0 => new(Get("great"), Get("ok"), Get("meh"), null, null, Get("miss")),
            1 => new(Get("great"), Get("ok"), null, null, null, Get("miss")),
            2 => new(Get("great"), Get("large_tick_hit"), Get("small_tick_hit"), null, Get("small_tick_miss"), Get("miss")),
            _ => new(Get("great"), Get("ok"), Get("meh"), Get("perfect"), Get("good"), Get("miss")),
        };
    }

    /// <summary>Accuracy as stable computes it from its counts.</summary>
    public static double LegacyAccuracy(int rulesetId, OsuLegacyCounts c)
    {
        var c50 = c.Count50 ?? 0;
        var geki = c.CountGeki ?? 0;
        var katu = c.CountKatu ?? 0;
        return rulesetId switch
        {
            0 => Ratio(300.0 * c.Count300 + 100.0 * c.Count100 + 50.0 * c50, 300.0 * (c.Count300 + c.Count100 + c50 + c.CountMiss)),
            1 => Ratio(c.Count300 + 0.5 * c.Count100, c.Count300 + c.Count100 + c.CountMiss),
            2 => Ratio(c.Count300 + c.Count100 + c50, c.Count300 + c.Count100 + c50 + katu + c.CountMiss),
            _ => Ratio(
                300.0 * (c.Count300 + geki) + 200.0 * katu + 100.0 * c.Count100 + 50.0 * c50,
                300.0 * (c.Count300 + geki + katu + c.Count100 + c50 + c.CountMiss)),
        };
    }

    /// <summary>The most each hit result could be for a full play of the beatmap in the ruleset.</summary>
    public static Dictionary<string, int> MaximumStatistics(int rulesetId, OsuBeatmap beatmap, bool legacy)
    {
        var circles = beatmap.Data["count_circles"]!.ToInt32();
        var sliders = beatmap.Data["count_sliders"]!.ToInt32();
        var objects = beatmap.ObjectCount;
        var result = rulesetId switch
        {
            0 when legacy => new Dictionary<string, int> { ["great"] = objects, ["legacy_combo_increase"] = Math.Max(0, beatmap.MaxCombo - objects) },
            0 => new Dictionary<string, int> { ["great"] = objects, ["slider_tail_hit"] = sliders },
            1 => new Dictionary<string, int> { ["great"] = circles },
            2 => new Dictionary<string, int> { ["great"] = circles + sliders, ["large_tick_hit"] = sliders * 2, ["small_tick_hit"] = sliders * 4 },
            _ => new Dictionary<string, int> { ["perfect"] = circles + sliders },
        };
        return WithoutZeros(result);
    }

    /// <summary>
    /// Hit results for a synthesized play: <paramref name="quality"/> in [0, 1] spreads the judgements (1 = nearly all
    /// perfect), <paramref name="misses"/> are taken from the top judgement.
    /// </summary>
    public static Dictionary<string, int> Synthesize(int rulesetId, IReadOnlyDictionary<string, int> maximum, double quality, int misses)
    {
        var errorRate = Math.Clamp(1 - quality, 0, 1) * 0.12;
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        switch (rulesetId)
        {
            case 0:
                {
                    var total = maximum["great"];
                    var ok = (int)Math.Round(total * errorRate * 0.85);
                    var meh = (int)Math.Round(total * errorRate * 0.15);
                    result["great"] = Math.Max(0, total - ok - meh - misses);
                    result["ok"] = ok;
                    result["meh"] = meh;
                    result["miss"] = misses;
                    if (maximum.TryGetValue("slider_tail_hit", out var tails))
                    {
                        result["slider_tail_hit"] = Math.Max(0, tails - misses);
                    }

                    break;
                }

            case 1:
                {
                    var total = maximum["great"];
                    var ok = (int)Math.Round(total * errorRate);
                    result["great"] = Math.Max(0, total - ok - misses);
                    result["ok"] = ok;
                    result["miss"] = misses;
                    break;
                }

            case 2:
                {
                    var small = maximum.GetValueOrDefault("small_tick_hit");
                    var smallMiss = (int)Math.Round(small * errorRate);
                    result["great"] = Math.Max(0, maximum["great"] - misses);
                    result["large_tick_hit"] = maximum.GetValueOrDefault("large_tick_hit");
                    result["small_tick_hit"] = small - smallMiss;
                    result["small_tick_miss"] = smallMiss;
                    result["miss"] = misses;
                    break;
                }

            default:
                {
                    var total = maximum["perfect"];
                    var great = (int)Math.Round(total * (0.1 + errorRate * 2));
                    var good = (int)Math.Round(total * errorRate * 0.5);
                    var ok = (int)Math.Round(total * errorRate * 0.2);
                    var meh = (int)Math.Round(total * errorRate * 0.1);
                    result["perfect"] = Math.Max(0, total - great - good - ok - meh - misses);
                    result["great"] = great;
                    result["good"] = good;
                    result["ok"] = ok;
                    result["meh"] = meh;
                    result["miss"] = misses;
                    break;
                }
        }

        return WithoutZeros(result);
    }

    /// <summary>Standardised (lazer) total score: combo and accuracy portions times the mod multiplier.</summary>
    public static long StandardisedScore(double accuracy, double comboRatio, IEnumerable<OsuMod> mods) =>
        (long)Math.Round(1_000_000 * (0.7 * comboRatio + 0.3 * Math.Pow(accuracy, 10)) * OsuMods.ScoreMultiplier(mods.Select(m => m.Acronym)));

    /// <summary>The "classic" display of a standardised score, which grows with the object count like stable scores do.</summary>
    public static long ClassicScore(long standardised, int objectCount) =>
        (long)Math.Round((((double)objectCount * objectCount * 32.57) + 100_000) * standardised / 1_000_000);

    /// <summary>Performance points for a play; <see langword="null"/> for failed plays and maps that award none (loved, unranked).</summary>
    public static double? Pp(double stars, double accuracy, double comboRatio, int misses, bool passed, bool awardsPp)
    {
        if (!passed || !awardsPp)
        {
            return null;
        }

        var value = Math.Pow(stars, 2.6) * 3.5 * Math.Pow(accuracy, 15) * Math.Pow(comboRatio, 0.8) * Math.Pow(0.97, misses);
        return Math.Round(value, 3);
    }

    /// <summary>Drops zero counts, as the API leaves them out of <c>statistics</c>; an empty map becomes <c>{"miss":0}</c>.</summary>
    public static Dictionary<string, int> WithoutZeros(Dictionary<string, int> statistics)
    {
        var result = statistics.Where(p => p.Value != 0).ToDictionary(StringComparer.Ordinal);
        if (result.Count == 0)
        {
            result["miss"] = 0;
        }

        return result;
    }

    private static double Ratio(double numerator, double denominator) => denominator <= 0 ? 1.0 : numerator / denominator;
}
