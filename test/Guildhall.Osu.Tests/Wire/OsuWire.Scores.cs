namespace Guildhall.Osu.Tests.Wire;

/// <summary>
/// Scores: one play in both formats (the legacy one below <c>x-api-version</c> 20220705, the lazer one from it), and the
/// leaderboard envelopes.
/// </summary>
internal static partial class OsuWire
{
    /// <summary>The legacy id of the owned play; the lazer format carries it as <c>legacy_score_id</c>.</summary>
    public const long PlayLegacyId = 5_550_001_234;

    /// <summary>The lazer id of the owned play.</summary>
    public const long PlayLazerId = 4_102_337_981;

    /// <summary>The beatmap of the owned play.</summary>
    public const long PlayBeatmapId = 4_040_404;

    /// <summary>The player of the owned play.</summary>
    public const long PlayerId = 27_182_818;

    /// <summary>The owned play in the legacy format: stable's counts and mod acronyms.</summary>
    public static string LegacyScore() => $$"""
        {"accuracy":0.9874,"best_id":{{PlayLegacyId}},"created_at":"2026-05-14T08:15:42Z","id":{{PlayLegacyId}},"max_combo":1401,
         "mode":"osu","mode_int":0,"mods":["HD"],"passed":true,"perfect":false,"pp":318.442,"rank":"SH","replay":true,
         "score":48211907,"statistics":{"count_100":21,"count_300":1118,"count_50":1,"count_geki":null,"count_katu":null,"count_miss":2},
         "type":"score_best_osu","user_id":{{PlayerId}},"current_user_attributes":{"pin":null},
         "beatmap":{{{BeatmapFields(PlayBeatmapId, 404040, "Lantern Drift")}}},
         "beatmapset":{{BeatmapsetFields(404040)}},
         "user":{{UserCard(PlayerId, "Skerry")}}}
        """;

    /// <summary>The same play in the lazer format: hit results by name, mod objects (classic mod added), both totals.</summary>
    public static string LazerScore() => $$"""
        {"classic_total_score":48211907,"preserve":true,"processed":true,"ranked":true,
         "maximum_statistics":{"great":1142,"legacy_combo_increase":259},
         "mods":[{"acronym":"HD"},{"acronym":"CL"}],"statistics":{"ok":21,"meh":1,"miss":2,"great":1118},
         "total_score_without_mods":866120,"beatmap_id":{{PlayBeatmapId}},"best_id":null,"id":{{PlayLazerId}},"rank":"SH",
         "type":"solo_score","user_id":{{PlayerId}},"accuracy":0.9874,"build_id":null,"ended_at":"2026-05-14T08:15:42Z",
         "has_replay":true,"is_perfect_combo":false,"legacy_perfect":false,"legacy_score_id":{{PlayLegacyId}},
         "legacy_total_score":48211907,"max_combo":1401,"passed":true,"pp":318.442,"ruleset_id":0,"started_at":null,
         "total_score":831004,"replay":true,"current_user_attributes":{"pin":null},
         "beatmap":{{{BeatmapFields(PlayBeatmapId, 404040, "Lantern Drift")}}},
         "beatmapset":{{BeatmapsetFields(404040)}},
         "user":{{UserCard(PlayerId, "Skerry")}}}
        """;

    /// <summary>A beatmap's leaderboard (<c>GET /beatmaps/{id}/scores</c>) of <paramref name="shown"/> scores out of <paramref name="scoreCount"/>.</summary>
    public static string Leaderboard(int shown, long scoreCount) => $$"""
        {"scores":{{Array(shown, i => LazerScore().Replace($"\"id\":{PlayLazerId}", $"\"id\":{PlayLazerId + i}", StringComparison.Ordinal))}},
         "score_count":{{scoreCount}},"user_score":null,"userScore":null}
        """;

    /// <summary>A user's scores on one beatmap (<c>GET /beatmaps/{id}/scores/users/{user}/all</c>): one score.</summary>
    public static string UserBeatmapScores() => $$"""{"scores":[{{LazerScore()}}]}""";
}
