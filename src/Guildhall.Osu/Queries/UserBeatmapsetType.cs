namespace Guildhall.Osu.Queries;

/// <summary>Which of a user's beatmapset lists to read (<c>GET /users/{user}/beatmapsets/{type}</c>).</summary>
public enum UserBeatmapsetType
{
    /// <summary>Favourites.</summary>
    Favourite,

    /// <summary>Graveyarded sets.</summary>
    Graveyard,

    /// <summary>Sets with the user's guest difficulties.</summary>
    Guest,

    /// <summary>Loved sets.</summary>
    Loved,

    /// <summary>Sets the user nominated.</summary>
    Nominated,

    /// <summary>Pending and work-in-progress sets.</summary>
    Pending,

    /// <summary>Ranked and approved sets.</summary>
    Ranked,
}
