namespace Guildhall.Osu.Queries;

/// <summary>What a beatmapset search sorts by.</summary>
public enum BeatmapsetSortField
{
    /// <summary>Relevance to the query.</summary>
    Relevance,

    /// <summary>Artist.</summary>
    Artist,

    /// <summary>Creator.</summary>
    Creator,

    /// <summary>Difficulty.</summary>
    Difficulty,

    /// <summary>Favourites.</summary>
    Favourites,

    /// <summary>Nominations.</summary>
    Nominations,

    /// <summary>Plays.</summary>
    Plays,

    /// <summary>Ranked date.</summary>
    Ranked,

    /// <summary>Rating.</summary>
    Rating,

    /// <summary>Title.</summary>
    Title,

    /// <summary>Last update.</summary>
    Updated,
}
