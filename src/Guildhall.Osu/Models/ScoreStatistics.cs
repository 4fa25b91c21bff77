using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>
/// Hit counts of a score. Legacy-format scores fill the <c>count_*</c> members (geki and katu are <see langword="null"/>
/// in osu!); lazer-format scores fill the hit-result members and omit zeros. See
/// <see cref="ScoreStatisticsConverter"/> to turn lazer results into legacy counts.
/// </summary>
[JsonConverter(typeof(WireModelConverter<ScoreStatistics>))]
public sealed partial record ScoreStatistics
{
    /// <summary>Legacy: 300s.</summary>
    [JsonPropertyName("count_300")]
    public int? Count300 { get; init; }

    /// <summary>Legacy: 100s.</summary>
    [JsonPropertyName("count_100")]
    public int? Count100 { get; init; }

    /// <summary>Legacy: 50s.</summary>
    [JsonPropertyName("count_50")]
    public int? Count50 { get; init; }

    /// <summary>Legacy: gekis (osu!mania MAX, or the end of a perfect combo section).</summary>
    public int? CountGeki { get; init; }

    /// <summary>Legacy: katus (osu!mania 200, osu!catch missed droplets).</summary>
    public int? CountKatu { get; init; }

    /// <summary>Legacy: misses.</summary>
    public int? CountMiss { get; init; }

    /// <summary>Lazer: perfect (osu!mania MAX).</summary>
    public int? Perfect { get; init; }

    /// <summary>Lazer: great.</summary>
    public int? Great { get; init; }

    /// <summary>Lazer: good (osu!mania 200).</summary>
    public int? Good { get; init; }

    /// <summary>Lazer: ok.</summary>
    public int? Ok { get; init; }

    /// <summary>Lazer: meh.</summary>
    public int? Meh { get; init; }

    /// <summary>Lazer: miss.</summary>
    public int? Miss { get; init; }

    /// <summary>Lazer: large ticks hit (slider ticks, osu!catch fruits' droplets).</summary>
    public int? LargeTickHit { get; init; }

    /// <summary>Lazer: large ticks missed.</summary>
    public int? LargeTickMiss { get; init; }

    /// <summary>Lazer: small ticks hit (osu!catch tiny droplets).</summary>
    public int? SmallTickHit { get; init; }

    /// <summary>Lazer: small ticks missed.</summary>
    public int? SmallTickMiss { get; init; }

    /// <summary>Lazer: slider tails hit.</summary>
    public int? SliderTailHit { get; init; }

    /// <summary>Lazer: large bonuses (spinner bonus).</summary>
    public int? LargeBonus { get; init; }

    /// <summary>Lazer: small bonuses (spinner spins).</summary>
    public int? SmallBonus { get; init; }

    /// <summary>Lazer: ignored hits.</summary>
    public int? IgnoreHit { get; init; }

    /// <summary>Lazer: ignored misses.</summary>
    public int? IgnoreMiss { get; init; }

    /// <summary>Lazer: combo breaks.</summary>
    public int? ComboBreak { get; init; }

    /// <summary>Lazer: combo the legacy scoring counted that lazer does not.</summary>
    public int? LegacyComboIncrease { get; init; }
}
