using Guildhall.TopGg.Models;

namespace Guildhall.TopGg.Autopost;

/// <summary>A cycle posted its stats.</summary>
/// <param name="stats">What was posted.</param>
/// <param name="postedAt">When, by the autoposter's clock.</param>
public sealed class TopGgAutopostSucceededEventArgs(TopGgStatsUpdate stats, DateTimeOffset postedAt) : EventArgs
{
    /// <summary>What was posted.</summary>
    public TopGgStatsUpdate Stats { get; } = stats;

    /// <summary>When, by the autoposter's clock.</summary>
    public DateTimeOffset PostedAt { get; } = postedAt;
}
