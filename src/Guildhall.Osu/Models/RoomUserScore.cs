using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A user's aggregate over a room: total score, accuracy and attempts.</summary>
[JsonConverter(typeof(WireModelConverter<RoomUserScore>))]
public sealed partial record RoomUserScore
{
    /// <summary>The user.</summary>
    public long UserId { get; init; }

    /// <summary>The room.</summary>
    public long RoomId { get; init; }

    /// <summary>The sum of their best scores on each item.</summary>
    public long TotalScore { get; init; }

    /// <summary>Their mean accuracy (0 to 1).</summary>
    public double Accuracy { get; init; }

    /// <summary>Plays in the room.</summary>
    public int Attempts { get; init; }

    /// <summary>Items passed.</summary>
    public int Completed { get; init; }

    /// <summary>Performance points.</summary>
    public double Pp { get; init; }

    /// <summary>Their place on the leaderboard, where sent.</summary>
    public int? Position { get; init; }

    /// <summary>Attempts per playlist item, where sent.</summary>
    public IReadOnlyList<PlaylistItemAttempts> PlaylistItemAttempts { get => field ?? []; init; }

    /// <summary>The user's card, where included.</summary>
    public User? User { get; init; }
}
