namespace Guildhall.Osu.Queries;

/// <summary>Filters of <c>GET /rooms</c>.</summary>
public sealed record RoomsQuery
{
    /// <summary>Which rooms. Default <see cref="RoomListMode.Active"/>.</summary>
    public RoomListMode Mode { get; init; } = RoomListMode.Active;

    /// <summary>Which kind. Default <see cref="RoomTypeGroup.Playlists"/>.</summary>
    public RoomTypeGroup TypeGroup { get; init; } = RoomTypeGroup.Playlists;

    /// <summary>Only rooms of this category; <see langword="null"/> for all. Default all.</summary>
    public RoomCategory? Category { get; init; }

    /// <summary>How many rooms at most (1 to 250); <see langword="null"/> for the API's default.</summary>
    public int? Limit { get; init; }

    /// <summary>The path and query of the request.</summary>
    internal string ToPath()
    {
        if (Limit is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, nameof(Limit));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 250, nameof(Limit));
        }

        return new Core.QueryBuilder("rooms")
            .Add("mode", Mode switch
            {
                RoomListMode.Active => "active",
                RoomListMode.All => "all",
                RoomListMode.Ended => "ended",
                RoomListMode.Participated => "participated",
                RoomListMode.Owned => "owned",
                _ => throw new ArgumentOutOfRangeException(nameof(Mode), Mode, null),
            })
            .Add("type_group", TypeGroup switch
            {
                RoomTypeGroup.Playlists => "playlists",
                RoomTypeGroup.Realtime => "realtime",
                RoomTypeGroup.RankedPlay => "ranked-play",
                _ => throw new ArgumentOutOfRangeException(nameof(TypeGroup), TypeGroup, null),
            })
            .Add("category", Category switch
            {
                null => null,
                RoomCategory.Normal => "normal",
                RoomCategory.Spotlight => "spotlight",
                RoomCategory.FeaturedArtist => "featured_artist",
                RoomCategory.DailyChallenge => "daily_challenge",
                _ => throw new ArgumentOutOfRangeException(nameof(Category), Category, null),
            })
            .Add("limit", Limit)
            .ToString();
    }
}
