namespace Guildhall.Osu.Tests.Wire;

/// <summary>Multiplayer: the match listing, a match with games and scores in either format, a room, its leaderboard and scores.</summary>
internal static partial class OsuWire
{
    /// <summary>A page of the match listing; <paramref name="cursor"/> null on the last page.</summary>
    public static string Matches(int count, long firstId, long? cursor) => $$"""
        {"matches":{{Array(count, i => $$"""{"id":{{firstId - i}},"start_time":"2026-06-01T18:00:00+00:00","end_time":{{(i == 0 ? "null" : "\"2026-06-01T19:10:00+00:00\"")}},"name":"Skerry's game"}""")}},
         "params":{"limit":{{count}},"sort":"id_desc","active":null},
         "cursor":{{(cursor is { } c ? $$"""{"match_id":{{c}} }""" : "null")}},"cursor_string":{{(cursor is { } d ? $"\"owned-{d}\"" : "null")}} }
        """;

    /// <summary>A match: joins, one game whose score is in the format asked for, a departure.</summary>
    public static string MatchDetails(bool legacyScores) => $$"""
        {"match":{"id":4242,"start_time":"2026-06-01T18:00:00+00:00","end_time":"2026-06-01T19:10:00+00:00","name":"HC: (Harbour) VS (Lantern)"},
         "events":[{"id":700,"detail":{"type":"match-created"},"timestamp":"2026-06-01T18:00:00+00:00","user_id":{{PlayerId}} },
          {"id":701,"detail":{"type":"player-joined"},"timestamp":"2026-06-01T18:01:00+00:00","user_id":{{PlayerId}} },
          {"id":702,"detail":{"type":"other","text":"HC: (Harbour) VS (Lantern)"},"timestamp":"2026-06-01T18:05:00+00:00","user_id":null,
           "game":{"beatmap_id":{{PlayBeatmapId}},"id":9900,"start_time":"2026-06-01T18:05:00Z","end_time":"2026-06-01T18:08:00Z","match_id":4242,
            "mode":"osu","mode_int":0,"scoring_type":"scorev2","team_type":"team-vs","mods":["NF"],
            "beatmap":{"beatmapset_id":404040,"difficulty_rating":5.1,"id":{{PlayBeatmapId}},"lazer_only":false,"mode":"osu","status":"ranked","total_length":180,"user_id":{{MapperId}},"version":"Lantern Drift"},
            "scores":[{{MatchScore(legacyScores)}}]} },
          {"id":703,"detail":{"type":"player-left"},"timestamp":"2026-06-01T18:09:00+00:00","user_id":{{PlayerId}} }],
         "users":[{{UserCard(PlayerId, "Skerry")}}],"first_event_id":700,"latest_event_id":703,"current_game_id":null}
        """;

    /// <summary>A room with one playlist item and the viewer's aggregate.</summary>
    public static string Room() => $$"""
        {"id":31,"name":"Harbour playlist","description":null,"category":"normal","status":"idle","type":"playlists","user_id":{{PlayerId}},
         "starts_at":"2026-06-01T00:00:00+00:00","ends_at":"2026-06-08T00:00:00+00:00","max_attempts":null,"max_participants":null,
         "participant_count":1,"channel_id":20940000,"active":true,"has_password":false,"queue_mode":"host_only","auto_skip":false,"pinned":false,
         "current_user_score":{"accuracy":0.97,"attempts":2,"completed":1,"pp":0,"room_id":31,"total_score":831004,"user_id":{{PlayerId}},"playlist_item_attempts":[{"attempts":2,"id":310}]},
         "host":{{UserCard(PlayerId, "Skerry")}},
         "playlist":[{"id":310,"room_id":31,"beatmap_id":{{PlayBeatmapId}},"created_at":"2026-06-01T00:00:00+00:00","ruleset_id":0,
          "allowed_mods":[],"required_mods":[{"acronym":"HD"}],"freestyle":false,"expired":false,"owner_id":{{PlayerId}},"playlist_order":null,"played_at":null,
          "beatmap":{"beatmapset_id":404040,"difficulty_rating":5.1,"id":{{PlayBeatmapId}},"lazer_only":false,"mode":"osu","status":"ranked","total_length":180,"user_id":{{MapperId}},"version":"Lantern Drift","checksum":"0123456789abcdef0123456789abcdef","max_combo":1402} }],
         "recent_participants":[{{UserCard(PlayerId, "Skerry")}}]}
        """;

    /// <summary>A room's leaderboard with the viewer's entry.</summary>
    public static string RoomLeaderboard() => $$"""
        {"leaderboard":[{"accuracy":0.97,"attempts":2,"completed":1,"pp":0,"room_id":31,"total_score":831004,"user_id":{{PlayerId}},"user":{{UserCard(PlayerId, "Skerry")}} }],
         "user_score":{"accuracy":0.97,"attempts":2,"completed":1,"pp":0,"room_id":31,"total_score":831004,"user_id":{{PlayerId}},"user":{{UserCard(PlayerId, "Skerry")}},"position":1} }
        """;

    /// <summary>A page of a playlist item's scores (always the lazer format with room, item and solo ids).</summary>
    public static string PlaylistScores(long? cursor) => $$"""
        {"params":{"limit":1,"sort":"score_desc"},"scores":[{{PlaylistScore()}}],"total":2,"user_score":null,
         "cursor":{{(cursor is { } c ? $$"""{"total_score":831004,"score_id":{{c}} }""" : "null")}},"cursor_string":{{(cursor is { } d ? $"\"owned-{d}\"" : "null")}} }
        """;

    private static string PlaylistScore()
    {
        var score = Node(LazerScore()).AsObject();
        var result = new System.Text.Json.Nodes.JsonObject { ["playlist_item_id"] = 310, ["room_id"] = 31, ["solo_score_id"] = PlayLazerId };
        foreach (var (key, value) in score.ToList())
        {
            score.Remove(key);
            result[key] = value;
        }

        return result.ToJsonString();
    }

    private static string MatchScore(bool legacy)
    {
        var score = Node(legacy ? LegacyScore() : LazerScore()).AsObject();
        foreach (var include in new[] { "beatmap", "beatmapset", "user" })
        {
            score.Remove(include);
        }

        if (legacy)
        {
            score["id"] = null;
            score["best_id"] = null;
        }

        score["pp"] = null;
        score["type"] = "legacy_match_score";
        score["match"] = new System.Text.Json.Nodes.JsonObject { ["slot"] = 3, ["team"] = "blue", ["pass"] = true };
        return score.ToJsonString();
    }
}
