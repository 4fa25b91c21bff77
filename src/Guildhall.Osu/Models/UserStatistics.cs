using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A user's statistics in one game mode; in rankings it also carries the <see cref="User"/>.</summary>
[JsonConverter(typeof(WireModelConverter<UserStatistics>))]
public sealed partial record UserStatistics
{
    /// <summary>Hits judged 300 (great) over all plays.</summary>
    [JsonPropertyName("count_300")]
    public long Count300 { get; init; }

    /// <summary>Hits judged 100 (ok).</summary>
    [JsonPropertyName("count_100")]
    public long Count100 { get; init; }

    /// <summary>Hits judged 50 (meh).</summary>
    [JsonPropertyName("count_50")]
    public long Count50 { get; init; }

    /// <summary>Misses.</summary>
    public long CountMiss { get; init; }

    /// <summary>The level.</summary>
    public UserLevel? Level { get; init; }

    /// <summary>The global rank by performance, or <see langword="null"/> when unranked or inactive.</summary>
    public int? GlobalRank { get; init; }

    /// <summary>The global rank as a fraction of ranked players (0 to 1).</summary>
    public double? GlobalRankPercent { get; init; }

    /// <summary>The global rank on the experimental performance calculation, if any.</summary>
    public int? GlobalRankExp { get; init; }

    /// <summary>Performance points.</summary>
    public double Pp { get; init; }

    /// <summary>Performance points on the experimental calculation, if any.</summary>
    public double? PpExp { get; init; }

    /// <summary>Total score of ranked plays (best per beatmap).</summary>
    public long RankedScore { get; init; }

    /// <summary>Hit accuracy in percent (0 to 100).</summary>
    public double HitAccuracy { get; init; }

    /// <summary>Accuracy (0 to 1), where sent.</summary>
    public double? Accuracy { get; init; }

    /// <summary>Number of plays.</summary>
    public long PlayCount { get; init; }

    /// <summary>Time played, in seconds.</summary>
    public long PlayTime { get; init; }

    /// <summary>Total score of all plays.</summary>
    public long TotalScore { get; init; }

    /// <summary>Total hits.</summary>
    public long TotalHits { get; init; }

    /// <summary>The highest combo ever reached.</summary>
    public int MaximumCombo { get; init; }

    /// <summary>How often others watched this user's replays.</summary>
    public long ReplaysWatchedByOthers { get; init; }

    /// <summary>Whether the user is ranked in the mode.</summary>
    public bool IsRanked { get; init; }

    /// <summary>Counts of grades.</summary>
    public GradeCounts? GradeCounts { get; init; }

    /// <summary>The rank in the user's country, or <see langword="null"/> when unranked.</summary>
    public int? CountryRank { get; init; }

    /// <summary>The deprecated duplicate of <see cref="CountryRank"/>, kept so nothing the API sends is dropped.</summary>
    public UserCountryRank? Rank { get; init; }

    /// <summary>Statistics per variant (osu!mania 4K/7K), where sent.</summary>
    public IReadOnlyList<UserStatisticsVariant>? Variants { get; init; }

    /// <summary>How many places the global rank rose (negative: fell) over the last 30 days (rankings only).</summary>
    [JsonPropertyName("rank_change_since_30_days")]
    public int? RankChangeSince30Days { get; init; }

    /// <summary>The user these statistics belong to (rankings only).</summary>
    public User? User { get; init; }
}
