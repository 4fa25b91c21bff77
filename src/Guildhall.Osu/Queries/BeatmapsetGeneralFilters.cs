namespace Guildhall.Osu.Queries;

/// <summary>General filters of a beatmapset search (<c>c</c>).</summary>
[Flags]
public enum BeatmapsetGeneralFilters
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Only sets around the token owner's recommended difficulty.</summary>
    RecommendedDifficulty = 1,

    /// <summary>Include converted beatmaps.</summary>
    IncludeConverts = 2,

    /// <summary>Only sets by mappers the token owner follows.</summary>
    FollowedMappers = 4,

    /// <summary>Only sets that were in a spotlight.</summary>
    Spotlights = 8,

    /// <summary>Only sets of featured artists.</summary>
    FeaturedArtists = 16,
}
