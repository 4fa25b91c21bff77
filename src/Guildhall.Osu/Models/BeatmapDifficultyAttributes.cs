using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>
/// The difficulty of a beatmap with given mods in a given mode (<c>POST /beatmaps/{id}/attributes</c>). Which members
/// are set depends on the mode; the two shared ones are <see cref="StarRating"/> and <see cref="MaxCombo"/>.
/// </summary>
[JsonConverter(typeof(WireModelConverter<BeatmapDifficultyAttributes>))]
public sealed partial record BeatmapDifficultyAttributes
{
    /// <summary>Star rating.</summary>
    public double StarRating { get; init; }

    /// <summary>The maximum combo.</summary>
    public int MaxCombo { get; init; }

    /// <summary>osu!: aim difficulty.</summary>
    public double? AimDifficulty { get; init; }

    /// <summary>osu!: how many sliders are hard to aim.</summary>
    public double? AimDifficultSliderCount { get; init; }

    /// <summary>osu!: speed difficulty.</summary>
    public double? SpeedDifficulty { get; init; }

    /// <summary>osu!: how many notes are hard to tap.</summary>
    public double? SpeedNoteCount { get; init; }

    /// <summary>osu!: how much sliders add to aim.</summary>
    public double? SliderFactor { get; init; }

    /// <summary>osu!: aim strain count.</summary>
    public double? AimDifficultStrainCount { get; init; }

    /// <summary>osu!: speed strain count.</summary>
    public double? SpeedDifficultStrainCount { get; init; }

    /// <summary>osu!: flashlight difficulty (with FL).</summary>
    public double? FlashlightDifficulty { get; init; }

    /// <summary>osu!, osu!catch: approach rate after mods (older versions of the endpoint).</summary>
    public double? ApproachRate { get; init; }

    /// <summary>osu!: overall difficulty after mods (older versions of the endpoint).</summary>
    public double? OverallDifficulty { get; init; }

    /// <summary>osu!taiko: stamina difficulty.</summary>
    public double? StaminaDifficulty { get; init; }

    /// <summary>osu!taiko: rhythm difficulty.</summary>
    public double? RhythmDifficulty { get; init; }

    /// <summary>osu!taiko: colour difficulty.</summary>
    public double? ColourDifficulty { get; init; }

    /// <summary>osu!taiko: reading difficulty.</summary>
    public double? ReadingDifficulty { get; init; }

    /// <summary>osu!taiko: how much of the stamina comes from one-handed patterns.</summary>
    public double? MonoStaminaFactor { get; init; }

    /// <summary>osu!taiko, osu!mania: the great hit window in milliseconds (older versions of the endpoint).</summary>
    public double? GreatHitWindow { get; init; }

    /// <summary>osu!taiko: the ok hit window in milliseconds (older versions of the endpoint).</summary>
    public double? OkHitWindow { get; init; }
}
