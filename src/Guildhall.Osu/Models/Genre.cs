namespace Guildhall.Osu.Models;

/// <summary>Beatmapset genres by their API id (the search filter <c>g</c> and <see cref="Beatmapset.GenreId"/>).</summary>
public enum Genre
{
    /// <summary>Any genre (search only).</summary>
    Any = 0,

    /// <summary>Unspecified.</summary>
    Unspecified = 1,

    /// <summary>Video game.</summary>
    VideoGame = 2,

    /// <summary>Anime.</summary>
    Anime = 3,

    /// <summary>Rock.</summary>
    Rock = 4,

    /// <summary>Pop.</summary>
    Pop = 5,

    /// <summary>Other.</summary>
    Other = 6,

    /// <summary>Novelty.</summary>
    Novelty = 7,

    /// <summary>Hip hop.</summary>
    HipHop = 9,

    /// <summary>Electronic.</summary>
    Electronic = 10,

    /// <summary>Metal.</summary>
    Metal = 11,

    /// <summary>Classical.</summary>
    Classical = 12,

    /// <summary>Folk.</summary>
    Folk = 13,

    /// <summary>Jazz.</summary>
    Jazz = 14,
}
