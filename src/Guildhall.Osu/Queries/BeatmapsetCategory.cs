namespace Guildhall.Osu.Queries;

/// <summary>The status filter of a beatmapset search (<c>s</c>).</summary>
public enum BeatmapsetCategory
{
    /// <summary>Sets with a leaderboard: ranked, approved, loved (the API's default).</summary>
    Leaderboard,

    /// <summary>Any status.</summary>
    Any,

    /// <summary>Ranked and approved.</summary>
    Ranked,

    /// <summary>Qualified.</summary>
    Qualified,

    /// <summary>Loved.</summary>
    Loved,

    /// <summary>The token owner's favourites.</summary>
    Favourites,

    /// <summary>Pending.</summary>
    Pending,

    /// <summary>Work in progress.</summary>
    Wip,

    /// <summary>Graveyard.</summary>
    Graveyard,

    /// <summary>The token owner's own sets.</summary>
    Mine,
}
