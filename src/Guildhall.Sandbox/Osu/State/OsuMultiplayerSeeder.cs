namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Seeds multiplayer: <see cref="OsuSandboxCommunitySeed.MatchCount"/> matches (the last few still open), one of them
/// a full tournament match whose games hold a score for exactly the players in the lobby at the time, and rooms of every
/// type group and category, the featured one with more scores than a page holds. Scores are synthesized like the rest
/// of the world's but kept apart from beatmap leaderboards, as the real service keeps multiplayer plays.
/// </summary>
internal static class OsuMultiplayerSeeder
{
    private const long FirstMatchId = OsuSandboxCommunitySeed.MatchId - 100;

    public static OsuMultiplayer Seed(OsuWorld world, OsuCommunityCast cast, DateTimeOffset now)
    {
        var multiplayer = new OsuMultiplayer();
        var beatmaps = world.Beatmaps.Values.Where(b => b.RulesetId == 0 && b.Data["status"]!.GetValue<string>() == "ranked").OrderBy(b => b.Id).ToList();
        var ids = new Ids();
        for (var i = 0; i < OsuSandboxCommunitySeed.MatchCount; i++)
        {
            var id = FirstMatchId + i;
            var start = now.AddHours(-(OsuSandboxCommunitySeed.MatchCount - i) * 2);
            var open = i >= OsuSandboxCommunitySeed.MatchCount - 5;
            var host = cast.Players[i % cast.Players.Count];
            var match = new OsuMatch
            {
                Id = id,
                Name = id == OsuSandboxCommunitySeed.MatchId ? "SWC2026: (Harbour) VS (Lantern)" : $"{host.Username}'s game",
                StartTime = start,
                EndTime = open ? null : start.AddMinutes(70),
            };
            match.Events.Add(new OsuMatchEvent(ids.Event++, "match-created", start, host.Id));
            if (id == OsuSandboxCommunitySeed.MatchId)
            {
                AddTournament(match, cast, beatmaps, ids);
            }
            else
            {
                match.Events.Add(new OsuMatchEvent(ids.Event++, "player-joined", start.AddMinutes(1), host.Id));
            }

            if (match.EndTime is { } end)
            {
                match.Events.Add(new OsuMatchEvent(ids.Event++, "match-disbanded", end, null));
            }

            multiplayer.Matches[id] = match;
        }

        SeedRooms(multiplayer, cast, beatmaps, ids, now);
        return multiplayer;
    }

    // Eight players join; the last leaves after the sixth game, so the last three games have seven scores.
    private static void AddTournament(OsuMatch match, OsuCommunityCast cast, List<OsuBeatmap> beatmaps, Ids ids)
    {
        var players = cast.Players.Take(8).ToList();
        var time = match.StartTime;
        for (var slot = 0; slot < players.Count; slot++)
        {
            time = time.AddMinutes(1);
            match.Events.Add(new OsuMatchEvent(ids.Event++, "player-joined", time, players[slot].Id));
        }

        time = time.AddMinutes(1);
        match.Events.Add(new OsuMatchEvent(ids.Event++, "host-changed", time, players[0].Id));
        string[][] modsPerGame = [["NF"], ["NF", "HD"], ["NF", "HR"], ["NF", "DT"], ["NF"], ["NF", "HD"], ["NF", "HR"], ["NF", "DT"], ["NF"]];
        for (var game = 0; game < modsPerGame.Length; game++)
        {
            if (game == 6)
            {
                time = time.AddMinutes(1);
                match.Events.Add(new OsuMatchEvent(ids.Event++, "player-left", time, players[^1].Id));
                players.RemoveAt(players.Count - 1);
            }

            var beatmap = beatmaps[(game * 11) % beatmaps.Count];
            var start = time.AddMinutes(1);
            var end = start.AddSeconds(beatmap.Data["total_length"]!.ToInt32() + 10);
            var scores = players.Select((player, slot) => new OsuMatchScore(
                OsuScoreFactory.Synthesize(ids.Score++, ids.LegacyScore++, player.Id, beatmap, 0, 0.9 - (slot * 0.02), match.Id + (game * 31) + slot, end,
                    passed: OsuDeterministic.Unit(match.Id, game, slot) > 0.1, mods: modsPerGame[game]),
                slot, slot % 2 == 0 ? "red" : "blue")).ToList();
            match.Events.Add(new OsuMatchEvent(ids.Event++, "other", start, null,
                new OsuMatchGame(ids.Game++, beatmap.Id, start, end, "scorev2", "team-vs", modsPerGame[game], scores)));
            time = end;
        }

        match.Events.Add(new OsuMatchEvent(ids.Event++, "player-left", time.AddMinutes(1), players[^1].Id));
    }

    private static void SeedRooms(OsuMultiplayer multiplayer, OsuCommunityCast cast, List<OsuBeatmap> beatmaps, Ids ids, DateTimeOffset now)
    {
        (string Name, string Category, string Type, OsuUser Host, int DaysFromNow, int Items, int Players)[] plans =
        [
            ("Sandbox Weekly Playlist", "normal", "playlists", cast.Staff, 5, 2, 40),
            ("Spotlight: Harbour Nights", "spotlight", "playlists", cast.Staff, 12, 3, 12),
            ("Featured Artist: Velvet Tide", "featured_artist", "playlists", cast.Staff, 20, 2, 8),
            ("Daily Challenge", "daily_challenge", "playlists", cast.Bot, 1, 1, 25),
            ("cup practice lobby", "normal", "head_to_head", cast.Me, 1, 1, 4),
            ("Last month's playlist", "normal", "playlists", cast.Me, -20, 2, 10),
            ("scrim: harbour vs lantern", "normal", "team_versus", cast.Players[0], -3, 3, 8),
        ];
        for (var r = 0; r < plans.Length; r++)
        {
            var plan = plans[r];
            var room = new OsuRoom
            {
                Id = OsuSandboxCommunitySeed.RoomId + r,
                Name = plan.Name,
                Category = plan.Category,
                Type = plan.Type,
                HostId = plan.Host.Id,
                StartsAt = now.AddDays(plan.DaysFromNow - 14),
                EndsAt = now.AddDays(plan.DaysFromNow),
                ChannelId = 20_940_000 + r,
            };
            var players = cast.Players.Take(plan.Players).Prepend(cast.Me).ToList();
            for (var i = 0; i < plan.Items; i++)
            {
                var item = new OsuPlaylistItem
                {
                    Id = r == 0 && i == 0 ? OsuSandboxCommunitySeed.PlaylistItemId : ids.PlaylistItem++,
                    RoomId = room.Id,
                    BeatmapId = beatmaps[((r * 7) + (i * 3) + 1) % beatmaps.Count].Id,
                    OwnerId = plan.Host.Id,
                    CreatedAt = room.StartsAt,
                    RequiredMods = i % 2 == 1 ? ["HD"] : [],
                };
                var beatmap = beatmaps.First(b => b.Id == item.BeatmapId);
                foreach (var (player, k) in players.Select((p, k) => (p, k)))
                {
                    // Most play once, every third twice: attempts differ from scores shown.
                    for (var attempt = 0; attempt < (k % 3 == 0 ? 2 : 1); attempt++)
                    {
                        var ended = room.StartsAt.AddHours(1 + k + attempt);
                        item.Scores.Add(OsuScoreFactory.Synthesize(ids.Score++, null, player.Id, beatmap, 0, 0.95 - (k * 0.01), item.Id + (k * 7) + attempt, ended,
                            passed: OsuDeterministic.Unit(item.Id, k, attempt) > 0.08, mods: item.RequiredMods));
                    }
                }

                room.Playlist.Add(item);
            }

            multiplayer.Rooms[room.Id] = room;
        }
    }

    /// <summary>The id counters of the seed.</summary>
    private sealed class Ids
    {
        public long Event { get; set; } = 2_177_000_000;

        public long Game { get; set; } = 538_200_000;

        public long Score { get; set; } = 6_100_000_000;

        public long LegacyScore { get; set; } = 4_900_000_000;

        public long PlaylistItem { get; set; } = 5_300_100;
    }
}
