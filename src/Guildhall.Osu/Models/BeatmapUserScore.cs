namespace Guildhall.Osu.Models;

/// <summary>The token owner's own best score on a beatmap and its position on the leaderboard.</summary>
public sealed record BeatmapUserScore
{
    /// <summary>The position on the leaderboard.</summary>
    public int Position { get; init; }

    /// <summary>The score.</summary>
    public Score? Score { get; init; }
}
