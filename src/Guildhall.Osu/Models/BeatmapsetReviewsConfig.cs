using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>Limits of beatmapset reviews.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsetReviewsConfig>))]
public sealed partial record BeatmapsetReviewsConfig
{
    /// <summary>The most blocks a review may have.</summary>
    public int MaxBlocks { get; init; }
}
