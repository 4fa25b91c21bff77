namespace Guildhall.Osu.Queries;

/// <summary>A room category to filter <c>GET /rooms</c> by.</summary>
public enum RoomCategory
{
    /// <summary>Ordinary rooms.</summary>
    Normal,

    /// <summary>Spotlight playlists.</summary>
    Spotlight,

    /// <summary>Featured artist playlists.</summary>
    FeaturedArtist,

    /// <summary>The daily challenge.</summary>
    DailyChallenge,
}
