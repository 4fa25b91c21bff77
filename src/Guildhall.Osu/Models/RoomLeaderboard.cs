using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A room's leaderboard (<c>GET /rooms/{room}/leaderboard</c>).</summary>
[JsonConverter(typeof(WireModelConverter<RoomLeaderboard>))]
public sealed partial record RoomLeaderboard
{
    /// <summary>The best aggregates, highest total first.</summary>
    public IReadOnlyList<RoomUserScore> Leaderboard { get => field ?? []; init; }

    /// <summary>The token owner's aggregate, if they took part.</summary>
    public RoomUserScore? UserScore { get; init; }
}
