using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A match with a window of its events (<c>GET /matches/{match}</c>).</summary>
[JsonConverter(typeof(WireModelConverter<MultiplayerMatchDetails>))]
public sealed partial record MultiplayerMatchDetails
{
    /// <summary>The match.</summary>
    public MultiplayerMatch? Match { get; init; }

    /// <summary>The events of the window, oldest first.</summary>
    public IReadOnlyList<MatchEvent> Events { get => field ?? []; init; }

    /// <summary>The users the events name.</summary>
    public IReadOnlyList<User> Users { get => field ?? []; init; }

    /// <summary>The match's first event id.</summary>
    public long? FirstEventId { get; init; }

    /// <summary>The match's newest event id.</summary>
    public long? LatestEventId { get; init; }

    /// <summary>The game in progress, if one is.</summary>
    public long? CurrentGameId { get; init; }
}
