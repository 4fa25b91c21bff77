namespace Guildhall.Osu.Queries;

/// <summary>The kind of rooms <c>GET /rooms</c> lists (its <c>type_group</c> query parameter).</summary>
public enum RoomTypeGroup
{
    /// <summary>Playlists (the API's default).</summary>
    Playlists,

    /// <summary>Realtime lobbies (head to head, team versus).</summary>
    Realtime,

    /// <summary>Ranked play.</summary>
    RankedPlay,
}
