using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A user's statistics in every game mode (<c>statistics_rulesets</c>).</summary>
[JsonConverter(typeof(WireModelConverter<UserStatisticsByMode>))]
public sealed partial record UserStatisticsByMode
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
