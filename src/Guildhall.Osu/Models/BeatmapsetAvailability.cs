using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>Whether a beatmapset can be downloaded.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsetAvailability>))]
public sealed partial record BeatmapsetAvailability
{
    /// <summary>Whether downloads are disabled (for example at the artist's request).</summary>
    public bool DownloadDisabled { get; init; }

    /// <summary>A link explaining why, if any.</summary>
    public string? MoreInformation { get; init; }
}
