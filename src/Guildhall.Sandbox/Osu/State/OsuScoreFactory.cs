
namespace Guildhall.Sandbox.Osu.State;

/// <summary>Creates the plays of seeded users.</summary>
internal static class OsuScoreFactory
{
    private static readonly string[][] ModCombinations = [[], ["HD"], ["HD", "DT"], ["HR"], ["HD", "HR"], ["DT"], [], ["NF"]];

    /// <summary>
    /// A synthesized play. <paramref name="seed"/> picks mods, misses and combo; <paramref name="skill"/> in [0, 1]
    /// sets how clean it is; a <paramref name="legacyScoreId"/> makes it a stable play.
    /// </summary>
    public static OsuScore Synthesize(
        long id, long? legacyScoreId, long userId, OsuBeatmap beatmap, int rulesetId, double skill, long seed,
        DateTimeOffset endedAt, bool passed = true, IReadOnlyList<string>? mods = null)
    {
        var acronyms = mods ?? ModCombinations[OsuDeterministic.Between(0, ModCombinations.Length - 1, seed, 1)];
        var modList = acronyms.Where(a => OsuMods.IsValid(rulesetId, a)).Select(a => new OsuMod(a)).ToList();
        if (legacyScoreId is not null)
        {
            modList.Add(new OsuMod("CL"));
        }

        var isLegacy = legacyScoreId is not null;
        var maximum = OsuScoreMath.MaximumStatistics(rulesetId, beatmap, isLegacy);
        var misses = passed ? (OsuDeterministic.Unit(seed, 2) < 0.55 ? 0 : OsuDeterministic.Between(1, 4, seed, 3)) : OsuDeterministic.Between(8, 30, seed, 3);
        var quality = Math.Clamp(skill * 0.15 + 0.84 + OsuDeterministic.Unit(seed, 4) * 0.04, 0, 1);
        var statistics = OsuScoreMath.Synthesize(rulesetId, maximum, passed ? quality : quality - 0.2, misses);
        var accuracy = OsuScoreMath.Accuracy(rulesetId, statistics);
        var fullCombo = beatmap.MaxCombo;
        var maxCombo = misses == 0 ? fullCombo : (int)(fullCombo * (0.25 + OsuDeterministic.Unit(seed, 5) * 0.6));
        var comboRatio = fullCombo > 0 ? (double)maxCombo / fullCombo : 1;
        var total = OsuScoreMath.StandardisedScore(accuracy, passed ? comboRatio : comboRatio * 0.5, modList);
        var classic = OsuScoreMath.ClassicScore(total, beatmap.ObjectCount);
        var status = beatmap.Data["status"]!.GetValue<string>();
        var stars = beatmap.DifficultyRating * OsuMods.StarRatingFactor(acronyms);
        return new OsuScore
        {
            Id = id,
            LegacyScoreId = legacyScoreId,
            UserId = userId,
            BeatmapId = beatmap.Id,
            RulesetId = rulesetId,
            Mods = modList,
            Statistics = statistics,
            MaximumStatistics = maximum,
            TotalScore = total,
            ClassicTotalScore = classic,
            LegacyTotalScore = isLegacy ? (long)(classic * 1.19) : 0,
            Accuracy = Math.Round(accuracy, 6),
            MaxCombo = maxCombo,
            Rank = OsuScoreMath.Grade(rulesetId, accuracy, misses, modList, passed),
            Passed = passed,
            Pp = OsuScoreMath.Pp(stars, accuracy, comboRatio, misses, passed, status is "ranked" or "approved"),
            EndedAt = endedAt,
            StartedAt = isLegacy ? null : endedAt.AddSeconds(-beatmap.Data["total_length"]!.ToInt32() - 5),
            HasReplay = passed && OsuDeterministic.Unit(seed, 6) < 0.7,
            IsPerfectCombo = misses == 0 && maxCombo == fullCombo,
            LegacyPerfect = isLegacy ? misses == 0 && maxCombo == fullCombo : null,
            BuildId = isLegacy ? null : 7800 + OsuDeterministic.Between(0, 50, seed, 7),
            ReplayViews = passed ? OsuDeterministic.Between(0, 40, seed, 8) : 0,
        };
    }
}
