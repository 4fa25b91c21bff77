using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A user's standing in one matchmaking pool.</summary>
[JsonConverter(typeof(WireModelConverter<MatchmakingStatistics>))]
public sealed partial record MatchmakingStatistics
{
    /// <summary>The user.</summary>
    public long UserId { get; init; }

    /// <summary>The pool.</summary>
    public long PoolId { get; init; }

    /// <summary>The pool's details.</summary>
    public MatchmakingPool? Pool { get; init; }

    /// <summary>Matches won.</summary>
    public int FirstPlacements { get; init; }

    /// <summary>Whether the rating is still provisional.</summary>
    public bool IsRatingProvisional { get; init; }

    /// <summary>Matches played.</summary>
    public int Plays { get; init; }

    /// <summary>The rank in the pool.</summary>
    public int? Rank { get; init; }

    /// <summary>The rank as a fraction of the pool's players.</summary>
    public double? RankPercent { get; init; }

    /// <summary>The rating.</summary>
    public double Rating { get; init; }

    /// <summary>Points earned.</summary>
    public long TotalPoints { get; init; }
}
