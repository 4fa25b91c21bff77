namespace Guildhall.Osu.Queries;

/// <summary>Whether searched beatmapsets were played by the token's owner (osu!supporter only).</summary>
public enum BeatmapsetPlayedFilter
{
    /// <summary>Played or not.</summary>
    Any,

    /// <summary>Played.</summary>
    Played,

    /// <summary>Not played.</summary>
    Unplayed,
}
