using Guildhall.TopGg.Models;

namespace Guildhall.TopGg;

/// <summary>The bot's stats were posted to Top.gg (<see cref="TopGgBotsClient.StatsPosted"/>).</summary>
/// <param name="stats">What was posted.</param>
/// <param name="postedAt">When, by the client's clock.</param>
public sealed class TopGgStatsPostedEventArgs(TopGgStatsUpdate stats, DateTimeOffset postedAt) : EventArgs
{
    /// <summary>What was posted.</summary>
    public TopGgStatsUpdate Stats { get; } = stats;

    /// <summary>When, by the client's clock.</summary>
    public DateTimeOffset PostedAt { get; } = postedAt;
}
