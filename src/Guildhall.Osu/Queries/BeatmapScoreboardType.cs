namespace Guildhall.Osu.Queries;

/// <summary>Which leaderboard of a beatmap to read.</summary>
public enum BeatmapScoreboardType
{
    /// <summary>Everyone (the default).</summary>
    Global,

    /// <summary>The token owner's country (osu!supporter only; otherwise the API answers 422).</summary>
    Country,

    /// <summary>The token owner's friends (osu!supporter only).</summary>
    Friend,

    /// <summary>The token owner's team.</summary>
    Team,
}
