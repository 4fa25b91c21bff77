namespace Guildhall.Osu.Models;

/// <summary>A user's statistics in every game mode (<c>statistics_rulesets</c>).</summary>
public sealed record UserStatisticsByMode
{
    /// <summary>osu! statistics.</summary>
    public UserStatistics? Osu { get; init; }

    /// <summary>osu!taiko statistics.</summary>
    public UserStatistics? Taiko { get; init; }

    /// <summary>osu!catch statistics.</summary>
    public UserStatistics? Fruits { get; init; }

    /// <summary>osu!mania statistics.</summary>
    public UserStatistics? Mania { get; init; }
}
