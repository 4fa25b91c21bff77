namespace Guildhall.Osu.Queries;

/// <summary>Which rooms <c>GET /rooms</c> lists (its <c>mode</c> query parameter).</summary>
public enum RoomListMode
{
    /// <summary>Open rooms (the API's default).</summary>
    Active,

    /// <summary>Every room.</summary>
    All,

    /// <summary>Closed rooms.</summary>
    Ended,

    /// <summary>Rooms the token's owner took part in (user tokens only).</summary>
    Participated,

    /// <summary>Rooms the token's owner hosts (user tokens only).</summary>
    Owned,
}
