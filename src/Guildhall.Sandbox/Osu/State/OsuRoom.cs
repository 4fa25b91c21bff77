namespace Guildhall.Sandbox.Osu.State;

/// <summary>A lazer multiplayer room: playlists, realtime lobbies, the daily challenge.</summary>
internal sealed class OsuRoom
{
    public required long Id { get; init; }

    public required string Name { get; init; }

    /// <summary><c>normal</c>, <c>spotlight</c>, <c>featured_artist</c>, <c>daily_challenge</c>.</summary>
    public required string Category { get; init; }

    /// <summary><c>playlists</c>, <c>head_to_head</c>, <c>team_versus</c>.</summary>
    public required string Type { get; init; }

    public required long HostId { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public required DateTimeOffset EndsAt { get; init; }

    public required long ChannelId { get; init; }

    public List<OsuPlaylistItem> Playlist { get; } = [];

    public bool IsActive(DateTimeOffset now) => EndsAt > now;

    /// <summary>The type group <c>/rooms</c> filters by.</summary>
    public string TypeGroup => Type switch
    {
        "playlists" => "playlists",
        "ranked_play" => "ranked-play",
        _ => "realtime",
    };

    public IEnumerable<OsuScore> AllScores => Playlist.SelectMany(item => item.Scores);
}
