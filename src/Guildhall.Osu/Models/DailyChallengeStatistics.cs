using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A user's daily challenge record.</summary>
[JsonConverter(typeof(WireModelConverter<DailyChallengeStatistics>))]
public sealed partial record DailyChallengeStatistics
{
    /// <summary>The user.</summary>
    public long UserId { get; init; }

    /// <summary>Longest run of consecutive days played.</summary>
    public int DailyStreakBest { get; init; }

    /// <summary>Current run of consecutive days played.</summary>
    public int DailyStreakCurrent { get; init; }

    /// <summary>Longest run of consecutive weeks played.</summary>
    public int WeeklyStreakBest { get; init; }

    /// <summary>Current run of consecutive weeks played.</summary>
    public int WeeklyStreakCurrent { get; init; }

    /// <summary>When the record last changed.</summary>
    public DateTimeOffset? LastUpdate { get; init; }

    /// <summary>The start of the last week that counted toward the weekly streak.</summary>
    public DateTimeOffset? LastWeeklyStreak { get; init; }

    /// <summary>Daily challenges played.</summary>
    public int Playcount { get; init; }

    /// <summary>Finishes in the top 10 %.</summary>
    [JsonPropertyName("top_10p_placements")]
    public int Top10pPlacements { get; init; }

    /// <summary>Finishes in the top 50 %.</summary>
    [JsonPropertyName("top_50p_placements")]
    public int Top50pPlacements { get; init; }
}
