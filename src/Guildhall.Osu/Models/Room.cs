using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A multiplayer room of osu!(lazer): playlists, realtime lobbies, the daily challenge.</summary>
[JsonConverter(typeof(WireModelConverter<Room>))]
public sealed partial record Room
{
    /// <summary>The room id.</summary>
    public long Id { get; init; }

    /// <summary>The name.</summary>
    public string Name { get => field ?? ""; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>The category: <c>normal</c>, <c>spotlight</c>, <c>featured_artist</c>, <c>daily_challenge</c>.</summary>
    public string Category { get => field ?? ""; init; }

    /// <summary>The status: <c>idle</c>, <c>playing</c>.</summary>
    public string Status { get => field ?? ""; init; }

    /// <summary>The kind: <c>playlists</c>, <c>head_to_head</c>, <c>team_versus</c>, <c>matchmaking</c>, <c>ranked_play</c>.</summary>
    public string Type { get => field ?? ""; init; }

    /// <summary>The host.</summary>
    public long UserId { get; init; }

    /// <summary>When it opened.</summary>
    public DateTimeOffset? StartsAt { get; init; }

    /// <summary>When it closes or closed.</summary>
    public DateTimeOffset? EndsAt { get; init; }

    /// <summary>Attempts allowed per playlist item, if limited.</summary>
    public int? MaxAttempts { get; init; }

    /// <summary>Participants allowed, if limited.</summary>
    public int? MaxParticipants { get; init; }

    /// <summary>How many took part.</summary>
    public int ParticipantCount { get; init; }

    /// <summary>Its chat channel.</summary>
    public long? ChannelId { get; init; }

    /// <summary>Whether it is open.</summary>
    public bool Active { get; init; }

    /// <summary>Whether it needs a password.</summary>
    public bool HasPassword { get; init; }

    /// <summary>Who may add items: <c>host_only</c>, <c>all_players</c>, <c>all_players_round_robin</c>.</summary>
    public string QueueMode { get => field ?? ""; init; }

    /// <summary>Whether intros are skipped.</summary>
    public bool AutoSkip { get; init; }

    /// <summary>Whether it is pinned in the listing.</summary>
    public bool? Pinned { get; init; }

    /// <summary>The token owner's aggregate, where sent.</summary>
    public RoomUserScore? CurrentUserScore { get; init; }

    /// <summary>The host's card, where included.</summary>
    public User? Host { get; init; }

    /// <summary>The playlist, where included.</summary>
    public IReadOnlyList<PlaylistItem> Playlist { get => field ?? []; init; }

    /// <summary>Recent participants, where included.</summary>
    public IReadOnlyList<User> RecentParticipants { get => field ?? []; init; }
}
