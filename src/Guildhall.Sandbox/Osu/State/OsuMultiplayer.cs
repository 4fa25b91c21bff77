namespace Guildhall.Sandbox.Osu.State;

/// <summary>The matches and rooms of the osu! emulator. Held under <see cref="OsuWorld.Sync"/>.</summary>
internal sealed class OsuMultiplayer
{
    public SortedDictionary<long, OsuMatch> Matches { get; } = [];

    public SortedDictionary<long, OsuRoom> Rooms { get; } = [];

    /// <summary>A user's aggregate over a room, as the room leaderboard ranks them: the best score on each item summed.</summary>
    public static OsuRoomAggregate? Aggregate(OsuRoom room, long userId)
    {
        var attempts = room.Playlist.Select(item => (item.Id, Scores: item.Scores.Where(s => s.UserId == userId).ToList())).Where(x => x.Scores.Count > 0).ToList();
        if (attempts.Count == 0)
        {
            return null;
        }

        var bests = attempts.Select(x => x.Scores.OrderByDescending(s => s.TotalScore).ThenBy(s => s.Id).First()).ToList();
        return new OsuRoomAggregate(
            userId, room.Id, bests.Sum(s => s.TotalScore), Math.Round(bests.Average(s => s.Accuracy), 6), attempts.Sum(x => x.Scores.Count),
            bests.Count(s => s.Passed), [.. attempts.Select(x => (x.Id, x.Scores.Count))]);
    }

    /// <summary>Every participant's aggregate, best first.</summary>
    public static List<OsuRoomAggregate> Leaderboard(OsuRoom room) =>
        [.. room.AllScores.Select(s => s.UserId).Distinct().Select(id => Aggregate(room, id)!).OrderByDescending(a => a.TotalScore).ThenBy(a => a.UserId)];
}
