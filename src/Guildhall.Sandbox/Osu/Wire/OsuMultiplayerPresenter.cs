using Guildhall.Sandbox.Osu.State;

namespace Guildhall.Sandbox.Osu.Wire;

/// <summary>
/// Writes matches, rooms and their scores as osu-web's <c>LegacyMatch\*</c> and <c>Multiplayer\*</c> transformers do.
/// Match game scores follow <c>x-api-version</c> like every score; playlist scores are always in the lazer format.
/// </summary>
internal static class OsuMultiplayerPresenter
{
    public static JsonObject Match(OsuMatch match) => new()
    {
        ["id"] = match.Id,
        ["start_time"] = OsuJsonTime.Offset(match.StartTime),
        ["end_time"] = match.EndTime is { } end ? OsuJsonTime.Offset(end) : null,
        ["name"] = match.Name,
    };

    public static JsonObject Event(OsuView view, OsuMatch match, OsuMatchEvent matchEvent)
    {
        var detail = new JsonObject { ["type"] = matchEvent.Type };
        if (matchEvent.Type == "other")
        {
            detail["text"] = match.Name;
        }

        var result = new JsonObject
        {
            ["id"] = matchEvent.Id,
            ["detail"] = detail,
            ["timestamp"] = OsuJsonTime.Offset(matchEvent.Timestamp),
            ["user_id"] = matchEvent.UserId,
        };
        if (matchEvent.Game is { } game)
        {
            result["game"] = Game(view, match, game);
        }

        return result;
    }

    /// <summary>A user as a match's <c>users</c> list carries them: compact with country.</summary>
    public static JsonObject MatchUser(OsuUser user)
    {
        var result = OsuUserPresenter.Compact(user);
        result["country"] = user.Profile["country"]!.DeepClone();
        return result;
    }

    public static JsonObject Room(OsuView view, OsuRoom room, bool details)
    {
        var participants = room.AllScores.Select(s => s.UserId).Distinct().ToList();
        var result = new JsonObject
        {
            ["id"] = room.Id,
            ["name"] = room.Name,
            ["description"] = null,
            ["category"] = room.Category,
            ["status"] = "idle",
            ["type"] = room.Type,
            ["user_id"] = room.HostId,
            ["starts_at"] = OsuJsonTime.Offset(room.StartsAt),
            ["ends_at"] = OsuJsonTime.Offset(room.EndsAt),
            ["max_attempts"] = null,
            ["max_participants"] = null,
            ["participant_count"] = participants.Count,
            ["channel_id"] = room.ChannelId,
            ["active"] = room.IsActive(view.Now),
            ["has_password"] = false,
            ["queue_mode"] = room.Type == "playlists" ? "host_only" : "all_players",
            ["auto_skip"] = false,
            ["pinned"] = room.Category != "normal",
        };
        if (details && view.Viewer is { } viewer)
        {
            result["current_user_score"] = Aggregate(OsuMultiplayer.Aggregate(room, viewer.Id) ?? new(viewer.Id, room.Id, 0, 0, 0, 0, []), withAttempts: true);
        }

        result["host"] = MatchUser(view.World.Users[room.HostId]);
        if (details)
        {
            result["playlist"] = new JsonArray([.. room.Playlist.Select(item => (JsonNode)PlaylistItem(view.World, item))]);
        }

        result["recent_participants"] = new JsonArray([.. participants.TakeLast(8).Select(id => (JsonNode)OsuUserPresenter.Compact(view.World.Users[id]))]);
        return result;
    }

    public static JsonObject Aggregate(OsuRoomAggregate aggregate, bool withAttempts, OsuUser? user = null)
    {
        var result = new JsonObject
        {
            ["accuracy"] = aggregate.Accuracy,
            ["attempts"] = aggregate.Attempts,
            ["completed"] = aggregate.Completed,
            ["pp"] = 0,
            ["room_id"] = aggregate.RoomId,
            ["total_score"] = aggregate.TotalScore,
            ["user_id"] = aggregate.UserId,
        };
        if (withAttempts)
        {
            result["playlist_item_attempts"] = new JsonArray([.. aggregate.ItemAttempts.Select(a => (JsonNode)new JsonObject { ["attempts"] = a.Attempts, ["id"] = a.ItemId })]);
        }

        if (user is not null)
        {
            result["user"] = OsuUserPresenter.Card(user, groups: false);
        }

        return result;
    }

    /// <summary>A playlist score: always the lazer format, with its room, item and solo id first, and the user card.</summary>
    public static JsonObject PlaylistScore(OsuView view, OsuPlaylistItem item, OsuScore score)
    {
        var lazer = OsuScorePresenter.Core(view with { ApiVersion = OsuView.LazerScoresVersion }, score);
        var result = new JsonObject { ["playlist_item_id"] = item.Id, ["room_id"] = item.RoomId, ["solo_score_id"] = score.Id };
        foreach (var (key, value) in lazer.ToList())
        {
            lazer.Remove(key);
            result[key] = value;
            if (key == "statistics")
            {
                // Multiplayer scores also carry the score the play would have had without mod multipliers.
                var multiplier = OsuMods.ScoreMultiplier(score.Mods.Select(m => m.Acronym));
                result["total_score_without_mods"] = multiplier > 0 ? (long)Math.Round(score.TotalScore / multiplier) : score.TotalScore;
            }
        }

        result["user"] = OsuUserPresenter.Card(view.World.Users[score.UserId], groups: false);
        return result;
    }

    private static JsonObject Game(OsuView view, OsuMatch match, OsuMatchGame game)
    {
        var beatmap = view.World.Beatmaps[game.BeatmapId];
        var compact = OsuBeatmapPresenter.Compact(beatmap);
        compact["beatmapset"] = OsuBeatmapsetPresenter.Compact(view.World.Beatmapsets[beatmap.BeatmapsetId]);
        return new JsonObject
        {
            ["beatmap_id"] = game.BeatmapId,
            ["id"] = game.Id,
            ["start_time"] = OsuJsonTime.Zulu(game.StartTime),
            ["end_time"] = OsuJsonTime.Zulu(game.EndTime),
            ["match_id"] = match.Id,
            ["mode"] = "osu",
            ["mode_int"] = 0,
            ["scoring_type"] = game.ScoringType,
            ["team_type"] = game.TeamType,
            ["mods"] = new JsonArray([.. game.Mods.Select(m => (JsonNode)m)]),
            ["beatmap"] = compact,
            ["scores"] = new JsonArray([.. game.Scores.Select(s => (JsonNode)GameScore(view, s))]),
        };
    }

    // Stable match scores have no score id, best id, pp or replay of their own; the lazer format keeps the solo id.
    private static JsonObject GameScore(OsuView view, OsuMatchScore entry)
    {
        var result = OsuScorePresenter.Core(view, entry.Score);
        if (view.LegacyScores)
        {
            result["id"] = null;
            result["best_id"] = null;
            result["replay"] = false;
            result["mods"] = new JsonArray([.. entry.Score.Mods.Where(m => m.Acronym != "CL").Select(m => (JsonNode)m.Acronym)]);
        }

        result["pp"] = null;
        result["type"] = "legacy_match_score";
        result["match"] = new JsonObject { ["slot"] = entry.Slot, ["team"] = entry.Team, ["pass"] = entry.Score.Passed };
        return result;
    }

    private static JsonObject PlaylistItem(OsuWorld world, OsuPlaylistItem item)
    {
        var stored = world.Beatmaps[item.BeatmapId];
        var beatmap = OsuBeatmapPresenter.Compact(stored);
        beatmap["beatmapset"] = OsuBeatmapsetPresenter.Compact(world.Beatmapsets[stored.BeatmapsetId]);
        beatmap["checksum"] = stored.Checksum;
        beatmap["max_combo"] = stored.MaxCombo;
        return new JsonObject
        {
            ["id"] = item.Id,
            ["room_id"] = item.RoomId,
            ["beatmap_id"] = item.BeatmapId,
            ["created_at"] = OsuJsonTime.Offset(item.CreatedAt),
            ["ruleset_id"] = stored.RulesetId,
            ["allowed_mods"] = new JsonArray(),
            ["required_mods"] = new JsonArray([.. item.RequiredMods.Select(m => (JsonNode)new JsonObject { ["acronym"] = m })]),
            ["freestyle"] = false,
            ["expired"] = false,
            ["owner_id"] = item.OwnerId,
            ["playlist_order"] = null,
            ["played_at"] = null,
            ["beatmap"] = beatmap,
        };
    }
}
