using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>How often a user played a beatmap (most played list).</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapPlaycount>))]
public sealed partial record BeatmapPlaycount
{
    /// <summary>The beatmap id.</summary>
    public long BeatmapId { get; init; }

    /// <summary>Plays.</summary>
    public int Count { get; init; }

    /// <summary>The beatmap (compact).</summary>
    public Beatmap? Beatmap { get; init; }

    /// <summary>Its beatmapset (compact).</summary>
    public Beatmapset? Beatmapset { get; init; }
}
