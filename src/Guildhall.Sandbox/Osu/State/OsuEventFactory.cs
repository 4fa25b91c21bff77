
namespace Guildhall.Sandbox.Osu.State;

/// <summary>Creates the <c>rank</c> events a play on a leaderboard produces (the only event type the recordings show).</summary>
internal static class OsuEventFactory
{
    private const int MaxRankForEvent = 1000;

    /// <summary>Adds a rank event for each score that stands on its beatmap's leaderboard.</summary>
    public static void AddRankEvents(OsuWorld world, IEnumerable<OsuScore> scores)
    {
        // One leaderboard per map and ruleset, not one per score.
        var positions = new Dictionary<(long, int), Dictionary<long, int>>();
        foreach (var score in scores.Where(s => s.Passed))
        {
            if (!positions.TryGetValue((score.BeatmapId, score.RulesetId), out var board))
            {
                board = world.Leaderboard(score.BeatmapId, score.RulesetId, legacyOnly: false).Select((s, i) => (s.Id, i + 1)).ToDictionary();
                positions[(score.BeatmapId, score.RulesetId)] = board;
            }

            var position = board.GetValueOrDefault(score.Id);
            if (position is < 1 or > MaxRankForEvent)
            {
                continue;
            }

            var beatmap = world.Beatmaps[score.BeatmapId];
            var set = world.Beatmapsets[beatmap.BeatmapsetId];
            var user = world.Users[score.UserId];
            var mode = OsuRuleset.Name(score.RulesetId);
            var id = world.NextEventId++;
            var time = OsuJsonTime.Offset(score.EndedAt);
            world.Events.Add(new OsuEvent(id, user.Id, score.EndedAt, new JsonObject
            {
                ["created_at"] = time,
                ["createdAt"] = time,
                ["id"] = id,
                ["type"] = "rank",
                ["scoreRank"] = score.Rank,
                ["rank"] = position,
                ["mode"] = mode,
                ["beatmap"] = new JsonObject
                {
                    ["title"] = $"{set.Artist} - {set.Title} [{beatmap.Version}]",
                    ["url"] = $"/beatmaps/{beatmap.Id}?ruleset={mode}",
                },
                ["user"] = new JsonObject { ["username"] = user.Username, ["url"] = $"/users/{user.Id}" },
            }));
        }
    }
}
