namespace Guildhall.Osu.Queries;

/// <summary>The order of a playlist item's scores.</summary>
public enum PlaylistScoreSort
{
    /// <summary>Highest first (<c>score_desc</c>, the API's default).</summary>
    HighestFirst,

    /// <summary>Lowest first (<c>score_asc</c>).</summary>
    LowestFirst,
}
