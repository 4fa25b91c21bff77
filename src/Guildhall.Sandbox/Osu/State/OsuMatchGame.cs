namespace Guildhall.Sandbox.Osu.State;

/// <summary>One game of a match: the beatmap, how it was scored, and each player's score with their slot and team.</summary>
internal sealed record OsuMatchGame(
    long Id, long BeatmapId, DateTimeOffset StartTime, DateTimeOffset EndTime, string ScoringType, string TeamType, IReadOnlyList<string> Mods,
    IReadOnlyList<OsuMatchScore> Scores);
