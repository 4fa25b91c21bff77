using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A beatmapset's description.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsetDescription>))]
public sealed partial record BeatmapsetDescription
{
    /// <summary>The description rendered as HTML.</summary>
    public string Description { get => field ?? ""; init; }
}
